// The "Dasbor" tab of a program (/programs/:id/dashboard): how the quick win is doing with
// citizens, filtered by the URL's query string and kept live as responses arrive.
import { createAsync, revalidate, useParams } from '@solidjs/router'
import { createMemo, createSignal, ErrorBoundary, Suspense } from 'solid-js'
import { t } from '../../shared/i18n'
import { getAnalytics, getCrosstab, getScore } from '../api/analytics'
import { getProgram } from '../api/programs'
import { Loading } from '../shell/Loading'
import { DashboardBody } from './DashboardBody'
import { DashboardProblem } from './DashboardProblem'
import {
  clearedFilters,
  filterQueryFrom,
  queryStringOf,
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
  const query = createMemo(() => filterQueryFrom(search), undefined, { equals: sameJson })
  const program = createAsync(() => getProgram(params.id))
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
          href={`/programs/${params.id}/print${queryStringOf(search)}`}
        >
          {t({ id: 'Versi cetak / PDF', en: 'Print / PDF version' })}
        </a>
      </div>
      <LiveStatus
        mode={live.mode()}
        updatedAt={live.checkedAt()}
        lastResponseAt={live.summary()?.lastResponseAt}
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
          <DashboardBody
            programId={params.id}
            programYear={program()?.year ?? new Date().getFullYear()}
            query={query()}
            params={search}
            setParams={setSearch}
            overall={live.summary()?.total}
            refresh={refresh()}
          />
        </Suspense>
      </ErrorBoundary>
    </section>
  )
}
