// System Usability Scale: the standard 0-100 score and its summary.
import { describe, expect, it } from 'vitest'
import { momentsOf, summarizeSus, susScore } from '../../../server/domain/scoring'

const answers = (xs: number[]) => Object.fromEntries(xs.map((x, i) => [`sus${i + 1}`, x]))

describe('susScore', () => {
  it('scores a worked example at 85', () => {
    // answers 4, 2, 4, 1, 5, 1, 4, 1, 4, 2
    // odd items, x - 1: 3 + 3 + 4 + 3 + 3 = 16; even items, 5 - x: 3 + 4 + 4 + 4 + 3 = 18
    // SUS = 2.5 x (16 + 18) = 85
    expect(susScore(answers([4, 2, 4, 1, 5, 1, 4, 1, 4, 2]))).toBe(85)
  })

  it('spans 0 to 100 with 50 for all-neutral answers', () => {
    expect(susScore(answers([5, 1, 5, 1, 5, 1, 5, 1, 5, 1]))).toBe(100)
    expect(susScore(answers([1, 5, 1, 5, 1, 5, 1, 5, 1, 5]))).toBe(0)
    expect(susScore(answers(Array(10).fill(3)))).toBe(50)
  })

  it('is null unless all ten items hold 1..5', () => {
    expect(susScore(answers([4, 2, 4, 1, 5, 1, 4, 1, 4]))).toBeNull()
    expect(susScore(answers([4, 2, 4, 1, 5, 1, 4, 1, 4, 6]))).toBeNull()
    expect(susScore({ ...answers(Array(10).fill(3)), sus7: null })).toBeNull()
  })
})

describe('summarizeSus', () => {
  it('gives the mean SUS with an interval clamped to 0..100', () => {
    // scores 85, 100, 95: mean 93.333...; the upper end of the t interval passes 100
    const s = summarizeSus(momentsOf([85, 100, 95]))
    expect(s.mean).toBeCloseTo(280 / 3, 10)
    expect(s.ci![1]).toBe(100)
  })
})
