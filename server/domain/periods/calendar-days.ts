// Calendar days as YYYY-MM-DD text (a region's calendar day; no time zone inside): shifting,
// counting and naming them in Indonesian and English without depending on the runtime's ICU data.
import type { BilingualText } from '../reference'

const DAY_MS = 86_400_000

/** Month names in Indonesian and English, January first. */
export const MONTHS = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`)
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** The day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  return toDay(toTime(day) + days * DAY_MS)
}

/** Days from `from` to `to`, both counted (2024-01-01..2024-01-31 is 31). */
export function daysInRange(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS) + 1
}

/** The last day of a month (1-12) of a year. */
export function lastDayOfMonth(year: number, month: number): string {
  return toDay(Date.UTC(year, month, 0))
}

/** "4 November 2024" in Indonesian and English. */
export function longDay(day: string): BilingualText {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return { id: `${d} ${MONTHS.id[m - 1]} ${y}`, en: `${d} ${MONTHS.en[m - 1]} ${y}` }
}

/** "1 Januari 2024 s.d. 31 Maret 2024" / "1 January 2024 to 31 March 2024". */
export function longRange(from: string, to: string): BilingualText {
  const a = longDay(from)
  const b = longDay(to)
  return { id: `${a.id} s.d. ${b.id}`, en: `${a.en} to ${b.en}` }
}
