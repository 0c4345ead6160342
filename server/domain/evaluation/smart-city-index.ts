// The smart-city index: the five evaluation dimensions (0-5) combined with the year's weights,
// computed without intermediate rounding.
import type { DimensionCode, EvaluationDimensionCode, EvaluationWeights } from '../reference'

export type EvaluationScores = Partial<Record<EvaluationDimensionCode, number | null>>

export interface SmartCityIndex {
  /** Sum of weight x score over the five; null unless all five scores are present. */
  index: number | null
  complete: boolean
  /**
   * Sum of weight x score over the present scores divided by their weights' sum: an estimate
   * to show while a score is still missing (labelled as partial), never the official index.
   * Equals `index` when complete and the weights sum to 1; null when no score is present.
   */
  partialIndex: number | null
  /** weight x score per dimension; null where the score is missing. */
  contributions: Record<EvaluationDimensionCode, number | null>
  weightSum: number
}

const CODES: readonly EvaluationDimensionCode[] = [
  'baseline',
  'output',
  'outcome',
  'impact',
  'quickwin',
]

const isScore = (x: number | null | undefined): x is number => x != null && Number.isFinite(x)

/**
 * Index = sum over baseline, output, outcome, impact, quickwin of weight x score (weights
 * as given: check them with validateWeights). A missing score makes the index null and
 * `complete` false; `partialIndex` then renormalises over the present scores.
 */
export function computeSmartCityIndex(
  scores: EvaluationScores,
  weights: EvaluationWeights,
): SmartCityIndex {
  const contributions = {} as Record<EvaluationDimensionCode, number | null>
  let presentSum = 0
  let presentWeight = 0
  let weightSum = 0
  for (const code of CODES) {
    const score = scores[code]
    const weight = weights[code]
    weightSum += weight
    contributions[code] = isScore(score) ? weight * score : null
    if (isScore(score)) {
      presentSum += weight * score
      presentWeight += weight
    }
  }
  const complete = CODES.every((code) => isScore(scores[code]))
  return {
    index: complete ? presentSum : null,
    complete,
    partialIndex: presentWeight > 0 ? presentSum / presentWeight : null,
    contributions,
    weightSum,
  }
}

/** Outcome from per-dimension Outcome scores: the mean of those present; null if none. */
export function outcomeFromDimensions(
  perDimension: Partial<Record<DimensionCode, number | null>>,
): number | null {
  const present = Object.values(perDimension).filter(isScore)
  return present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : null
}

export interface WeightIssue {
  path: string
  /** Its code in the message catalogue (server/domain/messages) and the values it names. */
  code: 'weights.range' | 'weights.unknown' | 'weights.sum'
  params: Record<string, string | number>
  message: string
}

/**
 * Problems with a set of evaluation weights, as data: each of the five must be a number in
 * 0..1 and together they must sum to 1 (within 1e-9). An empty list means valid.
 */
export function validateWeights(w: Readonly<Partial<Record<string, unknown>>>): WeightIssue[] {
  const issues: WeightIssue[] = []
  let sum = 0
  for (const code of CODES) {
    const x = w[code]
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > 1) {
      issues.push({
        path: code,
        code: 'weights.range',
        params: { code },
        message: `${code} weight must be a number from 0 to 1`,
      })
    } else {
      sum += x
    }
  }
  for (const code of Object.keys(w)) {
    if (!CODES.includes(code as EvaluationDimensionCode)) {
      issues.push({
        path: code,
        code: 'weights.unknown',
        params: { code },
        message: `unknown evaluation dimension ${code}`,
      })
    }
  }
  if (issues.length === 0 && Math.abs(sum - 1) > 1e-9) {
    issues.push({
      path: '',
      code: 'weights.sum',
      params: { sum },
      message: `weights must sum to 1, got ${sum}`,
    })
  }
  return issues
}
