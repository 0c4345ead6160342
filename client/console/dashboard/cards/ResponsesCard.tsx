// The responses card: how many responses match the filters, out of how many in all.
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { formatCount } from '../number-format'
import { StatCard } from './StatCard'

export function ResponsesCard(props: {
  total: number
  overall?: number
  /** Responses of the last 7 days when the period reaches today. */
  lastWeek?: number
  filtered: boolean
}) {
  return (
    <StatCard
      name="responses"
      title={t({ id: 'Tanggapan', en: 'Responses' })}
      value={formatCount(props.total)}
    >
      <Show when={props.total === 0}>
        <p class="stat-note">
          {props.filtered
            ? t({
                id: 'Belum ada tanggapan yang cocok dengan saringan.',
                en: 'No responses match the filters yet.',
              })
            : t({
                id: 'Belum ada tanggapan. Bagikan tautan kuesioner kepada warga.',
                en: 'No responses yet. Share the questionnaire links with citizens.',
              })}
        </p>
      </Show>
      <Show when={props.total > 0 && props.lastWeek !== undefined}>
        <p>
          {t({
            id: `${formatCount(props.lastWeek!)} dalam 7 hari terakhir`,
            en: `${formatCount(props.lastWeek!)} in the last 7 days`,
          })}
        </p>
      </Show>
      <Show when={props.filtered && props.overall !== undefined}>
        <p>
          {t({
            id: `dari ${formatCount(props.overall!)} tanggapan seluruhnya`,
            en: `of ${formatCount(props.overall!)} responses in all`,
          })}
        </p>
      </Show>
    </StatCard>
  )
}
