// Item scores: answers on any scale become a number in [0, 1].
import { describe, expect, it } from 'vitest'
import { itemScore } from '../../../server/domain/scoring'
import { likert, nps, numberQuestion, yesno } from './build-questions'

describe('itemScore', () => {
  it('maps a 1-4 likert answer to (x - 1) / 3', () => {
    const q = likert('U1', { min: 1, max: 4 })
    expect(itemScore(q, 1)).toBe(0)
    expect(itemScore(q, 3)).toBeCloseTo(2 / 3, 12) // (3 - 1) / (4 - 1)
    expect(itemScore(q, 4)).toBe(1)
  })

  it('reverses a reversed item: 4 on 1-5 is 0.75, reversed 0.25', () => {
    const q = likert('a', { min: 1, max: 5 }, { criterion: 'c', reverse: true })
    expect(itemScore(q, 4)).toBe(0.25) // 1 - (4 - 1) / (5 - 1)
  })

  it('scores yes as 1 and no as 0, and reverses them', () => {
    expect(itemScore(yesno('y'), 'yes')).toBe(1)
    expect(itemScore(yesno('y'), 'no')).toBe(0)
    expect(itemScore(yesno('y', { criterion: 'c', reverse: true }), 'yes')).toBe(0)
    expect(itemScore(yesno('y'), 'maybe')).toBeNull()
  })

  it('scores nps on 0..10 and a bounded number on its bounds', () => {
    expect(itemScore(nps('nps'), 7)).toBe(0.7)
    expect(itemScore(numberQuestion('k', { min: 0, max: 20 }), 5)).toBe(0.25) // 5 / 20
  })

  it('is null when unanswered, unscorable or out of range', () => {
    const q = likert('a', { min: 1, max: 5 })
    expect(itemScore(q, null)).toBeNull()
    expect(itemScore(q, undefined)).toBeNull()
    expect(itemScore(q, '3')).toBeNull()
    expect(itemScore(q, 6)).toBeNull()
    expect(itemScore(q, Number.NaN)).toBeNull()
    expect(itemScore(numberQuestion('k', { min: 0 }), 5)).toBeNull() // no upper bound
  })
})
