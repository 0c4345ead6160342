// Sufficient statistics (n, sum, sum of squares) and their summary: mean, sample SD and a
// Student t confidence interval with an optional finite population correction.
import { tQuantile } from './t-quantile'

/** Running sums from which mean and variance are recovered without the raw values. */
export interface Moments {
  n: number
  sum: number
  sumSq: number
}

export interface MomentsSummary {
  n: number
  mean: number | null
  sd: number | null
  ci: [number, number] | null
  marginOfError: number | null
}

export interface SummaryOptions {
  /** Size N of the population sampled; enables the finite population correction. */
  populationSize?: number | null
  /** Two-sided confidence level, 0.95 by default. */
  confidence?: number
}

/** Moments of no observations. */
export function emptyMoments(): Moments {
  return { n: 0, sum: 0, sumSq: 0 }
}

/** New moments with `x` added; null or non-finite values leave the moments unchanged. */
export function addToMoments(m: Moments, x: number | null | undefined): Moments {
  if (x == null || !Number.isFinite(x)) return m
  return { n: m.n + 1, sum: m.sum + x, sumSq: m.sumSq + x * x }
}

/** Moments of the union of two disjoint samples (e.g. two periods or two links). */
export function mergeMoments(a: Moments, b: Moments): Moments {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq }
}

/** Moments of a list of values, skipping nulls. */
export function momentsOf(values: readonly (number | null | undefined)[]): Moments {
  return values.reduce<Moments>((m, x) => addToMoments(m, x), emptyMoments())
}

/** Mean of the moments, or null when they hold no observation. */
export function meanOfMoments(m: Moments): number | null {
  const mean = m.n > 0 ? m.sum / m.n : NaN
  return Number.isFinite(mean) ? mean : null
}

/**
 * Finite population correction sqrt((N - n) / (N - 1)); 1 when N is unknown or invalid,
 * 0 once the sample covers the whole population (n >= N).
 */
export function finitePopulationCorrection(n: number, populationSize?: number | null): number {
  if (populationSize == null || !Number.isFinite(populationSize) || populationSize < 1) return 1
  if (n >= populationSize) return 0
  return Math.sqrt((populationSize - n) / (populationSize - 1))
}

/**
 * Mean, sample standard deviation (n - 1) and confidence interval
 * mean +/- t((1 + confidence) / 2, n - 1) x sd / sqrt(n) x fpc.
 * n = 0 gives all nulls; n = 1 gives the mean only. Never returns NaN: a variance that
 * rounding pushed below zero is clamped to 0.
 */
export function summarizeMoments(m: Moments, opts: SummaryOptions = {}): MomentsSummary {
  const confidence = opts.confidence ?? 0.95
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`summarizeMoments: confidence must be in (0, 1), got ${confidence}`)
  }
  const { n } = m
  const empty: MomentsSummary = { n, mean: null, sd: null, ci: null, marginOfError: null }
  if (!(n >= 1)) return empty
  const mean = meanOfMoments(m)
  if (mean == null) return empty
  if (n < 2) return { ...empty, mean }
  const variance = Math.max(0, (m.sumSq - (m.sum * m.sum) / n) / (n - 1))
  const sd = Math.sqrt(variance)
  if (!Number.isFinite(sd)) return { ...empty, mean }
  const t = tQuantile(1 - (1 - confidence) / 2, n - 1)
  const marginOfError = (t * sd * finitePopulationCorrection(n, opts.populationSize)) / Math.sqrt(n)
  return { n, mean, sd, ci: [mean - marginOfError, mean + marginOfError], marginOfError }
}
