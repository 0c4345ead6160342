// Dimension evaluation: per-dimension program means, the region's Impact and Quick Win.
import { describe, expect, it } from 'vitest'
import {
  combineAssessorAndCitizen,
  evaluateDimensions,
  quickwinMark,
  type ProgramForEvaluation,
} from '../../../server/domain/evaluation'

const marks = (...xs: number[]) =>
  Object.fromEntries(
    [
      'inovasi',
      'daya_tarik',
      'manfaat',
      'keunikan',
      'peluang_kemitraan',
      'potensi_pengembangan',
      'keberlangsungan',
      'sumber_daya',
      'manajemen_risiko',
      'keberlanjutan',
    ].map((code, i) => [code, xs[i]]),
  )

const program = (
  id: string,
  dimension: string,
  element: string,
  impactScore: number | null,
  quickwinMarks: Record<string, number> | null = null,
): ProgramForEvaluation => ({ id, dimension, element, impactScore, quickwinMarks })

const PROGRAMS = [
  program('si-mantab', 'governance', 'governance.1', 4.0, marks(4, 4, 5, 4, 3, 4, 4, 4, 3, 4)),
  program('e-kinerja', 'governance', 'governance.2', 3.0, marks(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)),
  program('lapor', 'governance', 'governance.3', null),
  program('baiman-store', 'economy', 'economy.1', 3.5),
  program('portal', 'society', 'society.2', 2.9, marks(5, 5, 5, 5, 5, 5, 5, 5, 5, 5)),
]

describe('evaluateDimensions', () => {
  const result = evaluateDimensions(PROGRAMS)

  it('averages the scored programs of each dimension, each program once', () => {
    const governance = result.dimensions.find((d) => d.code === 'governance')!
    // (4.0 + 3.0) / 2 = 3.5; 'lapor' has no score yet
    expect(governance).toMatchObject({ score: 3.5, programCount: 3, scoredCount: 2 })
    expect(governance.programs.map((p) => p.element)).toEqual([
      'governance.1',
      'governance.2',
      'governance.3',
    ])
  })

  it('leaves dimensions without data null and out of the region Impact', () => {
    expect(result.dimensions.map((d) => [d.code, d.score])).toEqual([
      ['governance', 3.5],
      ['branding', null],
      ['economy', 3.5],
      ['living', null],
      ['society', 2.9],
      ['environment', null],
    ])
    // (3.5 + 3.5 + 2.9) / 3 = 9.9 / 3 = 3.3
    expect(result.impact).toBeCloseTo(3.3, 12)
  })

  it('gives each assessed program the mean of its marks and the region their mean', () => {
    // si-mantab: (4+4+5+4+3+4+4+4+3+4) / 10 = 39 / 10 = 3.9; e-kinerja 3; portal 5
    expect(result.programQuickwin).toEqual({
      'si-mantab': 3.9,
      'e-kinerja': 3,
      lapor: null,
      'baiman-store': null,
      portal: 5,
    })
    // (3.9 + 3 + 5) / 3 = 11.9 / 3 = 3.9666...
    expect(result.quickwin).toBeCloseTo(11.9 / 3, 12)
  })

  it('counts a program listed twice only once', () => {
    const twice = evaluateDimensions([...PROGRAMS, program('si-mantab', 'governance', 'x', 1)])
    expect(twice.dimensions[0]).toMatchObject({ score: 3.5, programCount: 3 })
  })

  it('has no scores without programs', () => {
    const empty = evaluateDimensions([])
    expect(empty.impact).toBeNull()
    expect(empty.quickwin).toBeNull()
    expect(empty.dimensions.every((d) => d.score === null && d.programCount === 0)).toBe(true)
  })
})

describe('quickwinMark', () => {
  it('ignores unknown criteria and marks outside 1-5', () => {
    // only manfaat 4 and inovasi 2 count: (4 + 2) / 2 = 3
    expect(quickwinMark({ manfaat: 4, inovasi: 2, keunikan: 7, other: 5 })).toBe(3)
    expect(quickwinMark({})).toBeNull()
    expect(quickwinMark(null)).toBeNull()
  })
})

describe('combineAssessorAndCitizen', () => {
  it('weights citizen and assessor scores', () => {
    // 0.6 x 3.5 + 0.4 x 4.0 = 2.1 + 1.6 = 3.7
    expect(combineAssessorAndCitizen(3.5, 4, 0.6)).toBeCloseTo(3.7, 12)
  })

  it('uses the side that is present when the other is missing', () => {
    expect(combineAssessorAndCitizen(null, 4, 0.6)).toBe(4)
    expect(combineAssessorAndCitizen(3.5, null, 0.6)).toBe(3.5)
    expect(combineAssessorAndCitizen(null, null, 0.6)).toBeNull()
  })

  it('refuses a weight outside 0..1', () => {
    expect(() => combineAssessorAndCitizen(3, 4, 1.2)).toThrow(RangeError)
  })
})
