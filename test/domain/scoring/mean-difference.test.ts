// The change of a mean between two periods with Welch's 95% interval, and the change of a figure
// (the converted IKM) that moves with its respondents' means.
import fc from 'fast-check'
import * as ss from 'simple-statistics'
import { describe, expect, it } from 'vitest'
import {
  changeOfFigure,
  differenceOfMeans,
  directionOf,
  momentsOf,
  tQuantile,
} from '../../../server/domain/scoring'

// One element (1-4 scale) answered by 8 respondents in a quarter and by 10 in the next.
const BEFORE = [3, 2, 3, 4, 2, 3, 3, 2] // mean 2.75, variance 0.5
const AFTER = [4, 3, 3, 4, 4, 3, 4, 3, 4, 3] // mean 3.5, variance 0.2778

describe('differenceOfMeans', () => {
  it('gives the difference, its standard error, Welch df and the 95% interval of a worked example', () => {
    // se = sqrt(0.5 / 8 + 0.27778 / 10) = 0.3004626; df = se^4 / ((0.0625^2 / 7) + (0.027778^2 / 9))
    // = 12.6599; t(0.975, 12.66) = 2.1662826; ci = 0.75 +/- 0.650886 = [0.099113, 1.400887]
    const d = differenceOfMeans(momentsOf(BEFORE), momentsOf(AFTER))!
    expect(d.difference).toBeCloseTo(0.75, 12)
    expect(d.standardError).toBeCloseTo(0.3004626062886658, 12)
    expect(d.df).toBeCloseTo(12.659928656361474, 9)
    expect(d.ci[0]).toBeCloseTo(0.09911307610419107, 9)
    expect(d.ci[1]).toBeCloseTo(1.400886923895809, 9)
    expect(d.direction).toBe('up')
  })

  it('agrees with a recomputation from the raw values by simple-statistics', () => {
    const sample = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 40 })
    fc.assert(
      fc.property(sample, sample, (before, after) => {
        const d = differenceOfMeans(momentsOf(before), momentsOf(after))!
        const vb = ss.sampleVariance(before) / before.length
        const va = ss.sampleVariance(after) / after.length
        const diff = ss.mean(after) - ss.mean(before)
        expect(d.difference).toBeCloseTo(diff, 9)
        if (vb + va === 0) {
          expect(d.ci).toEqual([d.difference, d.difference])
          return
        }
        const df = (vb + va) ** 2 / (vb ** 2 / (before.length - 1) + va ** 2 / (after.length - 1))
        const half = tQuantile(0.975, df) * Math.sqrt(vb + va)
        expect(d.df).toBeCloseTo(df, 6)
        expect(d.ci[0]).toBeCloseTo(diff - half, 9)
        expect(d.ci[1]).toBeCloseTo(diff + half, 9)
      }),
    )
  })

  it('is antisymmetric: swapping the periods negates the difference and mirrors the interval', () => {
    const forward = differenceOfMeans(momentsOf(BEFORE), momentsOf(AFTER))!
    const back = differenceOfMeans(momentsOf(AFTER), momentsOf(BEFORE))!
    expect(back.difference).toBeCloseTo(-forward.difference, 12)
    expect(back.ci[0]).toBeCloseTo(-forward.ci[1], 12)
    expect(back.ci[1]).toBeCloseTo(-forward.ci[0], 12)
    expect(back.direction).toBe('down')
  })

  it('has df between the smaller sample less one and the pooled n - 2, equal to 2(n - 1) for equal samples', () => {
    const d = differenceOfMeans(momentsOf(BEFORE), momentsOf(AFTER))!
    expect(d.df).toBeGreaterThanOrEqual(BEFORE.length - 1)
    expect(d.df).toBeLessThanOrEqual(BEFORE.length + AFTER.length - 2)
    const same = differenceOfMeans(momentsOf([1, 2, 3, 4]), momentsOf([2, 3, 4, 5]))!
    expect(same.df).toBeCloseTo(6, 12)
  })

  it('says "none" when the interval holds zero, and narrows as samples grow', () => {
    const small = differenceOfMeans(momentsOf([3, 2, 4]), momentsOf([3, 4, 2, 4]))!
    expect(small.direction).toBe('none')
    expect(small.ci[0]).toBeLessThan(0)
    expect(small.ci[1]).toBeGreaterThan(0)
    const times = (xs: number[], k: number) => Array.from({ length: k }, () => xs).flat()
    const big = differenceOfMeans(momentsOf(times(BEFORE, 10)), momentsOf(times(AFTER, 10)))!
    const narrow = differenceOfMeans(momentsOf(BEFORE), momentsOf(AFTER))!
    expect(big.ci[1] - big.ci[0]).toBeLessThan(narrow.ci[1] - narrow.ci[0])
  })

  it('scales the difference and its interval (25 for the converted IKM)', () => {
    const plain = differenceOfMeans(momentsOf(BEFORE), momentsOf(AFTER))!
    const scaled = differenceOfMeans(momentsOf(BEFORE), momentsOf(AFTER), { scale: 25 })!
    expect(scaled.difference).toBeCloseTo(25 * plain.difference, 10)
    expect(scaled.ci[0]).toBeCloseTo(25 * plain.ci[0], 10)
    expect(scaled.ci[1]).toBeCloseTo(25 * plain.ci[1], 10)
  })

  it('answers null below two observations in either period, and a point interval without spread', () => {
    expect(differenceOfMeans(momentsOf([3]), momentsOf(AFTER))).toBeNull()
    expect(differenceOfMeans(momentsOf(BEFORE), momentsOf([]))).toBeNull()
    const flat = differenceOfMeans(momentsOf([3, 3, 3]), momentsOf([4, 4]))!
    expect(flat.ci).toEqual([1, 1])
    expect(flat.direction).toBe('up')
    const equal = differenceOfMeans(momentsOf([2, 2]), momentsOf([2, 2, 2]))!
    expect(equal.direction).toBe('none')
  })

  it('refuses a confidence level outside (0, 1)', () => {
    expect(() => differenceOfMeans(momentsOf(BEFORE), momentsOf(AFTER), { confidence: 1 })).toThrow(
      RangeError,
    )
  })
})

