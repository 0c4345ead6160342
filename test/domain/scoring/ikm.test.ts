// IKM (PermenPANRB 14/2017): element NRRs, weight 1/9, converted value, mutu and interval.
import { describe, expect, it } from 'vitest'
import { classifyMutu, computeIkm, momentsOf } from '../../../server/domain/scoring'

const CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']

// Five respondents x nine elements (U1..U9), 1-4 scale.
const ANSWERS = [
  [3, 3, 3, 3, 3, 3, 3, 3, 3], // sum 27
  [4, 3, 3, 4, 3, 4, 4, 3, 3], // sum 31
  [3, 2, 3, 4, 3, 3, 3, 3, 2], // sum 26
  [4, 4, 3, 4, 4, 4, 4, 3, 3], // sum 33
  [3, 3, 2, 4, 3, 3, 4, 3, 2], // sum 27
]

const elementsOf = (rows: number[][]) =>
  CODES.map((code, k) => ({ code, n: rows.length, sum: rows.reduce((s, r) => s + r[k], 0) }))

/** Nine elements answered by n respondents whose answers add up to the given sums. */
const withSums = (n: number, sums: number[]) => sums.map((sum, k) => ({ code: CODES[k], n, sum }))

describe('computeIkm', () => {
  it('computes NRRs, the IKM, its converted value and mutu of a five-respondent survey', () => {
    // element sums: U1 17, U2 15, U3 14, U4 19, U5 16, U6 17, U7 18, U8 15, U9 13 (total 144)
    // NRR = sum / 5: 3.4, 3.0, 2.8, 3.8, 3.2, 3.4, 3.6, 3.0, 2.6
    // IKM = (3.4 + 3.0 + 2.8 + 3.8 + 3.2 + 3.4 + 3.6 + 3.0 + 2.6) x 1/9 = 28.8 / 9 = 3.2
    // converted = 3.2 x 25 = 80.00 -> B (76.61..88.30), kinerja "Baik"
    const means = momentsOf(ANSWERS.map((r) => r.reduce((a, b) => a + b, 0) / 9))
    const ikm = computeIkm(elementsOf(ANSWERS), means)
    const nrr = [3.4, 3.0, 2.8, 3.8, 3.2, 3.4, 3.6, 3.0, 2.6]
    ikm.elements.forEach((e, k) => {
      expect(e.code).toBe(CODES[k])
      expect(e.nrr).toBeCloseTo(nrr[k], 12)
      expect(e.weighted).toBeCloseTo(nrr[k] / 9, 12)
      expect(e.converted).toBeCloseTo(nrr[k] * 25, 12)
    })
    expect(ikm.value).toBeCloseTo(3.2, 12)
    expect(ikm.converted).toBeCloseTo(80, 10)
    expect(ikm.mutu).toBe('B')
    expect(ikm.kinerja).toEqual({ id: 'Baik', en: 'Good' })
    expect(ikm.n).toBe(5)

    // interval: respondent means 27/9, 31/9, 26/9, 33/9, 27/9, mean 144/45 = 3.2
    // deviations of the sums from 28.8: -1.8, 2.2, -2.8, 4.2, -1.8; squares add to 36.8
    // sd of the means = sqrt(36.8 / 4) / 9 = 0.337016...
    // moe = t(0.975, 4) x 25 x sd / sqrt(5) = 2.7764451052 x 25 x 0.150718... = 10.46154...
    const moe = (2.7764451052 * 25 * (Math.sqrt(36.8 / 4) / 9)) / Math.sqrt(5)
    expect(ikm.ci![0]).toBeCloseTo(80 - moe, 8)
    expect(ikm.ci![1]).toBeCloseTo(80 + moe, 8)
    // 69.54..90.46 spans C, B and A
    expect(ikm.ciCrossesBound).toBe(true)
  })

  it('weighs the elements present equally when one has no answers', () => {
    // U9 unanswered: IKM = (3.4 + 3.0 + 2.8 + 3.8 + 3.2 + 3.4 + 3.6 + 3.0) / 8 = 26.2 / 8 = 3.275
    const elements = elementsOf(ANSWERS).map((e) => (e.code === 'U9' ? { ...e, n: 0, sum: 0 } : e))
    const ikm = computeIkm(elements, momentsOf([]))
    expect(ikm.elements).toHaveLength(8)
    expect(ikm.elements[0].weighted).toBeCloseTo(3.4 / 8, 12)
    expect(ikm.value).toBeCloseTo(3.275, 12)
    expect(ikm.converted).toBeCloseTo(81.875, 10)
    expect(ikm.ci).toBeNull()
  })

  it('is null-safe without data', () => {
    expect(computeIkm([], momentsOf([]))).toEqual({
      elements: [],
      value: null,
      converted: null,
      mutu: null,
      kinerja: null,
      ci: null,
      ciCrossesBound: false,
      n: 0,
    })
  })

  // Each case: nine elements with equal sums S answered by n respondents, so
  // NRR = S / n, IKM = NRR and converted = 25 x S / n.
  it.each([
    [2500, 6499, 64.99, 'D'], // NRR 2.5996
    [5, 13, 65.0, 'C'], // NRR 2.6
    [125, 383, 76.6, 'C'], // NRR 3.064
    [2500, 7661, 76.61, 'B'], // NRR 3.0644
    [250, 883, 88.3, 'B'], // NRR 3.532
    [2500, 8831, 88.31, 'A'], // NRR 3.5324
    [25000, 64994, 64.994, 'D'], // NRR 2.59976: 64.994 rounds to 64.99
    [5000, 12999, 64.995, 'C'], // NRR 2.5998: 64.995 rounds to 65.00
  ])('n = %i and element sums %i give converted %f, mutu %s', (n, sum, converted, mutu) => {
    const ikm = computeIkm(withSums(n, Array(9).fill(sum)), momentsOf([]))
    expect(ikm.converted).toBeCloseTo(converted, 9)
    expect(ikm.mutu).toBe(mutu)
  })

  it('classifies 65.00 as C when the element sums differ', () => {
    // 10 + 11 + 12 + 13 + 13 + 14 + 14 + 15 + 15 = 117; IKM = 117 / 5 / 9 = 2.6; x 25 = 65.00
    const ikm = computeIkm(withSums(5, [10, 11, 12, 13, 13, 14, 14, 15, 15]), momentsOf([]))
    expect(ikm.converted).toBeCloseTo(65, 10)
    expect(ikm.mutu).toBe('C')
  })

  it('does not flag an interval that stays within one category', () => {
    // respondent means 3.2, 3.2, 3.21, 3.19: converted 80 +/- well under 1 point -> B only
    const ikm = computeIkm(withSums(4, Array(9).fill(12.8)), momentsOf([3.2, 3.2, 3.21, 3.19]))
    expect(ikm.mutu).toBe('B')
    expect(ikm.ciCrossesBound).toBe(false)
  })
})

describe('classifyMutu', () => {
  it.each([
    [25, 'D'],
    [64.99, 'D'],
    [64.994, 'D'],
    [64.995, 'C'],
    [65.0, 'C'],
    [76.6, 'C'],
    [76.604, 'C'],
    [76.605, 'B'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.31, 'A'],
    [100, 'A'],
  ])('classifies %f as %s', (converted, mutu) => {
    expect(classifyMutu(converted)).toBe(mutu)
  })
})
