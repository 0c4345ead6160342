// The calendar day that a response is counted on: the unit of the daily aggregates, the trend
// and every period filter.

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

let lastHour = ''
let lastDay = ''

/** The calendar day (YYYY-MM-DD) in WIB (UTC+7) of an ISO-8601 instant. */
export function wibDay(iso: string): string {
  // Responses arrive in time order: the last hour's day is reused (parsing a date costs ~3 us).
  const hour = iso.length === 24 && iso.endsWith('Z') ? iso.slice(0, 13) : null
  if (hour !== null && hour === lastHour) return lastDay
  const day = new Date(Date.parse(iso) + WIB_OFFSET_MS).toISOString().slice(0, 10)
  if (hour !== null) [lastHour, lastDay] = [hour, day]
  return day
}

/** The calendar day of an instant on the platform's calendar (WIB): today, for a clock's now. */
export const calendarDayOf = (iso: string) => wibDay(iso)
