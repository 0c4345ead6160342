// A labelled text input for a decimal number ("3,57" or "3.57"): a text field with the decimal
// keypad on phones, so the Indonesian decimal comma can be typed.
import { Field } from '../../shared/Field'

export function DecimalField(props: {
  label: string
  value: string
  onInput: (text: string) => void
  error?: string
  hint?: string
  name?: string
  class?: string
}) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint} class={props.class}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          name={props.name}
          class="decimal-input"
          value={props.value}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  )
}
