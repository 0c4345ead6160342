// How many responses the table shows and, for counted responses, how many match in all (the
// count the figures use); a polite status, so screen readers hear the list change.
import { Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { formatCount } from '../dashboard/number-format'
import type { ExcludedView } from './response-params'

export function ListSummary(props: {
  shown: number
  more: boolean
  /** Counted responses matching the filters (known for the counted view). */
  matching?: number
  view: ExcludedView
  loading: boolean
}) {
  const which = () =>
    props.view === '1'
      ? t({ id: 'yang dikecualikan', en: 'excluded' })
      : props.view === 'all'
        ? t({ id: 'dihitung dan dikecualikan', en: 'counted and excluded' })
        : t({ id: 'yang dihitung', en: 'counted' })
  return (
    <p class="result-count list-summary" role="status" data-matching={props.matching}>
      <Show
        when={!props.loading || props.shown > 0}
        fallback={t({ id: 'Memuat tanggapan…', en: 'Loading responses…' })}
      >
        <Show
          when={props.shown > 0}
          fallback={t({
            id: `Tidak ada tanggapan ${which()} yang cocok.`,
            en: `No ${which()} responses match.`,
          })}
        >
          <Show
            when={props.matching !== undefined}
            fallback={t({
              id: `Menampilkan ${formatCount(props.shown)} tanggapan ${which()}${props.more ? ', ada lagi' : ''}, terbaru dahulu.`,
              en: `Showing ${formatCount(props.shown)} ${which()} responses${props.more ? ', more to load' : ''}, newest first.`,
            })}
          >
            {t({
              id: `Menampilkan ${formatCount(props.shown)} dari ${formatCount(props.matching!)} tanggapan yang dihitung, terbaru dahulu.`,
              en: `Showing ${formatCount(props.shown)} of ${formatCount(props.matching!)} counted responses, newest first.`,
            })}
          </Show>
        </Show>
      </Show>
    </p>
  )
}
