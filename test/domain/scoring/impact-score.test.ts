// A program's impact score on the 0-5 scale from the moments of its respondents' impact.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeImpactScore, emptyMoments, momentsOf } from '../../../server/domain/scoring'
import { numbersIn } from './build-questions'

describe('computeImpactScore', () => {
  it('is 5 x the mean respondent impact with SD and t interval on the 0-5 scale', () => {
    // impacts 0.5, 0.6, 0.7, 0.8: mean 0.65 -> score 3.25
    // variance = ((-0.15)^2 + (-0.05)^2 + 0.05^2 + 0.15^2) / 3 = 0.05 / 3; sd = 0.129099...
    // on 0-5: sd = 0.645497...; moe = t(0.975, 3) x 0.645497 / 2 = 3.182446 x 0.322749 = 1.027130
    const r = computeImpactScore(
      momentsOf([0.5, 0.6, 0.7, 0.8]),
      { service: momentsOf([0.5, 1]), access: momentsOf([0.25]) },
      {},
    )
    const sd = 5 * Math.sqrt(0.05 / 3)
    const moe = (3.1824463053 * sd) / 2
    expect(r.n).toBe(4)
    expect(r.score).toBeCloseTo(3.25, 12)
    expect(r.sd).toBeCloseTo(sd, 12)
    expect(r.ci![0]).toBeCloseTo(3.25 - moe, 9)
    expect(r.ci![1]).toBeCloseTo(3.25 + moe, 9)
    expect(r.status).toBe('ok')
    // criteria: 5 x mean of criterion means: service 5 x 0.75 = 3.75, access 5 x 0.25 = 1.25
    expect(r.criteria).toEqual([
      { code: 'service', n: 2, score: 3.75 },
      { code: 'access', n: 1, score: 1.25 },
    ])
  })

  it('clamps the interval to [0, 5]', () => {
    const r = computeImpactScore(momentsOf([0.95, 1, 1]), {})
    expect(r.ci![1]).toBe(5)
    expect(computeImpactScore(momentsOf([0, 0, 0.05]), {}).ci![0]).toBe(0)
  })

  it('reports not_enough_data and no NaN without responses', () => {
    const r = computeImpactScore(emptyMoments(), { service: emptyMoments() })
    expect(r).toEqual({
      n: 0,
      score: null,
      sd: null,
      ci: null,
      criteria: [{ code: 'service', n: 0, score: null }],
      status: 'not_enough_data',
    })
  })

  it('gives the score of a single response but no SD or interval', () => {
    const r = computeImpactScore(momentsOf([0.6]), {}, { populationSize: 100 })
    expect(r).toMatchObject({ n: 1, score: 3, sd: null, ci: null, status: 'not_enough_data' })
    expect(numbersIn(r).some(Number.isNaN)).toBe(false)
  })

  it('stays within [0, 5] with an interval inside it', () => {
    const impacts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 })
    const population = fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined })
    fc.assert(
      fc.property(impacts, population, (xs, populationSize) => {
        const r = computeImpactScore(momentsOf(xs), { c: momentsOf(xs) }, { populationSize })
        const inRange = (x: number) => x >= 0 && x <= 5
        expect(numbersIn(r).some(Number.isNaN)).toBe(false)
        if (r.score !== null) expect(inRange(r.score)).toBe(true)
        if (r.ci) expect(inRange(r.ci[0]) && inRange(r.ci[1]) && r.ci[0] <= r.ci[1]).toBe(true)
        expect(r.status).toBe(xs.length >= 2 ? 'ok' : 'not_enough_data')
      }),
    )
  })
})
