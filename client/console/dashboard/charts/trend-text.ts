// The words of the trend chart: the bucket names ("4 Nov 2024", "week of 4 Nov 2024",
// "Nov 2024") and the one-sentence summary that serves as the chart's text alternative.
import { t } from '../../../shared/i18n'
import { formatCount, formatDay, formatMonth } from '../number-format'
import type { Bucket, Granularity } from '../trend-buckets'

export function bucketName(bucket: Bucket, granularity: Granularity): string {
  if (granularity === 'day') return formatDay(bucket.start)
  if (granularity === 'month') return formatMonth(bucket.start)
  return `${formatDay(bucket.start)} – ${formatDay(bucket.end)}`
}

/** The short name under the axis: the first day, or the month. */
export function tickName(bucket: Bucket, granularity: Granularity): string {
  return granularity === 'month' ? formatMonth(bucket.start) : formatDay(bucket.start)
}

export function unitName(granularity: Granularity): string {
  return t(
    {
      day: { id: 'per hari', en: 'per day' },
      week: { id: 'per minggu', en: 'per week' },
      month: { id: 'per bulan', en: 'per month' },
    }[granularity],
  )
}

/** "Responses per week, 1 Jan 2024 to 23 Nov 2026: 312 in all, most 14 (4 Nov – 10 Nov 2024)." */
export function trendSummary(buckets: readonly Bucket[], granularity: Granularity): string {
  const total = buckets.reduce((sum, b) => sum + b.count, 0)
  const peak = buckets.reduce((best, b) => (b.count > best.count ? b : best), buckets[0]!)
  const span = `${formatDay(buckets[0]!.start)} – ${formatDay(buckets.at(-1)!.end)}`
  return t({
    id: `Tanggapan ${unitName(granularity)}, ${span}: ${formatCount(total)} seluruhnya, tertinggi ${formatCount(peak.count)} (${bucketName(peak, granularity)}).`,
    en: `Responses ${unitName(granularity)}, ${span}: ${formatCount(total)} in all, most ${formatCount(peak.count)} (${bucketName(peak, granularity)}).`,
  })
}
