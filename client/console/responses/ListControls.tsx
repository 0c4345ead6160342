// The response table's own controls beside the dashboard's filters: which responses (counted,
// excluded, or all of them marked) and a receipt to find among them.
import { createEffect, createSignal, createUniqueId, on } from 'solid-js'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import type { ParamChanges } from '../dashboard/dashboard-params'
import { cleanReceipt, type ExcludedView } from './response-params'

const VIEWS: { value: ExcludedView; label: { id: string; en: string } }[] = [
  { value: '0', label: { id: 'Dihitung', en: 'Counted' } },
  { value: '1', label: { id: 'Dikecualikan', en: 'Excluded' } },
  {
    value: 'all',
    label: { id: 'Semua (yang dikecualikan ditandai)', en: 'All (excluded marked)' },
  },
]

export function ListControls(props: {
  view: ExcludedView
  receipt?: string
  onChange: (changes: ParamChanges) => void
}) {
  const [typed, setTyped] = createSignal(props.receipt ?? '')
  const hintId = createUniqueId()
  createEffect(
    on(
      () => props.receipt,
      (receipt) => setTyped(receipt ?? ''),
      { defer: true },
    ),
  )
  return (
    <div class="list-controls">
      <Field label={t({ id: 'Status tanggapan', en: 'Response status' })}>
        {(control) => (
          <select
            {...control}
            data-list="excluded"
            onChange={(e) =>
              props.onChange({
                excluded: e.currentTarget.value === '0' ? undefined : e.currentTarget.value,
              })
            }
          >
            {VIEWS.map((v) => (
              <option value={v.value} selected={props.view === v.value}>
                {t(v.label)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <form
        class="receipt-search"
        role="search"
        aria-label={t({ id: 'Cari tanda terima di daftar', en: 'Find a receipt in the list' })}
        onSubmit={(e) => {
          e.preventDefault()
          props.onChange({ receipt: cleanReceipt(typed()) })
        }}
      >
        <Field label={t({ id: 'Tanda terima', en: 'Receipt' })}>
          {(control) => (
            <input
              {...control}
              type="search"
              maxLength={20}
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              aria-describedby={hintId}
              value={typed()}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button button-secondary">
          {t({ id: 'Cari', en: 'Find' })}
        </button>
        {/* Below the field and the button alike, so the button lines up with the input. */}
        <p id={hintId} class="field-hint">
          {t({ id: '8 huruf dan angka, mis. K7QM2XPA', en: '8 letters and digits, e.g. K7QM2XPA' })}
        </p>
      </form>
    </div>
  )
}
