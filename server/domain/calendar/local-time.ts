// Instants read on a region's clock: the calendar day a response is counted on, and a time shown
// or exported with its offset (2024-04-01T00:30:00+08:00). Uses Intl's IANA zone data, not fixed
// offsets, so a zone with daylight saving time (a deployment outside Indonesia) is right too.

const parts = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = parts.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    parts.set(timeZone, f)
  }
  return f
}

interface Wall {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function wallClock(at: number, timeZone: string): Wall {
  const wall: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(at))
    if (p.type !== 'literal') wall[p.type] = Number(p.value)
  return wall as unknown as Wall
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Minutes east of UTC of `timeZone` at instant `at` (ms). */
export function offsetMinutes(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000)
}

/** `+08:00` for 480 minutes. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const m = Math.abs(minutes)
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`
}

// Offsets change at most on the hour (every zone's transitions fall on a whole or half hour in
// practice, and Indonesia's zones have none), so the offset of a UTC hour is computed once per
// zone: Intl's formatToParts costs microseconds, and a million-row export asks a million times.
const offsets = new Map<string, number>()
const HOUR_MS = 3_600_000

/** The zone's offset (minutes east of UTC) during the UTC hour of `at`. */
function offsetDuringHour(at: number, timeZone: string): number {
  const hour = Math.floor(at / HOUR_MS)
  const key = `${timeZone}|${hour}`
  let offset = offsets.get(key)
  if (offset === undefined) {
    const start = offsetMinutes(hour * HOUR_MS, timeZone)
    const end = offsetMinutes(hour * HOUR_MS + HOUR_MS - 1000, timeZone)
    // An hour with a transition inside it is not cached: its instants are asked one by one.
    if (start !== end) return offsetMinutes(at, timeZone)
    if (offsets.size > 50_000) offsets.clear()
    offsets.set(key, (offset = start))
  }
  return offset
}

/** The wall clock of `at` in `timeZone` as an ISO string without a zone, and the offset. */
function wall(iso: string, timeZone: string): { local: string; offset: number } {
  const at = Date.parse(iso)
  const offset = offsetDuringHour(at, timeZone)
  return { local: new Date(at + offset * 60_000).toISOString(), offset }
}

// Submissions arrive in time order: the day of the last UTC hour seen is reused per zone.
const lastHour = new Map<string, { hour: string; day: string }>()

/** The calendar day (YYYY-MM-DD) in `timeZone` of an ISO-8601 instant. */
export function localDay(iso: string, timeZone: string): string {
  const hour = iso.length === 24 && iso.endsWith('Z') ? iso.slice(0, 13) : null
  const last = lastHour.get(timeZone)
  if (hour !== null && last?.hour === hour) return last.day
  const { local, offset } = wall(iso, timeZone)
  const day = local.slice(0, 10)
  // Only a whole-hour offset keeps one day across a UTC hour (Indonesia's three zones do).
  if (hour !== null && offset % 60 === 0) lastHour.set(timeZone, { hour, day })
  return day
}

/** An instant as ISO-8601 wall time in `timeZone` with its offset: 2024-04-01T00:30:00+08:00. */
export function localDateTime(iso: string, timeZone: string): string {
  const { local, offset } = wall(iso, timeZone)
  return `${local.slice(0, 19)}${offsetText(offset)}`
}

/** Today's calendar day in `timeZone`. */
export const todayIn = (timeZone: string, now = Date.now()) =>
  localDay(new Date(now).toISOString(), timeZone)
