// The dashboard's period presets (all dates, the last 7/30/90 days, the program's year, this
// year) as from/to days. Days are calendar days of the program's region (WIB, WITA or WIT), as the
// API counts them.
import { todayIn } from '../../../server/domain/calendar'

const DAY_MS = 86_400_000

export type PresetKey = 'all' | 'last7' | 'last30' | 'last90' | 'programYear' | 'thisYear'

export interface Period {
  from?: string
  to?: string
}

/** The day `days` before `day` (YYYY-MM-DD). */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10)
}

/** The from/to of a preset in `timeZone`'s calendar; `all` is no range at all. */
export function presetPeriod(
  key: PresetKey,
  programYear: number,
  timeZone: string,
  now = Date.now(),
): Period {
  const today = todayIn(timeZone, now)
  switch (key) {
    case 'all':
      return {}
    case 'last7':
      return { from: daysBefore(today, 6), to: today }
    case 'last30':
      return { from: daysBefore(today, 29), to: today }
    case 'last90':
      return { from: daysBefore(today, 89), to: today }
    case 'programYear':
      return { from: `${programYear}-01-01`, to: `${programYear}-12-31` }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` }
  }
}

export const PRESET_KEYS: PresetKey[] = [
  'all',
  'last7',
  'last30',
  'last90',
  'programYear',
  'thisYear',
]

/** The preset a period matches, or undefined for a custom range. */
export function matchPreset(
  period: Period,
  programYear: number,
  timeZone: string,
  now = Date.now(),
) {
  return PRESET_KEYS.find((key) => {
    const p = presetPeriod(key, programYear, timeZone, now)
    return (p.from ?? '') === (period.from ?? '') && (p.to ?? '') === (period.to ?? '')
  })
}
