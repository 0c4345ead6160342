// The receipt look-up staff reach from anywhere in the console (the header) when a citizen reads
// out their receipt: it opens /receipts/:receipt, which opens the response if it is in scope.
import { useNavigate } from '@solidjs/router'
import { createSignal, createUniqueId } from 'solid-js'
import { t } from '../../shared/i18n'
import { cleanReceipt } from './response-params'

export function ReceiptLookup(props: { id?: string; class?: string }) {
  const navigate = useNavigate()
  const [typed, setTyped] = createSignal('')
  const id = props.id ?? createUniqueId()
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    const receipt = cleanReceipt(typed())
    if (!receipt) return
    setTyped('')
    navigate(`/receipts/${encodeURIComponent(receipt)}`)
  }
  return (
    <form
      class={`receipt-lookup ${props.class ?? ''}`}
      role="search"
      aria-label={t({ id: 'Cari tanda terima warga', en: "Find a citizen's receipt" })}
      onSubmit={onSubmit}
    >
      <label for={id} class="visually-hidden">
        {t({ id: 'Tanda terima warga', en: "Citizen's receipt" })}
      </label>
      <input
        id={id}
        type="search"
        maxLength={20}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        placeholder={t({ id: 'Tanda terima…', en: 'Receipt…' })}
        value={typed()}
        onInput={(e) => setTyped(e.currentTarget.value)}
      />
      <button type="submit" class="button button-quiet">
        {t({ id: 'Cari', en: 'Find' })}
      </button>
    </form>
  )
}
