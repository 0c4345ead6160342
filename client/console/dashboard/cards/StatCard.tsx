// One headline figure: a title, the big value or a "not enough data" note in its place, and the
// lines that qualify it (interval, n, category).
import { Show, type JSX } from 'solid-js'

export function StatCard(props: {
  title: string
  /** The figure; the note shows instead when absent. */
  value?: string
  /** What the value is out of, e.g. "/ 5". */
  unit?: string
  note?: string
  name: string
  children?: JSX.Element
}) {
  const titleId = `stat-${props.name}`
  return (
    <section class="stat-card" aria-labelledby={titleId} data-stat={props.name}>
      <h3 id={titleId} class="stat-title">
        {props.title}
      </h3>
      <Show when={props.value !== undefined} fallback={<p class="stat-empty">{props.note}</p>}>
        <p class="stat-value">
          {props.value}
          <Show when={props.unit}>
            <span class="stat-unit"> {props.unit}</span>
          </Show>
        </p>
      </Show>
      <div class="stat-detail">{props.children}</div>
    </section>
  )
}
