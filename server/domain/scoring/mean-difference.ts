// The change of a mean between two independent samples (two periods of a survey) with its
// confidence interval: Welch's interval, which does not assume the two periods' spreads are equal.
import { meanOfMoments, type Moments } from './moments'
import { tQuantile } from './t-quantile'

export type ChangeDirection = 'up' | 'down' | 'none'

export interface MeanDifference {
  /** mean(after) - mean(before), times `scale`. */
  difference: number
  /** Standard error of the difference, times `scale`. */
  standardError: number
  /** Welch-Satterthwaite degrees of freedom. */
  df: number
  /** Confidence interval of the difference, times `scale`. */
  ci: [number, number]
  /** 'up' or 'down' when the whole interval lies above or below zero; 'none' when it holds 0. */
  direction: ChangeDirection
}

export interface DifferenceOptions {
  /** Two-sided confidence level, 0.95 by default. */
  confidence?: number
  /** Multiplies the means' difference and its interval (25 for the converted IKM, 5 for 0-5). */
  scale?: number
}

const sampleVariance = (m: Moments) => Math.max(0, (m.sumSq - (m.sum * m.sum) / m.n) / (m.n - 1))

/** Whether an interval lies wholly above zero, wholly below it, or holds it. */
export function directionOf(ci: readonly [number, number]): ChangeDirection {
  return ci[0] > 0 ? 'up' : ci[1] < 0 ? 'down' : 'none'
}

/**
 * Difference of two means with Welch's interval:
 * d = mean_after - mean_before, se = sqrt(s_b^2 / n_b + s_a^2 / n_a),
 * df = se^4 / ((s_b^2 / n_b)^2 / (n_b - 1) + (s_a^2 / n_a)^2 / (n_a - 1)),
 * ci = d +/- t((1 + confidence) / 2, df) x se. Null when either sample has fewer than two
 * observations (no spread to estimate). When neither sample varies, se = 0 and the interval is
 * the difference itself (df = n_b + n_a - 2). No finite population correction: the two periods
 * are treated as samples of two different populations of users.
 */
export function differenceOfMeans(
  before: Moments,
  after: Moments,
  opts: DifferenceOptions = {},
): MeanDifference | null {
  const confidence = opts.confidence ?? 0.95
  const scale = opts.scale ?? 1
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`differenceOfMeans: confidence must be in (0, 1), got ${confidence}`)
  }
  if (!(before.n >= 2 && after.n >= 2)) return null
  const meanBefore = meanOfMoments(before)
  const meanAfter = meanOfMoments(after)
  if (meanBefore === null || meanAfter === null) return null
  const vb = sampleVariance(before) / before.n
  const va = sampleVariance(after) / after.n
  const se = Math.sqrt(vb + va)
  const difference = scale * (meanAfter - meanBefore)
  if (se === 0) {
    return {
      difference,
      standardError: 0,
      df: before.n + after.n - 2,
      ci: [difference, difference],
      direction: directionOf([difference, difference]),
    }
  }
  const df = (vb + va) ** 2 / (vb ** 2 / (before.n - 1) + va ** 2 / (after.n - 1))
  const half = scale * tQuantile(1 - (1 - confidence) / 2, df) * se
  const ci: [number, number] = [difference - half, difference + half]
  return { difference, standardError: scale * se, df, ci, direction: directionOf(ci) }
}

/**
 * The change of a published figure between two periods, when the figure is not exactly a mean
 * of the moments but moves with it (the converted IKM is 25 x the mean of the element NRRs; its
 * spread is that of each respondent's element mean): the difference of the figures themselves,
 * with the half-width of Welch's interval on the moments. For a figure that is `scale` x the
 * moments' mean (an NRR, an impact score) this equals differenceOfMeans.
 */
export function changeOfFigure(
  before: { value: number; moments: Moments },
  after: { value: number; moments: Moments },
  opts: DifferenceOptions = {},
): MeanDifference | null {
  const welch = differenceOfMeans(before.moments, after.moments, opts)
  if (!welch) return null
  const difference = after.value - before.value
  const half = (welch.ci[1] - welch.ci[0]) / 2
  const ci: [number, number] = [difference - half, difference + half]
  return { ...welch, difference, ci, direction: directionOf(ci) }
}
