// A labelled form control with an optional hint and an error message wired to the control through
// aria-describedby and aria-invalid.
import { createUniqueId, Show, type JSX } from 'solid-js'

export interface FieldControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: boolean
  'aria-required'?: boolean
}

export function Field(props: {
  label: string
  error?: string
  hint?: string
  required?: boolean
  class?: string
  children: (control: FieldControlProps) => JSX.Element
}) {
  const id = createUniqueId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = () =>
    [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined
  return (
    <div class={`field ${props.class ?? ''}`} classList={{ 'field-invalid': !!props.error }}>
      <label for={id}>
        {props.label}
        <Show when={props.required}>
          <span class="field-required" aria-hidden="true">
            {' *'}
          </span>
        </Show>
      </label>
      {props.children({
        get id() {
          return id
        },
        get 'aria-describedby'() {
          return describedBy()
        },
        get 'aria-invalid'() {
          return props.error ? true : undefined
        },
        get 'aria-required'() {
          return props.required ? true : undefined
        },
      })}
      <Show when={props.hint}>
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      </Show>
    </div>
  )
}
