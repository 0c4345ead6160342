// <option>s for a select whose choices arrive asynchronously: each option carries `selected`, so
// the current value shows once its option exists (a select's `value` set earlier would be lost).
import { For, Show } from 'solid-js'

export function Options<T>(props: {
  items: readonly T[] | undefined
  value: string | undefined
  key: (item: T) => string
  label: (item: T) => string
  disabled?: (item: T) => boolean
  /** Text of a leading empty choice ("All", "Choose…"); none when absent. */
  empty?: string
}) {
  return (
    <>
      <Show when={props.empty !== undefined}>
        <option value="" selected={!props.value}>
          {props.empty}
        </option>
      </Show>
      <For each={props.items}>
        {(item) => (
          <option
            value={props.key(item)}
            selected={props.key(item) === props.value}
            disabled={props.disabled?.(item)}
          >
            {props.label(item)}
          </option>
        )}
      </For>
    </>
  )
}
