// One question's answers: a bar per scale point or option with its count and percentage, and for
// scales the mean marked on the scale. A number question is summarised on its defined range (e.g.
// 0-30 days): mean, median and the answers in bins across the range. Percentages are of the
// respondents who answered.
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { QuestionStats } from '../../api/analytics'
import { formatCount, formatDecimal, formatPercent } from '../number-format'
import { BarList, type BarItem } from './BarList'
import { MeanMarker } from './MeanMarker'
import { binBars } from './number-bins'

const SCALES = new Set(['likert', 'rating', 'nps', 'number'])

/** The bars of a question's distribution, labelled "3 · Mudah" where a scale point has words. */
export function distributionBars(question: QuestionStats): BarItem[] {
  return question.distribution.map((point) => {
    const words = t(point.label)
    const label = words === point.value ? words : `${point.value} · ${words}`
    return {
      key: point.value,
      label: question.type === 'likert' ? label : words,
      fraction: point.percent / 100,
      figure: `${formatCount(point.count)} (${formatPercent(point.percent)})`,
    }
  })
}

function scaleEnds(question: QuestionStats): [number, number] | undefined {
  const values = question.distribution.map((p) => Number(p.value)).filter(Number.isFinite)
  return values.length >= 2 ? [Math.min(...values), Math.max(...values)] : undefined
}

/** Where the mean sits: a number question's defined range, else the scale or the answers seen. */
function meanSpan(q: QuestionStats) {
  const range = q.numbers?.range
  if (range) return { ends: [range.min, range.max] as const, span: 'range' as const }
  const ends = SCALES.has(q.type) ? scaleEnds(q) : undefined
  if (!ends) return undefined
  return { ends, span: q.type === 'number' ? ('observed' as const) : ('scale' as const) }
}

export function QuestionChart(props: { question: QuestionStats }) {
  const q = () => props.question
  const span = () => meanSpan(q())
  const bins = () => q().numbers?.bins ?? []
  const base = () =>
    q().answered == null
      ? t({ id: 'boleh memilih lebih dari satu', en: 'more than one answer allowed' })
      : t({
          id: `${formatCount(q().answered!)} menjawab`,
          en: `${formatCount(q().answered!)} answered`,
        })
  return (
    <section class="card question-chart" aria-labelledby={`question-${q().code}`}>
      <h4 id={`question-${q().code}`} class="question-title">
        <span class="question-code">{q().code}</span> {t(q().text)}
      </h4>
      <p class="muted question-base">{base()}</p>
      <Show when={q().mean != null && span()}>
        {(s) => (
          <MeanMarker
            mean={q().mean!}
            ci={q().ci}
            min={s().ends[0]}
            max={s().ends[1]}
            span={s().span}
          />
        )}
      </Show>
      <Show when={q().mean != null && !span()}>
        <p>
          {t({ id: 'Rata-rata', en: 'Mean' })} <strong>{formatDecimal(q().mean!)}</strong>
        </p>
      </Show>
      <Show when={q().numbers?.median != null}>
        <p data-median>
          {t({ id: 'Median', en: 'Median' })} <strong>{formatDecimal(q().numbers!.median!)}</strong>
        </p>
      </Show>
      <Show
        when={q().distribution.length > 0 && q().answered !== 0}
        fallback={<p class="muted">{t({ id: 'Belum ada jawaban.', en: 'No answers yet.' })}</p>}
      >
        <BarList
          items={bins().length > 0 ? binBars(bins()) : distributionBars(q())}
          label={t(q().text)}
        />
      </Show>
    </section>
  )
}
