// Ranks across regions: highest first, ties at two decimals share a rank and the next rank skips.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { competitionRanks, groupRanks, rankingKey } from '../../../server/domain/evaluation'

describe('competitionRanks', () => {
  it('ranks the 2024 Jambi figures as published: 3,48 above 2,95 above 2,72', () => {
    expect(competitionRanks([2.95, 3.48, 2.72])).toEqual([2, 1, 3])
  })

  it('gives equal indexes the same rank and skips the next (1, 2, 2, 4)', () => {
    expect(competitionRanks([3.57, 3.31, 3.31, 3.06])).toEqual([1, 2, 2, 4])
  })

  it('treats indexes equal at two decimals as equal (3,476 and 3,484 both read 3,48)', () => {
    expect(competitionRanks([3.476, 3.484, 3.5])).toEqual([2, 2, 1])
    expect(rankingKey(3.475)).toBe(348)
    expect(rankingKey(2.005)).toBe(201)
  })

  it('leaves regions without an index unranked and does not count them', () => {
    expect(competitionRanks([null, 3.1, null, 2.9])).toEqual([null, 1, null, 2])
    expect(competitionRanks([])).toEqual([])
  })

  it('is a competition ranking for any values: rank = 1 + how many are strictly higher', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null })),
        (values) => {
          const ranks = competitionRanks(values)
          values.forEach((v, i) => {
            if (v === null) return expect(ranks[i]).toBeNull()
            const higher = values.filter((w) => w !== null && rankingKey(w) > rankingKey(v))
            expect(ranks[i]).toBe(higher.length + 1)
          })
        },
      ),
    )
  })
})

describe('groupRanks', () => {
  it('ranks each value within its own province', () => {
    const values = [3.57, 3.48, 2.95, 2.72, 3.41]
    const provinces = ['63', '15', '15', '15', '63']
    expect(groupRanks(values, provinces)).toEqual([1, 1, 2, 3, 2])
  })
})
