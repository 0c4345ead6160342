// The dashboard's period presets count the program's region's calendar days: half past midnight
// WITA on 1 April is still 31 March in WIB, so "the last 7 days" and "this year" differ by zone.
import { describe, expect, it } from 'vitest'
import { matchPreset, presetPeriod } from '../../client/console/dashboard/period'

// 2024-04-01 00:30 WITA = 2024-03-31 23:30 WIB = 2024-03-31 16:30 UTC.
const HALF_PAST_MIDNIGHT_WITA = Date.UTC(2024, 2, 31, 16, 30)
// 2025-01-01 00:30 WIT = 2024-12-31 22:30 WIB.
const NEW_YEAR_WIT = Date.UTC(2024, 11, 31, 15, 30)

describe('presetPeriod', () => {
  it("ends the last 7, 30 and 90 days on today's date in the region's zone", () => {
    const at = HALF_PAST_MIDNIGHT_WITA
    expect(presetPeriod('last7', 2024, 'Asia/Makassar', at)).toEqual({
      from: '2024-03-26',
      to: '2024-04-01',
    })
    expect(presetPeriod('last7', 2024, 'Asia/Jakarta', at)).toEqual({
      from: '2024-03-25',
      to: '2024-03-31',
    })
    expect(presetPeriod('last30', 2024, 'Asia/Makassar', at)).toEqual({
      from: '2024-03-03',
      to: '2024-04-01',
    })
    expect(presetPeriod('last90', 2024, 'Asia/Makassar', at).to).toBe('2024-04-01')
  })

  it("takes this year from the region's calendar, the program's year from the program", () => {
    expect(presetPeriod('thisYear', 2024, 'Asia/Jayapura', NEW_YEAR_WIT)).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    })
    expect(presetPeriod('thisYear', 2024, 'Asia/Jakarta', NEW_YEAR_WIT)).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    })
    expect(presetPeriod('programYear', 2023, 'Asia/Jayapura', NEW_YEAR_WIT)).toEqual({
      from: '2023-01-01',
      to: '2023-12-31',
    })
    expect(presetPeriod('all', 2024, 'Asia/Jakarta')).toEqual({})
  })

  it('recognises a range as the preset of the same zone only', () => {
    const wita = presetPeriod('last7', 2024, 'Asia/Makassar', HALF_PAST_MIDNIGHT_WITA)
    expect(matchPreset(wita, 2024, 'Asia/Makassar', HALF_PAST_MIDNIGHT_WITA)).toBe('last7')
    expect(matchPreset(wita, 2024, 'Asia/Jakarta', HALF_PAST_MIDNIGHT_WITA)).toBeUndefined()
  })
})
