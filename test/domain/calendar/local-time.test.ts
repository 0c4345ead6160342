// Calendar days and times on a region's clock: WIB, WITA and WIT, Indonesia's three zones, and a
// zone with daylight saving time for deployments elsewhere.
import { describe, expect, it } from 'vitest'
import {
  localDateTime,
  localDay,
  offsetMinutes,
  timeZoneOfProvince,
  todayIn,
  zoneName,
} from '../../../server/domain/calendar'

describe('localDay', () => {
  it('counts 00:30 WITA on 1 April on 1 April, not on 31 March as WIB would', () => {
    const at = '2024-03-31T16:30:00.000Z' // 00:30 WITA, 23:30 WIB
    expect(localDay(at, 'Asia/Makassar')).toBe('2024-04-01')
    expect(localDay(at, 'Asia/Jakarta')).toBe('2024-03-31')
    expect(localDay(at, 'Asia/Jayapura')).toBe('2024-04-01')
  })

  it('is right also when calls alternate across midnight and zones (the hour cache)', () => {
    const cases: [string, string, string][] = [
      ['2024-03-31T16:59:59.999Z', 'Asia/Jakarta', '2024-03-31'],
      ['2024-03-31T17:00:00.000Z', 'Asia/Jakarta', '2024-04-01'],
      ['2024-03-31T16:00:00.000Z', 'Asia/Makassar', '2024-04-01'],
      ['2024-03-31T15:59:59.000Z', 'Asia/Makassar', '2024-03-31'],
      ['2024-12-31T15:00:00.000Z', 'Asia/Jayapura', '2025-01-01'],
      ['2024-12-31T14:59:59.000Z', 'Asia/Jayapura', '2024-12-31'],
      ['2024-03-31T17:00:00+00:00', 'Asia/Jakarta', '2024-04-01'],
    ]
    for (let round = 0; round < 2; round++)
      for (const [iso, zone, day] of cases) expect(localDay(iso, zone), `${iso} ${zone}`).toBe(day)
  })

  it('follows daylight saving time where a zone has it', () => {
    expect(localDay('2024-03-31T00:30:00.000Z', 'Europe/Amsterdam')).toBe('2024-03-31')
    expect(localDay('2024-10-26T22:30:00.000Z', 'Europe/Amsterdam')).toBe('2024-10-27')
    expect(offsetMinutes(Date.parse('2024-07-01T00:00:00Z'), 'Europe/Amsterdam')).toBe(120)
    expect(offsetMinutes(Date.parse('2024-01-01T00:00:00Z'), 'Europe/Amsterdam')).toBe(60)
  })
})

describe('localDateTime', () => {
  it('gives the wall time with the offset', () => {
    expect(localDateTime('2024-03-31T16:30:00.000Z', 'Asia/Makassar')).toBe(
      '2024-04-01T00:30:00+08:00',
    )
    expect(localDateTime('2024-03-31T16:30:45.123Z', 'Asia/Jakarta')).toBe(
      '2024-03-31T23:30:45+07:00',
    )
    expect(localDateTime('2024-01-15T12:00:00.000Z', 'Asia/Jayapura')).toBe(
      '2024-01-15T21:00:00+09:00',
    )
  })

  it('names the same instant in every zone', () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'America/New_York']) {
      const iso = '2024-06-15T18:30:00.000Z'
      expect(Date.parse(localDateTime(iso, zone))).toBe(Date.parse(iso))
    }
  })
})

describe('time zones of provinces', () => {
  it('puts Bali, Nusa Tenggara, South/East/North Kalimantan and Sulawesi in WITA', () => {
    for (const code of ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'])
      expect(timeZoneOfProvince(code), code).toBe('Asia/Makassar')
  })

  it('puts Maluku and every Papua province in WIT, the rest in WIB', () => {
    for (const code of ['81', '82', '91', '92', '93', '94', '95', '96'])
      expect(timeZoneOfProvince(code), code).toBe('Asia/Jayapura')
    for (const code of ['11', '15', '31', '36', '61', '62'])
      expect(timeZoneOfProvince(code), code).toBe('Asia/Jakarta')
  })

  it('takes a region code too, and names the zones as Indonesians do', () => {
    expect(timeZoneOfProvince('63.71')).toBe('Asia/Makassar')
    expect(zoneName('Asia/Makassar')).toBe('WITA')
    expect(zoneName('Asia/Jayapura')).toBe('WIT')
    expect(zoneName('Asia/Jakarta')).toBe('WIB')
    expect(todayIn('Asia/Makassar', Date.parse('2024-03-31T16:30:00Z'))).toBe('2024-04-01')
  })
})
