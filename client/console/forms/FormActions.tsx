// The actions row of a console form: the submit button, which reads "Menyimpan…" and is disabled
// while the form is being saved, and an optional Cancel button.
import { Show } from 'solid-js'
import { t, type Bilingual } from '../../shared/i18n'

export function FormActions(props: {
  pending: boolean
  submitLabel: Bilingual | string
  onCancel?: () => void
}) {
  const label = () =>
    typeof props.submitLabel === 'string' ? props.submitLabel : t(props.submitLabel)
  return (
    <div class="actions">
      <button type="submit" class="button" disabled={props.pending}>
        {props.pending ? t({ id: 'Menyimpan…', en: 'Saving…' }) : label()}
      </button>
      <Show when={props.onCancel}>
        <button type="button" class="button button-secondary" onClick={() => props.onCancel?.()}>
          {t({ id: 'Batal', en: 'Cancel' })}
        </button>
      </Show>
    </div>
  )
}
