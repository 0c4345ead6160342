// Pearson's chi-square test of independence for a contingency table (rows x columns of counts),
// with the check that tells when its p-value is not to be trusted: more than 20% of the cells
// expecting fewer than 5 answers, or any cell expecting fewer than 1 (Cochran's rule).
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf'

export interface ChiSquareTest {
  statistic: number
  df: number
  /** P(X >= statistic) under independence. */
  p: number
  n: number
  minExpected: number
  /** Share (0-1) of cells expecting fewer than 5 answers. */
  smallExpectedShare: number
  /** Cochran's rule is broken: read the p-value with great care, or merge categories. */
  unreliable: boolean
}

/**
 * The test over a table of counts; rows or columns that are all zero are left out (they carry no
 * information and would make expected counts of zero). Null when fewer than two rows or columns
 * remain, or nothing was counted.
 */
export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquareTest | null {
  const rowSums = table.map((row) => row.reduce((a, b) => a + b, 0))
  const width = Math.max(0, ...table.map((r) => r.length))
  const colSums = Array.from({ length: width }, (_, j) =>
    table.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  )
  const rows = table.map((_, i) => i).filter((i) => rowSums[i]! > 0)
  const cols = colSums.map((_, j) => j).filter((j) => colSums[j]! > 0)
  const n = rows.reduce((sum, i) => sum + rowSums[i]!, 0)
  if (rows.length < 2 || cols.length < 2 || n === 0) return null
  let statistic = 0
  let minExpected = Infinity
  let small = 0
  for (const i of rows) {
    for (const j of cols) {
      const expected = (rowSums[i]! * colSums[j]!) / n
      const observed = table[i]![j] ?? 0
      statistic += (observed - expected) ** 2 / expected
      minExpected = Math.min(minExpected, expected)
      if (expected < 5) small++
    }
  }
  const df = (rows.length - 1) * (cols.length - 1)
  const smallExpectedShare = small / (rows.length * cols.length)
  return {
    statistic,
    df,
    p: Math.min(1, Math.max(0, 1 - chisquareCdf(statistic, df))),
    n,
    minExpected,
    smallExpectedShare,
    unreliable: smallExpectedShare > 0.2 || minExpected < 1,
  }
}
