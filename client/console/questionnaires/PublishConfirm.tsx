// The publish button with its confirmation step: nothing is frozen until the owner confirms.
import { createSignal, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { focusLater } from './focus-later'

export function PublishConfirm(props: { version: number; onPublish: () => Promise<void> }) {
  const [confirming, setConfirming] = createSignal(false)
  const [pending, setPending] = createSignal(false)
  const confirm = async () => {
    setPending(true)
    await props.onPublish()
    setPending(false)
    setConfirming(false)
  }
  return (
    <Show
      when={confirming()}
      fallback={
        <button
          type="button"
          class="button"
          data-focus="publish-start"
          onClick={() => {
            setConfirming(true)
            focusLater('publish-confirm')
          }}
        >
          {t({ id: `Terbitkan versi ${props.version}…`, en: `Publish version ${props.version}…` })}
        </button>
      }
    >
      <div class="confirm" role="group" aria-labelledby="publish-question">
        <p id="publish-question" class="confirm-question">
          {t({
            id: `Terbitkan sebagai versi ${props.version}? Versi ini tidak dapat diubah lagi.`,
            en: `Publish as version ${props.version}? It cannot be changed afterwards.`,
          })}
        </p>
        <div class="actions">
          <button
            type="button"
            class="button"
            data-focus="publish-confirm"
            disabled={pending()}
            onClick={() => void confirm()}
          >
            {pending()
              ? t({ id: 'Menerbitkan…', en: 'Publishing…' })
              : t({ id: 'Ya, terbitkan', en: 'Yes, publish' })}
          </button>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              setConfirming(false)
              focusLater('publish-start')
            }}
          >
            {t({ id: 'Batal', en: 'Cancel' })}
          </button>
        </div>
      </div>
    </Show>
  )
}
