// A region's smart-city index over the years: the change from one year to the next and the
// component that moved it most, from each year's components and weights.
import type { EvaluationDimensionCode, EvaluationWeights } from '../reference'
import type { EvaluationScores } from './smart-city-index'

export interface TrajectoryPoint {
  year: number
  index: number | null
  /** The five components when known (published figures may give only the index). */
  scores: EvaluationScores | null
  /** The weights the index was combined with; null when unknown (a published average). */
  weights: EvaluationWeights | null
}

export interface YearChange {
  year: number
  previousYear: number
  /** index - previous index; null when either is missing. */
  change: number | null
  /**
   * The component whose contribution changed most (by absolute value): weight x score this year
   * minus weight x score the year before when both years' weights are known (`weighted`), else
   * the change of the component's score itself. Null unless both years give all five components.
   */
  movedMost: { component: EvaluationDimensionCode; contribution: number } | null
  /** The same contribution per component, or null (see movedMost). */
  contributions: Record<EvaluationDimensionCode, number> | null
  weighted: boolean
}

const CODES: readonly EvaluationDimensionCode[] = [
  'baseline',
  'output',
  'outcome',
  'impact',
  'quickwin',
]

function contributionsOf(
  p: TrajectoryPoint,
  weighted: boolean,
): Record<EvaluationDimensionCode, number> | null {
  if (!p.scores) return null
  const out = {} as Record<EvaluationDimensionCode, number>
  for (const code of CODES) {
    const score = p.scores[code]
    if (score === null || score === undefined) return null
    out[code] = (weighted ? p.weights![code] : 1) * score
  }
  return out
}

/** The change of each point from the one before it (points in any order; sorted by year). */
export function yearOverYear(points: readonly TrajectoryPoint[]): YearChange[] {
  const sorted = [...points].sort((a, b) => a.year - b.year)
  return sorted.slice(1).map((p, i) => {
    const before = sorted[i]!
    const change = p.index !== null && before.index !== null ? p.index - before.index : null
    const weighted = p.weights !== null && before.weights !== null
    const now = contributionsOf(p, weighted)
    const then = contributionsOf(before, weighted)
    if (!now || !then) {
      const none = { movedMost: null, contributions: null, weighted }
      return { year: p.year, previousYear: before.year, change, ...none }
    }
    const contributions = {} as Record<EvaluationDimensionCode, number>
    for (const code of CODES) contributions[code] = now[code] - then[code]
    const component = CODES.reduce((best, code) =>
      Math.abs(contributions[code]) > Math.abs(contributions[best]) ? code : best,
    )
    return {
      year: p.year,
      previousYear: before.year,
      change,
      movedMost: { component, contribution: contributions[component] },
      contributions,
      weighted,
    }
  })
}
