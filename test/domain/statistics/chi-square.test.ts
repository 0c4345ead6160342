// Pearson's chi-square test of independence on worked examples.
import { describe, expect, it } from 'vitest'
import { chiSquareTest } from '../../../server/domain/statistics/chi-square'

describe('chiSquareTest', () => {
  it('computes the statistic, degrees of freedom and p-value of a 2 x 2 table', () => {
    // Row sums 30, 70; column sums 40, 60; expected 12, 18, 28, 42.
    const test = chiSquareTest([
      [10, 20],
      [30, 40],
    ])!
    expect(test.statistic).toBeCloseTo(4 / 12 + 4 / 18 + 4 / 28 + 4 / 42, 10)
    expect(test.df).toBe(1)
    expect(test.p).toBeCloseTo(0.373, 3)
    expect(test).toMatchObject({
      n: 100,
      minExpected: 12,
      smallExpectedShare: 0,
      unreliable: false,
    })
  })

  it('gives p = 0.05 at the 95% critical value with one degree of freedom', () => {
    // A 2 x 2 table whose statistic is 3.841 is built from its expected counts.
    const table = [
      [60, 40],
      [46.14, 53.86],
    ]
    const test = chiSquareTest(table)!
    expect(test.df).toBe(1)
    expect(Math.abs(test.p - (1 - 0.95)) < 0.01).toBe(true)
  })

  it('is 0 with p = 1 when rows are proportional', () => {
    const test = chiSquareTest([
      [1, 2, 3],
      [2, 4, 6],
    ])!
    expect(test.statistic).toBeCloseTo(0, 12)
    expect(test.df).toBe(2)
    expect(test.p).toBeCloseTo(1, 12)
  })

  it('leaves empty rows and columns out, and flags small expected counts (Cochran)', () => {
    const test = chiSquareTest([
      [3, 0, 1],
      [0, 0, 0],
      [1, 0, 4],
    ])!
    expect(test.df).toBe(1)
    expect(test.unreliable).toBe(true)
    expect(test.minExpected).toBeLessThan(5)
  })

  it('has no test with fewer than two rows or columns, or nothing counted', () => {
    expect(chiSquareTest([[5, 6]])).toBeNull()
    expect(chiSquareTest([[5], [6]])).toBeNull()
    expect(
      chiSquareTest([
        [0, 0],
        [0, 0],
      ]),
    ).toBeNull()
    expect(chiSquareTest([])).toBeNull()
  })
})
