// The active filters in words ("Periode: 1 Jan 2024 – 31 Mar 2024", "Saluran: WhatsApp",
// "Kecamatan: Banjarmasin Utara"), each with the URL keys that remove it.
import { t } from '../../../shared/i18n'
import type { Analytics, DashboardQuery } from '../../api/analytics'
import { linkName } from '../charts/ChannelBars'
import { SEGMENT_PREFIX } from '../dashboard-params'
import { formatDay } from '../number-format'

export interface ActiveFilter {
  key: string
  name: string
  value: string
  /** URL keys that clear this filter. */
  clears: string[]
}

export function periodText(from?: string, to?: string): string | undefined {
  if (from && to) return `${formatDay(from)} – ${formatDay(to)}`
  if (from) return t({ id: `sejak ${formatDay(from)}`, en: `from ${formatDay(from)}` })
  if (to) return t({ id: `sampai ${formatDay(to)}`, en: `until ${formatDay(to)}` })
  return undefined
}

export function describeFilters(query: DashboardQuery, analytics: Analytics): ActiveFilter[] {
  const active: ActiveFilter[] = []
  const period = periodText(query.from, query.to)
  if (period)
    active.push({
      key: 'period',
      name: t({ id: 'Periode', en: 'Period' }),
      value: period,
      clears: ['from', 'to'],
    })
  if (query.link) {
    const link = analytics.links.find((l) => String(l.id) === query.link)
    active.push({
      key: 'link',
      name: t({ id: 'Saluran', en: 'Channel' }),
      value: link ? linkName(analytics, link) : `#${query.link}`,
      clears: ['link'],
    })
  }
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith(SEGMENT_PREFIX)) continue
    const segment = analytics.segments.find((s) => s.code === key.slice(SEGMENT_PREFIX.length))
    const option = segment?.values.find((v) => v.value === value)
    active.push({
      key,
      name: segment ? t(segment.text) : key.slice(SEGMENT_PREFIX.length),
      value: option ? t(option.label) : value,
      clears: [key],
    })
  }
  return active
}
