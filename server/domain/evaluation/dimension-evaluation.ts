// A region's dimension evaluation: each smart-city dimension's mean program impact score, the
// citizen Impact score and the assessors' Quick Win score.
import { DIMENSION_CODES, QUICKWIN_CRITERIA, type DimensionCode } from '../reference'

export interface ProgramForEvaluation {
  id: string | number
  dimension: string
  element: string
  /** The program's impact score, 0-5; null without enough responses. */
  impactScore: number | null
  /** Assessor marks 1-5 keyed by quick-win criterion code; null when not assessed. */
  quickwinMarks: Readonly<Record<string, number>> | null
}

export interface DimensionScore {
  code: DimensionCode
  /** Mean impact score of the dimension's scored programs; null when none is scored. */
  score: number | null
  programCount: number
  scoredCount: number
  /** The dimension's programs ordered by element (sub-dimension), then id. */
  programs: { id: string | number; element: string; impactScore: number | null }[]
}

export interface DimensionEvaluation {
  dimensions: DimensionScore[]
  /** Mean of the dimension scores that have data, 0-5. */
  impact: number | null
  /** Mean of the programs' quick-win marks, 1-5. */
  quickwin: number | null
  programQuickwin: Record<string, number | null>
}

const CRITERION_CODES = new Set(QUICKWIN_CRITERIA.criteria.map((c) => c.code))
const { min: MARK_MIN, max: MARK_MAX } = QUICKWIN_CRITERIA.scale

function mean(values: readonly number[]): number | null {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null
}

const isScore = (x: number | null | undefined): x is number => x != null && Number.isFinite(x)

function firstOccurrences(programs: readonly ProgramForEvaluation[]) {
  const byId = new Map<string, ProgramForEvaluation>()
  for (const p of programs) if (!byId.has(String(p.id))) byId.set(String(p.id), p)
  return [...byId.values()]
}

/**
 * A program's quick-win mark: the mean of its marks on the ten criteria of
 * quickwin-criteria.json; unknown criteria and marks outside 1-5 are ignored. Null if none.
 */
export function quickwinMark(marks: Readonly<Record<string, number>> | null): number | null {
  if (!marks) return null
  const valid = Object.entries(marks)
    .filter(
      ([code, x]) => CRITERION_CODES.has(code) && isScore(x) && x >= MARK_MIN && x <= MARK_MAX,
    )
    .map(([, x]) => x)
  return mean(valid)
}

/**
 * Evaluates a region's programs: per dimension (reference order) the mean impact score of its
 * scored programs, each program counting once whatever its number of responses (a repeated id
 * is counted at its first occurrence); a dimension without a scored program scores null and is
 * left out of the region's Impact, the mean of the others. Quick Win is the mean of the
 * assessed programs' quick-win marks. Programs of an unknown dimension only count for Quick Win.
 */
export function evaluateDimensions(programs: readonly ProgramForEvaluation[]): DimensionEvaluation {
  const unique = firstOccurrences(programs)
  const dimensions = DIMENSION_CODES.map((code): DimensionScore => {
    const own = unique
      .filter((p) => p.dimension === code)
      .sort(
        (a, b) => a.element.localeCompare(b.element) || String(a.id).localeCompare(String(b.id)),
      )
    const scores = own.map((p) => p.impactScore).filter(isScore)
    return {
      code,
      score: mean(scores),
      programCount: own.length,
      scoredCount: scores.length,
      programs: own.map(({ id, element, impactScore }) => ({ id, element, impactScore })),
    }
  })
  const programQuickwin: Record<string, number | null> = {}
  for (const p of unique) programQuickwin[String(p.id)] = quickwinMark(p.quickwinMarks)
  return {
    dimensions,
    impact: mean(dimensions.map((d) => d.score).filter(isScore)),
    quickwin: mean(Object.values(programQuickwin).filter(isScore)),
    programQuickwin,
  }
}

/**
 * A program's combined score: citizenWeight x citizen + (1 - citizenWeight) x assessor, both on
 * the same scale. When one side is missing the other is returned unweighted; null when both
 * are. Throws a RangeError when citizenWeight is outside 0..1.
 */
export function combineAssessorAndCitizen(
  citizen: number | null,
  assessor: number | null,
  citizenWeight: number,
): number | null {
  if (!(citizenWeight >= 0 && citizenWeight <= 1)) {
    throw new RangeError(`citizenWeight must be in 0..1, got ${citizenWeight}`)
  }
  if (!isScore(citizen)) return isScore(assessor) ? assessor : null
  if (!isScore(assessor)) return citizen
  return citizenWeight * citizen + (1 - citizenWeight) * assessor
}
