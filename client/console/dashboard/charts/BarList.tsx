// Horizontal bars with their figures written beside them. The bars only repeat the text, so they
// are hidden from screen readers, and no figure is told by colour alone.
import { For } from 'solid-js'

export interface BarItem {
  key: string
  label: string
  /** Length of the bar, 0..1. */
  fraction: number
  /** The figure in words, e.g. "123 (45,6%)". */
  figure: string
}

export function BarList(props: { items: readonly BarItem[]; label: string }) {
  const width = (fraction: number) => `${Math.max(0, Math.min(1, fraction)) * 100}%`
  // Short labels (scale points 0-10) sit beside their bars even on a phone.
  const compact = () => props.items.every((item) => item.label.length <= 3)
  return (
    <ul class="bar-list" classList={{ 'bar-list-compact': compact() }} aria-label={props.label}>
      <For each={props.items}>
        {(item) => (
          <li class="bar-row">
            <span class="bar-label">{item.label}</span>
            <span class="visually-hidden">: </span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar-fill" style={{ width: width(item.fraction) }} />
            </span>
            <span class="bar-figure">{item.figure}</span>
          </li>
        )}
      </For>
    </ul>
  )
}
