// How many responses a program needs (Krejcie & Morgan, or a fixed number per form) and the
// margin of error at the current count.
import { RESPONDENTS_PER_FORM } from '../reference'
import { finitePopulationCorrection } from './moments'

const CHI_SQUARE = 3.841
const P = 0.5
const D = 0.05
const Z95 = 1.96

export interface SampleTarget {
  target: number
  method: 'krejcie-morgan' | 'fixed'
}

/**
 * Krejcie & Morgan (1970) sample size s = X2 N P (1-P) / (d2 (N-1) + X2 P (1-P)) with
 * X2 = 3.841, P = 0.5, d = 0.05, rounded to the nearest whole number (N = 50 -> 44,
 * 1000 -> 278); an infinite N gives the limit 384. N below 1 gives 0.
 */
export function krejcieMorgan(populationSize: number): number {
  const spread = CHI_SQUARE * P * (1 - P)
  if (populationSize === Infinity) return Math.round(spread / (D * D))
  if (!(populationSize >= 1)) return 0
  const s = (spread * populationSize) / (D * D * (populationSize - 1) + spread)
  return Math.round(s)
}

/**
 * A program's sample target: `fixed` when given (a positive number), else Krejcie & Morgan on
 * the known population size, else the national guidance of RESPONDENTS_PER_FORM (50) fixed.
 */
export function sampleTarget(opts: {
  populationSize?: number | null
  fixed?: number | null
}): SampleTarget {
  if (opts.fixed != null && opts.fixed > 0)
    return { target: Math.ceil(opts.fixed), method: 'fixed' }
  if (opts.populationSize != null && opts.populationSize >= 1) {
    return { target: krejcieMorgan(opts.populationSize), method: 'krejcie-morgan' }
  }
  return { target: RESPONDENTS_PER_FORM, method: 'fixed' }
}

/**
 * Margin of error of a proportion p at n responses, 1.96 x sqrt(p (1 - p) / n) x fpc, as a
 * proportion (0.05 = 5 points); fpc = sqrt((N - n) / (N - 1)) when N is known, 0 once n >= N.
 * Null without responses.
 */
export function marginOfError(n: number, populationSize?: number | null, p = P): number | null {
  if (!(n > 0) || !(p >= 0 && p <= 1)) return null
  return Z95 * Math.sqrt((p * (1 - p)) / n) * finitePopulationCorrection(n, populationSize)
}

/** True once the responses reach the target. */
export function isAdequate(n: number, target: number): boolean {
  return n >= target
}
