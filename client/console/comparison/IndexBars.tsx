// Indexes as horizontal bars on the 0-5 scale, each labelled and followed by its value in text:
// a chart that a screen reader and a printout read as well as the eye does.
import { For } from 'solid-js'
import { t } from '../../shared/i18n'
import { formatScore } from '../evaluation/score-format'

export interface IndexBar {
  key: string
  label: string
  value: number | null
  /** Drawn as a published figure (hatched) rather than a computed one. */
  published?: boolean
}

export function IndexBars(props: { bars: IndexBar[]; caption: string }) {
  return (
    <figure class="index-bars">
      <figcaption>{props.caption}</figcaption>
      <ul role="list">
        <For each={props.bars}>
          {(bar) => (
            <li>
              <span class="index-bar-label">{bar.label}</span>
              <span class="index-bar-track" aria-hidden="true">
                <span
                  class="index-bar"
                  classList={{ published: bar.published }}
                  style={{ width: `${((bar.value ?? 0) / 5) * 100}%` }}
                />
              </span>
              <span class="index-bar-value">
                {bar.value === null
                  ? t({ id: 'tanpa indeks', en: 'no index' })
                  : formatScore(bar.value)}
              </span>
            </li>
          )}
        </For>
      </ul>
    </figure>
  )
}
