// The "Dasbor" tab of a program (/programs/:id/dashboard): how the quick win is doing with
// citizens, on one questionnaire (by default the newest published) or all of them, filtered by
// the URL's query string and kept live as responses arrive.
import { A, createAsync, revalidate, useParams } from '@solidjs/router'
import { createMemo, createSignal, ErrorBoundary, Show, Suspense } from 'solid-js'
import { t } from '../../shared/i18n'
import { getAnalytics, getCrosstab, getScore } from '../api/analytics'
import { listQuestionnaires } from '../api/questionnaires'
import {
  ALL_QUESTIONNAIRES,
  chosenQuestionnaire,
  withQuestionnaire,
} from '../program/questionnaire-choice'
import { canManageProgram } from '../program/can-manage'
import { useProgram } from '../program/program-context'
import { useCurrentUser } from '../shell/current-user'
import { QuestionnaireSelect } from '../program/QuestionnaireSelect'
import { Loading } from '../shell/Loading'
import { DashboardBody } from './DashboardBody'
import { DashboardProblem } from './DashboardProblem'
import {
  clearedFilters,
  filterQueryFrom,
  queryStringOf,
  questionnaireChanges,
  useDashboardParams,
} from './dashboard-params'
import { useLiveSummary } from './live-updates'
import { LiveStatus } from './LiveStatus'
import { formatCount } from './number-format'
import './dashboard.css'
import './print.css'

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export default function DashboardPage() {
  const params = useParams<{ id: string }>()
  const [search, setSearch] = useDashboardParams()
  const filters = createMemo(() => filterQueryFrom(search), undefined, { equals: sameJson })
  const program = useProgram()
  const user = useCurrentUser()
  const questionnaires = createAsync(() => listQuestionnaires(params.id))
  const chosen = () => chosenQuestionnaire(search.questionnaire, questionnaires() ?? [])
  const query = createMemo(() => withQuestionnaire(filters(), chosen()), undefined, {
    equals: sameJson,
  })
  const printSearch = () =>
    queryStringOf({ ...search, questionnaire: chosen() ?? ALL_QUESTIONNAIRES })
  const [refresh, setRefresh] = createSignal(0)
  const [news, setNews] = createSignal('')
  const live = useLiveSummary(
    () => params.id,
    (next, previous) => {
      void revalidate([getAnalytics.key, getScore.key, getCrosstab.key])
      setRefresh((n) => n + 1)
      const added = next.total - previous.total
      setNews(
        added > 0
          ? t({
              id: `${formatCount(added)} tanggapan baru masuk.`,
              en: `${formatCount(added)} new responses came in.`,
            })
          : '',
      )
    },
  )

  return (
    <section class="dashboard" aria-labelledby="dashboard-title">
      <div class="section-head dashboard-head">
        <h2 id="dashboard-title">{t({ id: 'Dasbor dampak', en: 'Impact dashboard' })}</h2>
        {/* A full page load: the print view starts from fresh figures, and the router's
            in-app navigation left it blank when every query came from its cache. */}
        <a
          class="button button-secondary no-print"
          rel="external"
          href={`/programs/${params.id}/print${printSearch()}`}
        >
          {t({ id: 'Versi cetak / PDF', en: 'Print / PDF version' })}
        </a>
      </div>
      <Show when={questionnaires()}>
        {(list) => (
          <QuestionnaireSelect
            questionnaires={list()}
            value={chosen()}
            onChange={(value) => setSearch(questionnaireChanges(search, value))}
            hint={t({
              id: 'Semua angka di bawah dihitung dari tanggapan kuesioner ini.',
              en: 'Every figure below counts the responses to this questionnaire.',
            })}
          />
        )}
      </Show>
      <LiveStatus
        mode={live.mode()}
        updatedAt={live.checkedAt()}
        lastResponseAt={live.summary()?.lastResponseAt}
        timeZone={program().timeZone}
        news={news()}
      />
      <ErrorBoundary
        fallback={(error, reset) => (
          <DashboardProblem
            error={error}
            reset={reset}
            onClear={() => setSearch(clearedFilters(search))}
          />
        )}
      >
        <Suspense fallback={<Loading />}>
          <Show when={questionnaires()?.length === 0}>
            <div class="card dashboard-empty">
              <p>
                {t({
                  id: 'Program ini belum punya kuesioner. Dasbor terisi setelah kuesioner diterbitkan dan warga mulai menjawab.',
                  en: 'This program has no questionnaire yet. The dashboard fills once one is published and citizens answer.',
                })}
              </p>
              <Show when={canManageProgram(user(), program())}>
                <A class="button" href={`/programs/${params.id}/questionnaires?new=1`}>
                  {t({ id: 'Buat kuesioner', en: 'Create a questionnaire' })}
                </A>
              </Show>
            </div>
          </Show>
          <Show when={(questionnaires()?.length ?? 0) > 0}>
            <DashboardBody
              programId={params.id}
              programYear={program().year}
              timeZone={program().timeZone}
              query={query()}
              filters={filters()}
              params={search}
              setParams={setSearch}
              refresh={refresh()}
            />
          </Show>
        </Suspense>
      </ErrorBoundary>
    </section>
  )
}
