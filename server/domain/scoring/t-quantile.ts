// Student's t quantile, wrapped so the rest of the domain never sees @stdlib's NaN results.
import quantile from '@stdlib/stats-base-dists-t-quantile'

/**
 * The p-quantile of Student's t distribution with `df` degrees of freedom,
 * e.g. `tQuantile(0.975, 9)` = 2.2621571628.
 * Throws a RangeError when p is not strictly between 0 and 1 or df is not positive.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`tQuantile: p must be in (0, 1), got ${p}`)
  if (!(df > 0)) throw new RangeError(`tQuantile: df must be positive, got ${df}`)
  return quantile(p, df)
}
