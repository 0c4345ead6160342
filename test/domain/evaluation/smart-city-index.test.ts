// The smart-city index: five evaluation dimensions combined with the year's weights.
import { describe, expect, it } from 'vitest'
import {
  computeSmartCityIndex,
  outcomeFromDimensions,
  validateWeights,
} from '../../../server/domain/evaluation'
import { DEFAULT_EVALUATION_WEIGHTS } from '../../../server/domain/reference'

const SCORES = { baseline: 3, output: 3.5, outcome: 3.6, impact: 3.4, quickwin: 3.9 }

describe('computeSmartCityIndex', () => {
  it('combines the five scores with the default weights 0.10/0.20/0.30/0.20/0.20', () => {
    expect(DEFAULT_EVALUATION_WEIGHTS).toEqual({
      baseline: 0.1,
      output: 0.2,
      outcome: 0.3,
      impact: 0.2,
      quickwin: 0.2,
    })
    // 0.1 x 3 + 0.2 x 3.5 + 0.3 x 3.6 + 0.2 x 3.4 + 0.2 x 3.9
    // = 0.30 + 0.70 + 1.08 + 0.68 + 0.78 = 3.54
    const r = computeSmartCityIndex(SCORES, DEFAULT_EVALUATION_WEIGHTS)
    expect(r.index).toBeCloseTo(3.54, 12)
    expect(r.partialIndex).toBeCloseTo(3.54, 12)
    expect(r.complete).toBe(true)
    expect(r.weightSum).toBeCloseTo(1, 12)
    expect(r.contributions.outcome).toBeCloseTo(1.08, 12)
    expect(r.contributions.quickwin).toBeCloseTo(0.78, 12)
  })

  it('rounds nothing in between', () => {
    // contributions 0.305 + 0.605 + 0.915 + 0.605 + 0.605 = 3.035;
    // rounding each to two decimals first would give 0.31 + 0.61 + 0.92 + 0.61 + 0.61 = 3.06
    const scores = { baseline: 3.05, output: 3.025, outcome: 3.05, impact: 3.025, quickwin: 3.025 }
    expect(computeSmartCityIndex(scores, DEFAULT_EVALUATION_WEIGHTS).index).toBeCloseTo(3.035, 12)
  })

  it('has no index while a score is missing, and a partial index over the rest', () => {
    // without quickwin: (0.30 + 0.70 + 1.08 + 0.68) / (0.1 + 0.2 + 0.3 + 0.2) = 2.76 / 0.8 = 3.45
    const r = computeSmartCityIndex({ ...SCORES, quickwin: null }, DEFAULT_EVALUATION_WEIGHTS)
    expect(r.index).toBeNull()
    expect(r.complete).toBe(false)
    expect(r.contributions.quickwin).toBeNull()
    expect(r.partialIndex).toBeCloseTo(3.45, 12)
    expect(computeSmartCityIndex({}, DEFAULT_EVALUATION_WEIGHTS).partialIndex).toBeNull()
  })
})

describe('outcomeFromDimensions', () => {
  it('is the mean of the dimensions present', () => {
    // (3.2 + 3.8 + 3.5) / 3 = 10.5 / 3 = 3.5
    expect(
      outcomeFromDimensions({ governance: 3.2, economy: 3.8, living: 3.5, society: null }),
    ).toBe(3.5)
    expect(outcomeFromDimensions({})).toBeNull()
  })
})

describe('validateWeights', () => {
  it('accepts weights in 0..1 that sum to 1', () => {
    expect(validateWeights(DEFAULT_EVALUATION_WEIGHTS)).toEqual([])
  })

  it('reports each weight out of range, a missing or unknown one, and a wrong sum', () => {
    expect(
      validateWeights({ ...DEFAULT_EVALUATION_WEIGHTS, output: 1.5 }).map((i) => i.path),
    ).toEqual(['output'])
    const missing = validateWeights({ baseline: 0.5, output: 0.5, outcome: 0, impact: 0 })
    expect(missing.map((i) => i.path)).toEqual(['quickwin'])
    expect(validateWeights({ ...DEFAULT_EVALUATION_WEIGHTS, extra: 0 }).map((i) => i.path)).toEqual(
      ['extra'],
    )
    const sum = validateWeights({ ...DEFAULT_EVALUATION_WEIGHTS, baseline: 0.2 })
    expect(sum).toEqual([
      {
        path: '',
        code: 'weights.sum',
        params: { sum: expect.any(Number) },
        message: expect.stringContaining('sum to 1'),
      },
    ])
  })
})
