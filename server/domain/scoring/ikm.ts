// Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): element NRRs, the IKM with the exact weight
// 1/9, its converted value, mutu A-D and a 95% interval (formula in reference/skm.json).
import { SKM, type BilingualText } from '../reference'
import { summarizeMoments, type Moments } from './moments'

export type Mutu = 'A' | 'B' | 'C' | 'D'

export interface IkmElement {
  code: string
  /** Nilai rata-rata: sum of answers / respondents who answered, 1-4. */
  nrr: number
  /** nrr x the element weight (1/9 with all nine elements). */
  weighted: number
  /** nrr x 25. */
  converted: number
}

export interface Ikm {
  elements: IkmElement[]
  /** IKM on the 1-4 scale. */
  value: number | null
  /** IKM x 25, on the 25-100 scale. */
  converted: number | null
  mutu: Mutu | null
  kinerja: BilingualText | null
  /** 95% interval on the converted scale, clamped to [25, 100]; null below two respondents. */
  ci: [number, number] | null
  /** True when the interval's ends fall in different mutu categories. */
  ciCrossesBound: boolean
  /** Respondents behind the interval (respondentMeans.n). */
  n: number
}

const CONVERSION = 25
/** Categories from the best down, each with the lowest converted value that reaches it. */
const CATEGORIES = [...SKM.categories]
  .map((c) => ({ mutu: c.mutu as Mutu, lower: c.converted[0], kinerja: c.kinerja }))
  .sort((a, b) => b.lower - a.lower)

/**
 * Rounds to two decimals as a person reading the decimal figure would: 64.995 -> 65.00.
 * toPrecision(12) first strips binary noise (64.995 x 100 is stored as 6499.4999...).
 */
export function roundTo2(x: number): number {
  return Math.round(Number((x * 100).toPrecision(12))) / 100
}

function category(converted: number) {
  const rounded = roundTo2(converted)
  return CATEGORIES.find((c) => rounded >= c.lower) ?? CATEGORIES[CATEGORIES.length - 1]
}

/**
 * Mutu of a converted IKM (25-100), classified on the value rounded to two decimals with the
 * 'converted' bounds of skm.json: below 65.00 D, from 65.00 C, from 76.61 B, from 88.31 A.
 */
export function classifyMutu(converted: number): Mutu {
  return category(converted).mutu
}

/**
 * IKM from per-element sums (`n` respondents answered element `code`, their answers add to
 * `sum`) and the moments of each respondent's mean over answered elements. Elements without
 * answers are left out and the others weigh exactly 1 / (elements present), i.e. 1/9 with the
 * full survey; no intermediate rounding. The interval follows skm.json (25 x mean respondent
 * mean +/- t x 25 x sd / sqrt(n)), with the finite population correction when N is given.
 * Value, mutu and interval are null without data.
 */
export function computeIkm(
  elements: readonly { code: string; n: number; sum: number }[],
  respondentMeans: Moments,
  opts: { populationSize?: number | null } = {},
): Ikm {
  const present = elements.filter((e) => e.n > 0 && Number.isFinite(e.sum))
  const weight = 1 / present.length
  const rows = present.map((e) => {
    const nrr = e.sum / e.n
    return { code: e.code, nrr, weighted: nrr * weight, converted: nrr * CONVERSION }
  })
  const s = summarizeMoments(respondentMeans, { populationSize: opts.populationSize })
  const ci: [number, number] | null = s.ci
    ? [Math.max(25, CONVERSION * s.ci[0]), Math.min(100, CONVERSION * s.ci[1])]
    : null
  const ciCrossesBound = ci != null && classifyMutu(ci[0]) !== classifyMutu(ci[1])
  if (rows.length === 0) {
    return {
      elements: [],
      value: null,
      converted: null,
      mutu: null,
      kinerja: null,
      ci,
      ciCrossesBound,
      n: s.n,
    }
  }
  const value = rows.reduce((total, r) => total + r.weighted, 0)
  const converted = value * CONVERSION
  const { mutu, kinerja } = category(converted)
  return { elements: rows, value, converted, mutu, kinerja, ci, ciCrossesBound, n: s.n }
}
