// A region's trajectory: the change from year to year and the component that moved it most.
import { describe, expect, it } from 'vitest'
import { yearOverYear } from '../../../server/domain/evaluation'

const weights = { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.2, quickwin: 0.2 }

describe('yearOverYear', () => {
  it('gives Banjarmasin’s published changes from the indexes alone, without a component', () => {
    const points = [2021, 2022, 2023, 2024].map((year, i) => ({
      year,
      index: [2.82, 3.06, 3.31, 3.57][i]!,
      scores: null,
      weights: null,
    }))
    const changes = yearOverYear(points)
    expect(changes.map((c) => c.year)).toEqual([2022, 2023, 2024])
    expect(changes.map((c) => Number(c.change!.toFixed(2)))).toEqual([0.24, 0.25, 0.26])
    expect(changes.every((c) => c.movedMost === null)).toBe(true)
  })

  it('names the component whose weighted contribution changed most, and the parts add up', () => {
    const before = { baseline: 3, output: 3, outcome: 3, impact: 3, quickwin: 3 }
    const after = { baseline: 4, output: 3.2, outcome: 3.5, impact: 2.9, quickwin: 3 }
    const [change] = yearOverYear([
      { year: 2024, index: 3.45 + 0.0, scores: after, weights },
      { year: 2023, index: 3, scores: before, weights },
    ])
    // baseline 0.1 x 1 = 0.10, output 0.2 x 0.2 = 0.04, outcome 0.3 x 0.5 = 0.15, impact -0.02
    expect(change!.movedMost!.component).toBe('outcome')
    expect(change!.movedMost!.contribution).toBeCloseTo(0.15, 12)
    const sum = Object.values(change!.contributions!).reduce((a, b) => a + b, 0)
    expect(sum).toBeCloseTo(0.1 + 0.04 + 0.15 - 0.02, 12)
  })

  it('compares the scores themselves when a year’s weights are unknown (a published average)', () => {
    const banjar2020 = { baseline: 3.51, output: 3.14, outcome: 3.34, impact: 3.8, quickwin: 3.57 }
    const next = { baseline: 3.5, output: 3.6, outcome: 3.3, impact: 3.7, quickwin: 3.6 }
    const [change] = yearOverYear([
      { year: 2020, index: 3.41, scores: banjar2020, weights: null },
      { year: 2021, index: 3.52, scores: next, weights },
    ])
    expect(change!.weighted).toBe(false)
    expect(change!.movedMost!.component).toBe('output')
    expect(change!.movedMost!.contribution).toBeCloseTo(0.46, 12)
  })

  it('has no change where a year has no index', () => {
    const [change] = yearOverYear([
      { year: 2023, index: null, scores: null, weights: null },
      { year: 2024, index: 3.1, scores: null, weights: null },
    ])
    expect(change!.change).toBeNull()
  })
})
