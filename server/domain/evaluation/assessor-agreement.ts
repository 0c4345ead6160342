// How far assessors agree on one quick-win criterion: the spread of their 1-5 marks and whether
// it is wide enough to talk about before the marks are used. Two assessors who read a criterion
// differently typically land two points apart (a 2 against a 4), so that is the flag.

/** Marks this many points apart or more on one criterion are flagged as a disagreement. */
export const DISAGREEMENT_POINTS = 2

export interface MarkSpread {
  /** How many assessors marked the criterion. */
  n: number
  min: number
  max: number
  /** max - min. */
  range: number
  /** Population standard deviation of the marks (0 for a single mark). */
  sd: number
  /** True when range >= DISAGREEMENT_POINTS. */
  disagreement: boolean
}

/** The spread of one criterion's marks, or null when nobody marked it. */
export function markSpread(marks: readonly number[]): MarkSpread | null {
  if (marks.length === 0) return null
  const min = Math.min(...marks)
  const max = Math.max(...marks)
  const mean = marks.reduce((a, b) => a + b, 0) / marks.length
  const variance = marks.reduce((sum, x) => sum + (x - mean) ** 2, 0) / marks.length
  const range = max - min
  return {
    n: marks.length,
    min,
    max,
    range,
    sd: Math.sqrt(variance),
    disagreement: range >= DISAGREEMENT_POINTS,
  }
}
