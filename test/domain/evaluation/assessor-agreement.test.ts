// The spread of assessors' marks on one criterion and the disagreement flag at 2 points.
import { describe, expect, it } from 'vitest'
import { DISAGREEMENT_POINTS, markSpread } from '../../../server/domain/evaluation'

describe('markSpread', () => {
  it('has nothing to say about a criterion nobody marked', () => {
    expect(markSpread([])).toBeNull()
  })

  it('gives a single mark no spread and no disagreement', () => {
    expect(markSpread([4])).toEqual({ n: 1, min: 4, max: 4, range: 0, sd: 0, disagreement: false })
  })

  it('does not flag marks one point apart', () => {
    const spread = markSpread([3, 4, 4])!
    expect(spread.range).toBe(1)
    expect(spread.disagreement).toBe(false)
  })

  it('flags marks two points apart (a 2 against a 4)', () => {
    // mean 3, deviations -1 and 1: variance 1, sd 1
    expect(markSpread([2, 4])).toEqual({
      n: 2,
      min: 2,
      max: 4,
      range: 2,
      sd: 1,
      disagreement: true,
    })
    expect(DISAGREEMENT_POINTS).toBe(2)
  })

  it('measures the standard deviation over the assessors (population)', () => {
    // mean 3; squared deviations 4, 0, 4: variance 8/3
    expect(markSpread([1, 3, 5])!.sd).toBeCloseTo(Math.sqrt(8 / 3), 12)
  })
})
