// Groups the API's zero-filled daily counts into what the trend chart draws: days for a short
// range, weeks (Monday to Sunday) for a long one, months beyond two years.
export type Granularity = 'day' | 'week' | 'month'

export interface Bucket {
  /** First day of the bucket that the data covers (YYYY-MM-DD). */
  start: string
  /** Last day of the bucket that the data covers. */
  end: string
  count: number
}

/** Up to three months by day, up to two years by week, longer by month. */
export function granularityFor(days: number): Granularity {
  if (days <= 92) return 'day'
  if (days <= 731) return 'week'
  return 'month'
}

function bucketStart(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day
  if (granularity === 'month') return `${day.slice(0, 7)}-01`
  const at = new Date(`${day}T00:00:00Z`)
  const sinceMonday = (at.getUTCDay() + 6) % 7
  return new Date(at.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10)
}

/** The daily trend in buckets of `granularity`, in order. */
export function bucketTrend(
  trend: readonly { day: string; count: number }[],
  granularity: Granularity = granularityFor(trend.length),
): Bucket[] {
  const buckets: (Bucket & { key: string })[] = []
  for (const { day, count } of trend) {
    const key = bucketStart(day, granularity)
    const last = buckets.at(-1)
    if (last && last.key === key) {
      last.end = day
      last.count += count
    } else buckets.push({ key, start: day, end: day, count })
  }
  return buckets.map(({ start, end, count }) => ({ start, end, count }))
}

/** A round axis maximum at or above `max` (2, 4, 6, 8, 10 x 10^k) whose half is whole too. */
export function niceMax(max: number): number {
  if (max <= 2) return 2
  const power = 10 ** Math.floor(Math.log10(max))
  const step = [2, 4, 6, 8, 10].find((m) => m * power >= max)!
  return step * power
}
