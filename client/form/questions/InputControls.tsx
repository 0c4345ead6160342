// Typed answers: a number box that accepts a decimal comma and keeps what was typed (so the
// shared validation can say what is wrong), and a one-line or multi-line text box.
import { createSignal, Show } from 'solid-js'
import type { AnswerValue } from '../../../server/domain/questionnaire/definition'

export interface InputProps {
  id: string
  value: AnswerValue | undefined
  onInput: (value: AnswerValue) => void
  /** The citizen is done with the field (blur after a change): its message may show. */
  onCommit: () => void
  describedBy?: string
  invalid?: boolean
  required?: boolean
}

/** '' is no answer; a well-formed number becomes a number; anything else stays text. */
function parseNumber(text: string): AnswerValue {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const normalized = trimmed.replace(',', '.')
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : trimmed
}

export function NumberInput(props: InputProps & { integer?: boolean }) {
  const [text, setText] = createSignal(props.value == null ? '' : String(props.value))
  return (
    <input
      id={props.id}
      type="text"
      inputmode={props.integer ? 'numeric' : 'decimal'}
      autocomplete="off"
      class="input input-number"
      value={text()}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      aria-required={props.required || undefined}
      onInput={(e) => {
        setText(e.currentTarget.value)
        props.onInput(parseNumber(e.currentTarget.value))
      }}
      onChange={() => props.onCommit()}
    />
  )
}

export function TextInput(props: InputProps & { maxLength: number; multiline?: boolean }) {
  const text = () => (typeof props.value === 'string' ? props.value : '')
  return (
    <Show
      when={props.multiline}
      fallback={
        <input
          id={props.id}
          type="text"
          class="input"
          maxLength={props.maxLength}
          value={text()}
          aria-describedby={props.describedBy}
          aria-invalid={props.invalid || undefined}
          aria-required={props.required || undefined}
          onInput={(e) => props.onInput(e.currentTarget.value)}
          onChange={() => props.onCommit()}
        />
      }
    >
      <textarea
        id={props.id}
        class="input"
        rows={4}
        maxLength={props.maxLength}
        value={text()}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        aria-required={props.required || undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onChange={() => props.onCommit()}
      />
    </Show>
  )
}
