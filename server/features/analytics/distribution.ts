// Turns answer counts (value -> n) into what the dashboard draws: every scale point or option in
// order, zero-filled, with percentages, and mean, SD and 95% t CI for numeric scales.
import { scaleOf, type Text } from '../../domain/questionnaire'
import { computeNps, countsFromDistribution, summarizeMoments } from '../../domain/scoring'
import type { CatalogQuestion } from './catalog'
import { numberSummary } from './number-summary'

export type Counts = Map<string, number>

export interface Point {
  value: string
  label: Text
  count: number
  percent: number
}

const YES_NO = [
  { value: 'yes', label: { id: 'Ya', en: 'Yes' } },
  { value: 'no', label: { id: 'Tidak', en: 'No' } },
]

/** Numbers above this many scale points are listed as observed values instead. */
const MAX_NUMBER_POINTS = 21

const NUMERIC_TYPES = new Set(['likert', 'rating', 'nps', 'number'])

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i)
}

/** The answer points of a question in scale or option order (empty for open-ended numbers). */
export function answerPoints(cq: CatalogQuestion): { value: string; label: Text }[] {
  const q = cq.question
  switch (q.type) {
    case 'likert':
      return range(q.scale.min, q.scale.max).map((x, i) => ({
        value: String(x),
        label: q.scale.labels?.[i] ?? { id: String(x), en: String(x) },
      }))
    case 'rating':
    case 'nps': {
      const { min, max } = scaleOf(q)!
      return range(min, max).map((x) => ({
        value: String(x),
        label: { id: String(x), en: String(x) },
      }))
    }
    case 'number': {
      const scale = scaleOf(q)
      const small = scale && q.integer && scale.max - scale.min < MAX_NUMBER_POINTS
      if (!small) return []
      return range(Math.ceil(scale.min), Math.floor(scale.max)).map((x) => ({
        value: String(x),
        label: { id: String(x), en: String(x) },
      }))
    }
    case 'yesno':
      return YES_NO
    default:
      return cq.options
  }
}

const byValue = (a: string, b: string) => {
  const x = Number(a)
  const y = Number(b)
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b)
}

/** Every point zero-filled, then any value answered off the points (e.g. a dropped option). */
export function distributionOf(cq: CatalogQuestion, counts: Counts, base: number): Point[] {
  const points = answerPoints(cq)
  const known = new Set(points.map((p) => p.value))
  const extra = [...counts.keys()].filter((value) => !known.has(value)).sort(byValue)
  const all = [...points, ...extra.map((value) => ({ value, label: { id: value, en: value } }))]
  return all.map(({ value, label }) => {
    const count = counts.get(value) ?? 0
    return { value, label, count, percent: base > 0 ? (100 * count) / base : 0 }
  })
}

/** Mean, sample SD and 95% t interval of a numeric question's answers (summarizeMoments). */
export function scaleSummary(counts: Counts) {
  const m = { n: 0, sum: 0, sumSq: 0 }
  for (const [value, n] of counts) {
    const x = Number(value)
    if (!Number.isFinite(x)) continue
    m.n += n
    m.sum += n * x
    m.sumSq += n * x * x
  }
  const s = summarizeMoments(m)
  return { mean: s.mean, sd: s.sd, ci: s.ci }
}

const sumOf = (counts: Counts) => [...counts.values()].reduce((a, b) => a + b, 0)

/** One entry of `questions`: distribution, and for numeric scales the mean (and NPS breakdown). */
export function describeQuestion(cq: CatalogQuestion, counts: Counts, total: number) {
  const q = cq.question
  const answered = q.type === 'multi' ? null : sumOf(counts)
  const numeric = NUMERIC_TYPES.has(q.type)
  return {
    code: cq.code,
    type: q.type,
    text: q.text,
    answered,
    distribution: distributionOf(cq, counts, answered ?? total),
    ...(numeric ? scaleSummary(counts) : {}),
    ...(q.type === 'number'
      ? { numbers: numberSummary(cq, counts, answerPoints(cq).length > 0) }
      : {}),
    ...(q.type === 'nps'
      ? { npsBreakdown: computeNps(countsFromDistribution(Object.fromEntries(counts))) }
      : {}),
  }
}
