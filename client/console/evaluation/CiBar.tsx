// A program's impact score as a point with its 95% interval on the 0-5 axis: a small inline SVG
// whose text alternative says the same in words.
import { For, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { formatRange, formatScore } from './score-format'

const WIDTH = 240
const HEIGHT = 42
const PAD = 8
const TICKS = [0, 1, 2, 3, 4, 5]
const x = (score: number) => PAD + (Math.min(5, Math.max(0, score)) / 5) * (WIDTH - 2 * PAD)

export function CiBar(props: { score: number; ci: readonly number[] | null }) {
  const label = () =>
    props.ci
      ? t({
          id: `Skor ${formatScore(props.score)}, interval kepercayaan 95% ${formatRange(props.ci)}, pada skala 0 sampai 5`,
          en: `Score ${formatScore(props.score)}, 95% confidence interval ${formatRange(props.ci)}, on a 0 to 5 scale`,
        })
      : t({
          id: `Skor ${formatScore(props.score)} pada skala 0 sampai 5, tanpa interval`,
          en: `Score ${formatScore(props.score)} on a 0 to 5 scale, no interval`,
        })
  return (
    <svg
      class="ci-bar"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label()}
    >
      <line class="ci-axis" x1={x(0)} x2={x(5)} y1={14} y2={14} />
      <For each={TICKS}>
        {(tick) => (
          <>
            <line class="ci-tick" x1={x(tick)} x2={x(tick)} y1={10} y2={18} />
            <text class="ci-tick-label" x={x(tick)} y={HEIGHT - 2} text-anchor="middle">
              {tick}
            </text>
          </>
        )}
      </For>
      <Show when={props.ci}>
        {(ci) => <line class="ci-interval" x1={x(ci()[0])} x2={x(ci()[1])} y1={14} y2={14} />}
      </Show>
      <circle class="ci-point" cx={x(props.score)} cy={14} r={5} />
    </svg>
  )
}