describe('changeOfFigure', () => {
  it('centres the half-width of the moments on the difference of the figures', () => {
    // The converted IKM moved from 80.00 to 83.10 while the respondents' means moved by 0.75 x 25.
    const welch = differenceOfMeans(momentsOf(BEFORE), momentsOf(AFTER), { scale: 25 })!
    const half = (welch.ci[1] - welch.ci[0]) / 2
    const c = changeOfFigure(
      { value: 80, moments: momentsOf(BEFORE) },
      { value: 83.1, moments: momentsOf(AFTER) },
      { scale: 25 },
    )!
    expect(c.difference).toBeCloseTo(3.1, 12)
    expect(c.ci[0]).toBeCloseTo(3.1 - half, 10)
    expect(c.ci[1]).toBeCloseTo(3.1 + half, 10)
    expect(c.direction).toBe(3.1 - half > 0 ? 'up' : 'none')
  })

  it('equals differenceOfMeans when the figure is the scaled mean', () => {
    const direct = differenceOfMeans(momentsOf(BEFORE), momentsOf(AFTER), { scale: 5 })!
    const figure = changeOfFigure(
      { value: 5 * ss.mean(BEFORE), moments: momentsOf(BEFORE) },
      { value: 5 * ss.mean(AFTER), moments: momentsOf(AFTER) },
      { scale: 5 },
    )!
    expect(figure.difference).toBeCloseTo(direct.difference, 12)
    expect(figure.ci[0]).toBeCloseTo(direct.ci[0], 12)
    expect(figure.ci[1]).toBeCloseTo(direct.ci[1], 12)
  })
})

describe('directionOf', () => {
  it('reads an interval wholly above, below or around zero', () => {
    expect(directionOf([0.1, 2])).toBe('up')
    expect(directionOf([-2, -0.1])).toBe('down')
    expect(directionOf([-0.1, 0.3])).toBe('none')
    expect(directionOf([0, 0.3])).toBe('none')
  })
})
