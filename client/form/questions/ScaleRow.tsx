// A numeric scale as a row of radio buttons that wraps on a narrow phone: numbered boxes (NPS
// 0-10, unlabelled likert) or stars (rating), each at least 44 px and named for screen readers.
import { For } from 'solid-js'
import type { AnswerValue } from '../../../server/domain/questionnaire/definition'

export function ScaleRow(props: {
  name: string
  min: number
  max: number
  value: AnswerValue | undefined
  onChange: (value: number) => void
  stars?: boolean
  /** The accessible name of a point, e.g. "3 dari 5 bintang". */
  pointName: (n: number) => string
  invalid?: boolean
}) {
  const points = () => Array.from({ length: props.max - props.min + 1 }, (_, i) => props.min + i)
  const chosen = () => (typeof props.value === 'number' ? props.value : undefined)
  const lit = (n: number) =>
    props.stars ? chosen() !== undefined && n <= chosen()! : n === chosen()

  return (
    <div class="scale" classList={{ 'scale-stars': props.stars }}>
      <For each={points()}>
        {(n) => (
          <label class="point" classList={{ 'point-on': lit(n) }}>
            <input
              type="radio"
              name={props.name}
              value={String(n)}
              checked={chosen() === n}
              aria-label={props.pointName(n)}
              aria-invalid={props.invalid || undefined}
              onChange={() => props.onChange(n)}
            />
            <span aria-hidden="true">{props.stars ? (lit(n) ? '★' : '☆') : n}</span>
          </label>
        )}
      </For>
    </div>
  )
}
