// The dashboard under its heading: loads analytics and score for the questionnaire and filters of
// the URL, then shows the filters, what they select, the report, the cross-tab and the comments,
// every one of them on that same selection.
import { createAsync, useIsRouting } from '@solidjs/router'
import { Show } from 'solid-js'
import { t } from '../../shared/i18n'
import { getAnalytics, getScore, type DashboardQuery } from '../api/analytics'
import { Breakdown } from './breakdown/Breakdown'
import { CommentsList } from './comments/CommentsList'
import { DashboardReport } from './DashboardReport'
import { clearedFilters, type DashboardParams, type ParamChanges } from './dashboard-params'
import { ActiveFilters } from './filters/ActiveFilters'
import { describeFilters } from './filters/active-filters'
import { FilterPanel } from './filters/FilterPanel'
import { formatCount } from './number-format'
import { SectionLinks } from './SectionLinks'

export function DashboardBody(props: {
  programId: string
  programYear: number
  timeZone: string
  /** The API query: the filters and the chosen questionnaire. */
  query: DashboardQuery
  /** The filters alone (period, link, segments). */
  filters: DashboardQuery
  params: DashboardParams
  setParams: (changes: ParamChanges, opts?: { replace?: boolean }) => void
  refresh: number
}) {
  const analytics = createAsync(() => getAnalytics(props.programId, props.query))
  const score = createAsync(() => getScore(props.programId, props.query))
  const filtered = () => Object.keys(props.filters).length > 0
  // "of N in all": the same questionnaire without the filters.
  const overall = createAsync(async () => {
    if (!filtered()) return undefined
    const { questionnaire } = props.query
    return (await getAnalytics(props.programId, questionnaire ? { questionnaire } : {})).total
  })
  const routing = useIsRouting()
  const removeFilter = (clears: string[]) =>
    props.setParams(Object.fromEntries(clears.map((key) => [key, undefined])))

  return (
    <Show when={analytics() && score()}>
      <FilterPanel
        analytics={analytics()!}
        query={props.filters}
        programYear={props.programYear}
        timeZone={props.timeZone}
        onChange={props.setParams}
        onClear={() => props.setParams(clearedFilters(props.params))}
      />
      <div class="result-line">
        <ActiveFilters
          filters={describeFilters(props.filters, analytics()!)}
          onRemove={(f) => removeFilter(f.clears)}
        />
        <p class="result-count" role="status" data-result-total={analytics()!.total}>
          {routing()
            ? t({ id: 'Memuat…', en: 'Loading…' })
            : t({
                id: `${formatCount(analytics()!.total)} tanggapan`,
                en: `${formatCount(analytics()!.total)} responses`,
              })}
        </p>
      </div>
      <div class="dashboard-report" aria-busy={routing()}>
        <DashboardReport
          analytics={analytics()!}
          score={score()!}
          overall={overall()}
          filtered={filtered()}
          timeZone={props.timeZone}
          links={<SectionLinks />}
        />
        <Breakdown
          programId={props.programId}
          filter={props.query}
          analytics={analytics()!}
          question={props.params.breakdown}
          by={props.params.by}
          onChoose={(changes) => props.setParams(changes, { replace: true })}
        />
        <CommentsList
          programId={props.programId}
          filter={props.query}
          analytics={analytics()!}
          question={props.params.text}
          search={props.params.search}
          timeZone={props.timeZone}
          refresh={props.refresh}
          onChange={(changes) => props.setParams(changes, { replace: true })}
        />
      </div>
    </Show>
  )
}
