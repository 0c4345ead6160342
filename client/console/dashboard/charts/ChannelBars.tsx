// Responses by share link (channel: WhatsApp, service counter, ...), with the questionnaire's
// title when the program has several questionnaires.
import { t } from '../../../shared/i18n'
import type { Analytics } from '../../api/analytics'
import { formatCount, formatPercent } from '../number-format'
import { BarList } from './BarList'

/** A link's name as filters and charts show it. */
export function linkName(analytics: Analytics, link: Analytics['links'][number]): string {
  if (analytics.questionnaires.length < 2) return link.channel
  const title = analytics.questionnaires.find((q) => q.id === link.questionnaireId)?.title
  return title ? `${link.channel} · ${title}` : link.channel
}

export function ChannelBars(props: { analytics: Analytics }) {
  const items = () =>
    props.analytics.links.map((link) => ({
      key: String(link.id),
      label: linkName(props.analytics, link),
      fraction: link.share ?? 0,
      figure: `${formatCount(link.count)} (${formatPercent((link.share ?? 0) * 100)})`,
    }))
  return (
    <BarList
      items={items()}
      label={t({ id: 'Tanggapan per saluran', en: 'Responses by channel' })}
    />
  )
}
