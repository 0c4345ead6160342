// Net Promoter Score and its 95% interval from class counts.
import { describe, expect, it } from 'vitest'
import { computeNps, countsFromDistribution, npsClass } from '../../../server/domain/scoring'

describe('computeNps', () => {
  it('scores ten known answers with the interval of sus-nps.json', () => {
    // answers 10, 9, 9, 8, 7, 7, 6, 5, 10, 3
    // promoters (9-10): 10, 9, 9, 10 = 4; passives (7-8): 8, 7, 7 = 3; detractors: 6, 5, 3 = 3
    const dist = { 10: 2, 9: 2, 8: 1, 7: 2, 6: 1, 5: 1, 3: 1 }
    const counts = countsFromDistribution(dist)
    expect(counts).toEqual({ promoters: 4, passives: 3, detractors: 3 })
    // NPS = 100 x (0.4 - 0.3) = 10
    // SE = 100 x sqrt((0.4 + 0.3 - 0.1^2) / 10) = 100 x sqrt(0.069) = 26.2679...
    // CI = 10 +/- 1.96 x 26.2679 = 10 +/- 51.4850 -> [-41.4850, 61.4850]
    const nps = computeNps(counts)
    const moe = 1.96 * 100 * Math.sqrt(0.069)
    expect(nps.n).toBe(10)
    expect(nps.score).toBeCloseTo(10, 10)
    expect(nps.ci![0]).toBeCloseTo(10 - moe, 9)
    expect(nps.ci![1]).toBeCloseTo(10 + moe, 9)
    expect(nps.ci![0]).toBeCloseTo(-41.485, 4)
    expect([nps.promoters, nps.passives, nps.detractors]).toEqual([40, 30, 30])
  })

  it('clamps the interval to [-100, 100]', () => {
    // 19 promoters, 1 detractor: NPS 90; SE = 100 x sqrt((0.95 + 0.05 - 0.81) / 20) = 9.7468
    // 90 + 1.96 x 9.7468 = 109.1 -> 100
    const nps = computeNps({ promoters: 19, passives: 0, detractors: 1 })
    expect(nps.score).toBeCloseTo(90, 10)
    expect(nps.ci![1]).toBe(100)
    expect(nps.ci![0]).toBeCloseTo(90 - 1.96 * 100 * Math.sqrt(0.19 / 20), 9)
  })

  it('has no score without answers and no interval with one', () => {
    expect(computeNps({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      n: 0,
      score: null,
      ci: null,
      promoters: null,
      passives: null,
      detractors: null,
    })
    expect(computeNps({ promoters: 1, passives: 0, detractors: 0 })).toMatchObject({
      n: 1,
      score: 100,
      ci: null,
    })
  })
})

describe('npsClass and countsFromDistribution', () => {
  it('puts 9-10 in promoters, 7-8 in passives and 0-6 in detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsClass)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ])
  })

  it('reads string keys and ignores answers outside 0..10', () => {
    expect(countsFromDistribution({ '0': 2, '10': 1, '11': 5, '-1': 3 })).toEqual({
      promoters: 1,
      passives: 0,
      detractors: 2,
    })
  })
})
