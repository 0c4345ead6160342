// Report numbers: fixed decimals rounded as the decimal figure reads (the rounding that classifies
// mutu), Indonesian and English separators.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatCount,
  formatDecimal,
  formatInterval,
  formatSigned,
  roundDecimal,
} from '../../../server/domain/format/decimal'
import { classifyMutu, roundTo2 } from '../../../server/domain/scoring'

describe('formatDecimal', () => {
  it('rounds half up on the decimal figure, not on its binary neighbour', () => {
    expect(formatDecimal(64.995)).toBe('65,00')
    expect(formatDecimal(88.305)).toBe('88,31')
    expect(formatDecimal(1.005)).toBe('1,01')
    expect(formatDecimal(3.14159, 3)).toBe('3,142')
    expect(formatDecimal(-0.125, 2)).toBe('-0,13')
    expect(formatDecimal(-0.001, 2)).toBe('0,00')
  })

  it('groups digits and uses the language separators', () => {
    expect(formatDecimal(1234567.891, 2)).toBe('1.234.567,89')
    expect(formatDecimal(1234567.891, 2, 'en')).toBe('1,234,567.89')
    expect(formatCount(1000000)).toBe('1.000.000')
    expect(formatCount(999)).toBe('999')
    expect(formatDecimal(null)).toBe('-')
    expect(formatDecimal(Number.NaN)).toBe('-')
  })

  it('prints the figure that mutu is classified on', () => {
    fc.assert(
      fc.property(fc.double({ min: 25, max: 100, noNaN: true }), (x) => {
        expect(roundDecimal(x, 2)).toBe(roundTo2(x))
        const printed = Number(formatDecimal(x, 2, 'en').replace(/,/g, ''))
        expect(classifyMutu(printed)).toBe(classifyMutu(x))
      }),
    )
  })
})

describe('formatSigned and formatInterval', () => {
  it('signs changes and joins intervals', () => {
    expect(formatSigned(1.254)).toBe('+1,25')
    expect(formatSigned(-0.4)).toBe('-0,40')
    expect(formatSigned(0.001)).toBe('0,00')
    expect(formatInterval([0.0991, 1.4009])).toBe('0,10 s.d. 1,40')
    expect(formatInterval([0.0991, 1.4009], 2, 'en')).toBe('0.10 to 1.40')
    expect(formatInterval(null)).toBe('-')
  })
})
