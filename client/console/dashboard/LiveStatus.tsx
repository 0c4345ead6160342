// Whether the dashboard is live (server-sent events), checking now and then (polling) or
// reconnecting, when its data was last updated and when the latest response came in; new
// responses are announced politely to screen readers.
import { Show } from 'solid-js'
import { t } from '../../shared/i18n'
import type { LiveMode } from './live-updates'
import { formatMoment, formatZoned } from './number-format'

const MODES: Record<LiveMode, { id: string; en: string }> = {
  live: { id: 'Langsung', en: 'Live' },
  polling: { id: 'Diperiksa tiap 30 detik', en: 'Checked every 30 seconds' },
  connecting: { id: 'Menghubungkan…', en: 'Connecting…' },
}

export function LiveStatus(props: {
  mode: LiveMode
  updatedAt: Date
  lastResponseAt?: string | null
  /** The region's zone: the latest response's time is told on its clock. */
  timeZone?: string
  news: string
}) {
  return (
    <div class="live-status">
      <p>
        <span class={`live-dot live-${props.mode}`} aria-hidden="true" />
        <strong>{t(MODES[props.mode])}</strong>
        {' · '}
        <span data-updated>
          {t({ id: 'diperbarui', en: 'updated' })} {formatMoment(props.updatedAt)}
        </span>
        <Show when={props.lastResponseAt}>
          {(at) => (
            <>
              {' · '}
              {t({ id: 'tanggapan terakhir', en: 'latest response' })}{' '}
              {props.timeZone ? formatZoned(at(), props.timeZone) : formatMoment(new Date(at()))}
            </>
          )}
        </Show>
      </p>
      <p class="live-news" role="status">
        {props.news}
      </p>
    </div>
  )
}
