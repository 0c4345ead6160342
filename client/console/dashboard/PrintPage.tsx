// The print view of a program's dashboard (/programs/:id/print?questionnaire&filters&choices): a
// clean page for a meeting with what the dashboard shows: the program, the questionnaire, the
// active filters, the cards, every chart, the cross-tab the owner set up and the first page of
// comments. "Cetak" prints it or saves it as PDF through the browser.
import { A, createAsync, useParams, useSearchParams } from '@solidjs/router'
import { createMemo, Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { getAnalytics, getScore } from '../api/analytics'
import { getProgram } from '../api/programs'
import { listQuestionnaires } from '../api/questionnaires'
import { chosenQuestionnaire, withQuestionnaire } from '../program/questionnaire-choice'
import { usePageTitle } from '../shell/page-title'
import { crosstabChoice } from './breakdown/crosstab-choices'
import { CrosstabView } from './breakdown/CrosstabView'
import { PrintComments } from './comments/PrintComments'
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
  const filters = createMemo(() => filterQueryFrom(search))
  const program = createAsync(() => getProgram(params.id))
  const questionnaires = createAsync(() => listQuestionnaires(params.id))
  const chosen = () => chosenQuestionnaire(search.questionnaire, questionnaires() ?? [])
  const title = () => questionnaires()?.find((q) => String(q.id) === chosen())?.title
  const query = () => withQuestionnaire(filters(), chosen())
  const analytics = createAsync(async () =>
    questionnaires() ? getAnalytics(params.id, query()) : undefined,
  )
  const score = createAsync(async () =>
    questionnaires() ? getScore(params.id, query()) : undefined,
  )
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
          <p data-print-questionnaire>
            {t({ id: 'Kuesioner:', en: 'Questionnaire:' })}{' '}
            <strong>
              {title() ??
                t({ id: 'semua kuesioner program', en: "all the program's questionnaires" })}
            </strong>
          </p>
          <ActiveFilters filters={describeFilters(filters(), analytics()!)} />
          <p class="muted">
            {t({ id: 'Dicetak', en: 'Printed' })} {formatMoment(printedAt, new Date(0))}
          </p>
        </header>
        {/* The figures' headings are h3, as under the dashboard tab's h2. */}
        <h2 class="visually-hidden">{t({ id: 'Dasbor dampak', en: 'Impact dashboard' })}</h2>
        <DashboardReport
          analytics={analytics()!}
          score={score()!}
          filtered={Object.keys(filters()).length > 0}
          timeZone={program()!.timeZone}
        />
        <Show when={analytics()!.questions.length > 1}>
          <section class="dashboard-section breakdown" aria-labelledby="breakdown-title">
            <h3 id="breakdown-title">{t({ id: 'Tabulasi silang', en: 'Cross-tabulation' })}</h3>
            <div class="card">
              <CrosstabView
                programId={params.id}
                filter={query()}
                choice={crosstabChoice(analytics()!, {
                  question: search.breakdown,
                  by: search.by,
                })}
              />
            </div>
          </section>
        </Show>
        <PrintComments
          programId={params.id}
          filter={query()}
          analytics={analytics()!}
          question={search.text}
          search={search.search}
          timeZone={program()!.timeZone}
        />
      </article>
    </Show>
  )
}
