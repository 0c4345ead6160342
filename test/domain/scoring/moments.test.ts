// Moments: mean, SD and Student t interval from n, sum and sum of squares alone.
import fc from 'fast-check'
import { mean, sampleStandardDeviation } from 'simple-statistics'
import { describe, expect, it } from 'vitest'
import {
  addToMoments,
  emptyMoments,
  finitePopulationCorrection,
  mergeMoments,
  momentsOf,
  summarizeMoments,
  tQuantile,
} from '../../../server/domain/scoring'
import { numbersIn } from './build-questions'

const ONE_TO_TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

describe('tQuantile', () => {
  it('matches the table value t(0.975, 9) = 2.2621571628', () => {
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.2621571628, 9)
  })

  it('refuses a probability outside (0, 1) or a non-positive df instead of answering NaN', () => {
    expect(() => tQuantile(1, 9)).toThrow(RangeError)
    expect(() => tQuantile(0.975, 0)).toThrow(RangeError)
  })
})

describe('summarizeMoments', () => {
  it('accumulates n, sum and sum of squares, skipping nulls', () => {
    const m = [2, null, 4].reduce(addToMoments, emptyMoments())
    expect(m).toEqual({ n: 2, sum: 6, sumSq: 20 })
    expect(mergeMoments(m, momentsOf([1]))).toEqual({ n: 3, sum: 7, sumSq: 21 })
  })

  it('computes the interval of 1..10 with t(0.975, 9)', () => {
    // n = 10, sum = 55, sumSq = 385; mean = 5.5
    // variance = (385 - 55^2 / 10) / 9 = (385 - 302.5) / 9 = 82.5 / 9 = 9.1666...
    // moe = 2.2621571628 x sqrt(9.1666...) / sqrt(10) = 2.2621571628 x 0.957427... = 2.165851...
    const s = summarizeMoments(momentsOf(ONE_TO_TEN))
    const sd = Math.sqrt(82.5 / 9)
    const moe = (2.2621571628 * sd) / Math.sqrt(10)
    expect(s.n).toBe(10)
    expect(s.mean).toBe(5.5)
    expect(s.sd).toBeCloseTo(sd, 12)
    expect(s.marginOfError).toBeCloseTo(moe, 9)
    expect(s.marginOfError).toBeCloseTo(2.165851, 6)
    expect(s.ci![0]).toBeCloseTo(5.5 - moe, 9)
    expect(s.ci![1]).toBeCloseTo(5.5 + moe, 9)
  })

  it('narrows the interval by sqrt((N - n) / (N - 1)) when the population is known', () => {
    // N = 100, n = 10: fpc = sqrt(90 / 99) = 0.953462...
    const plain = summarizeMoments(momentsOf(ONE_TO_TEN))
    const finite = summarizeMoments(momentsOf(ONE_TO_TEN), { populationSize: 100 })
    expect(finitePopulationCorrection(10, 100)).toBeCloseTo(Math.sqrt(90 / 99), 12)
    expect(finite.marginOfError).toBeCloseTo(plain.marginOfError! * Math.sqrt(90 / 99), 12)
  })

  it('has a zero-width interval once the whole population answered', () => {
    const s = summarizeMoments(momentsOf(ONE_TO_TEN), { populationSize: 10 })
    expect(s.marginOfError).toBe(0)
    expect(s.ci).toEqual([5.5, 5.5])
    expect(finitePopulationCorrection(12, 10)).toBe(0)
  })

  it('answers all nulls for no data and only the mean for one value, never NaN', () => {
    expect(summarizeMoments(emptyMoments())).toEqual({
      n: 0,
      mean: null,
      sd: null,
      ci: null,
      marginOfError: null,
    })
    const one = summarizeMoments(momentsOf([0.4]), { populationSize: 1 })
    expect(one).toEqual({ n: 1, mean: 0.4, sd: null, ci: null, marginOfError: null })
    expect(numbersIn(one).some(Number.isNaN)).toBe(false)
  })

  it('clamps a variance that rounding pushed below zero', () => {
    // ten times 0.7: sumSq - sum^2 / n comes out as -1.8e-15 in floating point, not 0
    const same = momentsOf(Array.from({ length: 10 }, () => 0.7))
    expect(same.sumSq - (same.sum * same.sum) / same.n).toBeLessThan(0)
    const s = summarizeMoments(same)
    expect(s.sd).toBe(0)
    expect(s.ci).toEqual([s.mean, s.mean])
    expect(numbersIn(s).some(Number.isNaN)).toBe(false)
  })

  it('agrees with simple-statistics on raw values', () => {
    const values = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2 })
    fc.assert(
      fc.property(values, (xs) => {
        const s = summarizeMoments(momentsOf(xs))
        expect(s.mean).toBeCloseTo(mean(xs), 9)
        expect(s.sd).toBeCloseTo(sampleStandardDeviation(xs), 6)
      }),
    )
  })

  it('always has an interval that contains the mean', () => {
    const values = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2 })
    const population = fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined })
    fc.assert(
      fc.property(values, population, (xs, populationSize) => {
        const { mean: m, ci } = summarizeMoments(momentsOf(xs), { populationSize })
        return ci !== null && m !== null && ci[0] <= m && m <= ci[1]
      }),
    )
  })
})
