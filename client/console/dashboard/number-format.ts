// Numbers, intervals and dates as the dashboard prints them, in the interface language: 3,57 and
// 1.234 in Indonesian, 3.57 and 1,234 in English (Intl with the UI language); a response's time
// on its region's clock, named by the zone (WIB, WITA, WIT).
import { zoneName } from '../../../server/domain/calendar'
import { lang } from '../../shared/i18n'

const locale = () => (lang() === 'en' ? 'en-GB' : 'id-ID')

/** A number with exactly `digits` decimals (scores: 2). */
export function formatDecimal(value: number, digits = 2): string {
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

/** A whole count with digit grouping. */
export function formatCount(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(value)
}

/** A percentage given on 0-100, with at most one decimal: 45,6%. */
export function formatPercent(value: number, digits = 1): string {
  return new Intl.NumberFormat(locale(), {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(value / 100)
}

/** An interval as "3,41–3,72". */
export function formatInterval(ci: readonly [number, number], digits = 2): string {
  return `${formatDecimal(ci[0], digits)}–${formatDecimal(ci[1], digits)}`
}

/** A signed whole number (NPS): +32, −8. */
export function formatSigned(value: number, digits = 0): string {
  return new Intl.NumberFormat(locale(), {
    signDisplay: 'exceptZero',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

/** A calendar day (YYYY-MM-DD, a day of the region's calendar) as "4 Nov 2024"; `long` gives the month in full. */
export function formatDay(day: string, style: 'short' | 'long' = 'short'): string {
  const at = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(at.getTime())) return day
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at)
}

/** A month of a day (YYYY-MM-DD) as "Nov 2024". */
export function formatMonth(day: string): string {
  const at = new Date(`${day}T00:00:00Z`)
  return new Intl.DateTimeFormat(locale(), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at)
}

/** A moment as the reader's clock shows it: "09.12" today, "22 Nov 2026 15.04" otherwise. */
export function formatMoment(at: Date, now = new Date()): string {
  const sameDay = at.toDateString() === now.toDateString()
  return new Intl.DateTimeFormat(locale(), {
    ...(sameDay ? {} : { day: 'numeric', month: 'short', year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(at)
}

/**
 * An instant on a region's clock with the zone's name, whatever the reader's own clock:
 * "1 Apr 2024 00.30 WITA"; `seconds` adds them (a response in full).
 */
export function formatZoned(iso: string, timeZone: string, opts: { seconds?: boolean } = {}) {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const text = new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(opts.seconds ? { second: '2-digit' as const } : {}),
    hourCycle: 'h23',
    timeZone,
  }).format(at)
  return `${text} ${zoneName(timeZone)}`
}
