// A list of radio buttons (one answer) or checkboxes (several), each a full-width touch target
// with its label; native inputs keep arrow-key navigation and screen-reader semantics.
import { For } from 'solid-js'
import type { AnswerValue } from '../../../server/domain/questionnaire/definition'

export interface ChoiceOption {
  value: string | number
  label: string
  /** The label's language when it differs from the page's (an untranslated option). */
  lang?: string
}

export function ChoiceList(props: {
  name: string
  options: ChoiceOption[]
  value: AnswerValue | undefined
  onChange: (value: AnswerValue) => void
  multiple?: boolean
  inline?: boolean
  invalid?: boolean
}) {
  const isChecked = (option: ChoiceOption) =>
    props.multiple
      ? Array.isArray(props.value) && props.value.includes(option.value as string)
      : props.value === option.value

  function toggle(option: ChoiceOption, checked: boolean) {
    if (!props.multiple) return props.onChange(option.value)
    const chosen = new Set(Array.isArray(props.value) ? props.value : [])
    if (checked) chosen.add(option.value as string)
    else chosen.delete(option.value as string)
    // Keep the definition's order, whatever order the boxes were ticked in.
    props.onChange(props.options.map((o) => o.value as string).filter((v) => chosen.has(v)))
  }

  return (
    <div class="choices" classList={{ 'choices-inline': props.inline }}>
      <For each={props.options}>
        {(option) => (
          <label class="choice" classList={{ 'choice-on': isChecked(option) }}>
            <input
              type={props.multiple ? 'checkbox' : 'radio'}
              name={props.name}
              value={String(option.value)}
              checked={isChecked(option)}
              aria-invalid={props.invalid || undefined}
              onChange={(e) => toggle(option, e.currentTarget.checked)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        )}
      </For>
    </div>
  )
}
