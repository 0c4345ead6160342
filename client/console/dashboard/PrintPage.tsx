// The print view of a program's dashboard (/programs/:id/print?filters): a clean page for a
// meeting with the program, the active filters, the cards and every chart; "Cetak" prints it
// or saves it as PDF through the browser.
import { A, createAsync, useParams, useSearchParams } from '@solidjs/router'
import { createMemo, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { getAnalytics, getScore } from '../api/analytics'
import { getProgram } from '../api/programs'
import { usePageTitle } from '../shell/page-title'
import { DashboardReport } from './DashboardReport'
import { filterQueryFrom, queryStringOf, type DashboardParams } from './dashboard-params'
import { ActiveFilters } from './filters/ActiveFilters'
import { describeFilters } from './filters/active-filters'
import { formatMoment } from './number-format'
import './dashboard.css'
import './print.css'

export default function PrintPage() {
  const params = useParams<{ id: string }>()
  const [search] = useSearchParams<DashboardParams>()
  const query = createMemo(() => filterQueryFrom(search))
  const program = createAsync(() => getProgram(params.id))
  const analytics = createAsync(() => getAnalytics(params.id, query()))
  const score = createAsync(() => getScore(params.id, query()))
  const printedAt = new Date()
  usePageTitle(() =>
    program()
      ? `${t({ id: 'Cetak dasbor', en: 'Print dashboard' })}: ${program()!.name}`
      : undefined,
  )

  return (
    <Show when={program() && analytics() && score()}>
      <article class="print-page dashboard">
        <div class="print-actions no-print">
          <A href={`/programs/${params.id}/dashboard${queryStringOf(search)}`}>
            {t({ id: '‹ Kembali ke dasbor', en: '‹ Back to the dashboard' })}
          </A>
          <button type="button" class="button" onClick={() => window.print()}>
            {t({ id: 'Cetak', en: 'Print' })}
          </button>
        </div>
        <header class="print-head">
          <p class="muted">
            {t({ id: 'Dasbor dampak quick win', en: 'Quick-win impact dashboard' })}
          </p>
          <h1>{program()!.name}</h1>
          <p>
            {program()!.agencyName} ({program()!.agencyCode}) · {program()!.year}
          </p>
          <ActiveFilters filters={describeFilters(query(), analytics()!)} />
          <p class="muted">
            {t({ id: 'Dicetak', en: 'Printed' })} {formatMoment(printedAt, new Date(0))}
          </p>
        </header>
        {/* The figures' headings are h3, as under the dashboard tab's h2. */}
        <h2 class="visually-hidden">{t({ id: 'Dasbor dampak', en: 'Impact dashboard' })}</h2>
        <DashboardReport
          analytics={analytics()!}
          score={score()!}
          filtered={Object.keys(query()).length > 0}
        />
      </article>
    </Show>
  )
}
