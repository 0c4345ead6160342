// One question's answers: a bar per scale point or option with its count and percentage, and for
// scales the mean marked on the scale. Percentages are of the respondents who answered.
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { QuestionStats } from '../../api/analytics'
import { formatCount, formatDecimal, formatPercent } from '../number-format'
import { BarList, type BarItem } from './BarList'
import { MeanMarker } from './MeanMarker'

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

export function QuestionChart(props: { question: QuestionStats }) {
  const q = () => props.question
  const ends = () => (SCALES.has(q().type) ? scaleEnds(q()) : undefined)
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
      <Show when={q().mean != null && ends()}>
        {(e) => <MeanMarker mean={q().mean!} ci={q().ci} min={e()[0]} max={e()[1]} />}
      </Show>
      <Show when={q().mean != null && !ends()}>
        <p>
          {t({ id: 'Rata-rata', en: 'Mean' })} <strong>{formatDecimal(q().mean!)}</strong>
        </p>
      </Show>
      <Show
        when={q().distribution.length > 0 && q().answered !== 0}
        fallback={<p class="muted">{t({ id: 'Belum ada jawaban.', en: 'No answers yet.' })}</p>}
      >
        <BarList items={distributionBars(q())} label={t(q().text)} />
      </Show>
    </section>
  )
}
