// The response table with everything around it: the dashboard's filters, the status and receipt
// controls, what is selected and how many match, the columns, "exclude every match", the table
// with "load more", and the downloads of the same selection.
import { createAsync } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { zoneName } from '../../../server/domain/calendar'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { getAnalytics } from '../api/analytics'
import type { Program } from '../api/programs'
import type { QuestionnaireSummary } from '../api/questionnaires'
import { getVersion } from '../api/responses'
import {
  clearedFilters,
  type DashboardParams,
  type ParamChanges,
} from '../dashboard/dashboard-params'
import { ActiveFilters } from '../dashboard/filters/ActiveFilters'
import { describeFilters } from '../dashboard/filters/active-filters'
import { FilterPanel } from '../dashboard/filters/FilterPanel'
import { canManageProgram } from '../program/can-manage'
import { publishedQuestionnaires, withQuestionnaire } from '../program/questionnaire-choice'
import { useCurrentUser } from '../shell/current-user'
import { DownloadPanel } from './downloads/DownloadPanel'
import { BulkExclusion } from './exclusion/BulkExclusion'
import { ListControls } from './ListControls'
import { ListSummary } from './ListSummary'
import { cleanReceipt, excludedView, listQuery } from './response-params'
import { allColumns } from './table/columns'
import { ColumnPicker } from './table/ColumnPicker'
import { useColumnChoice } from './table/column-choice'
import { useResponsePages } from './table/response-pages'
import { ResponseTable } from './table/ResponseTable'
import { useVersionDefinitions } from './table/version-definitions'

export function ResponsesBody(props: {
  program: Program
  questionnaires: readonly QuestionnaireSummary[]
  /** The chosen questionnaire's id, or undefined for all of them. */
  questionnaire: string | undefined
  filters: Record<string, string>
  params: DashboardParams
  setParams: (changes: ParamChanges, opts?: { replace?: boolean }) => void
}) {
  const user = useCurrentUser()
  const programId = () => String(props.program.id)
  const selection = () => withQuestionnaire(props.filters, props.questionnaire)
  const analytics = createAsync(() => getAnalytics(programId(), selection()))
  const shown = () =>
    publishedQuestionnaires(props.questionnaires).filter(
      (q) => !props.questionnaire || String(q.id) === props.questionnaire,
    )
  const newest = createAsync(() =>
    Promise.all(shown().map((q) => getVersion(String(q.id), String(q.latestVersion)))),
  )
  const columns = () =>
    allColumns(
      (newest() ?? []).map((v) => v.definition),
      { personal: user().role === 'admin', severalQuestionnaires: !props.questionnaire },
    )
  const choice = useColumnChoice(
    () => (props.questionnaire ? `q${props.questionnaire}` : `p${programId()}`),
    columns,
  )
  const view = () => excludedView(props.params)
  const query = () => listQuery(props.filters, props.params)
  const pages = useResponsePages(() => ({
    from: props.questionnaire
      ? { questionnaireId: props.questionnaire }
      : { programId: programId() },
    query: query(),
  }))
  const definitionOf = useVersionDefinitions(pages.items)
  const [news, setNews] = createSignal('')
  const title = (id: number) => props.questionnaires.find((q) => q.id === id)?.title ?? `#${id}`
  const receipt = () => cleanReceipt(props.params.receipt)
  const chips = () => [
    ...describeFilters(props.filters, analytics()!),
    ...(receipt()
      ? [
          {
            key: 'receipt',
            name: t({ id: 'Tanda terima', en: 'Receipt' }),
            value: receipt()!,
            clears: ['receipt'],
          },
        ]
      : []),
  ]

  return (
    <Show when={analytics()}>
      <FilterPanel
        analytics={analytics()!}
        query={props.filters}
        programYear={props.program.year}
        timeZone={props.program.timeZone}
        onChange={props.setParams}
        onClear={() => props.setParams({ ...clearedFilters(props.params), receipt: undefined })}
      />
      <ListControls view={view()} receipt={receipt()} onChange={props.setParams} />
      <div class="result-line">
        <ActiveFilters
          filters={chips()}
          onRemove={(f) =>
            props.setParams(Object.fromEntries(f.clears.map((key) => [key, undefined])))
          }
        />
      </div>
      <div class="response-toolbar">
        <ColumnPicker
          columns={columns()}
          isShown={choice.isShown}
          onToggle={choice.toggle}
          customised={choice.customised()}
          onReset={choice.reset}
        />
        <Show when={props.questionnaire && canManageProgram(user(), props.program)}>
          <BulkExclusion
            questionnaireId={props.questionnaire!}
            query={query()}
            view={view()}
            matching={receipt() ? undefined : analytics()!.total}
            filtered={Object.keys(props.filters).length > 0 || !!receipt()}
            onDone={(message) => {
              setNews(message)
              void pages.reload()
            }}
          />
        </Show>
      </div>
      <p class="live-news" role="status">
        {news()}
      </p>
      <ListSummary
        shown={pages.items().length}
        more={pages.next() !== null}
        matching={view() === '0' && !receipt() ? analytics()!.total : undefined}
        view={view()}
        loading={pages.loading()}
      />
      <Show when={pages.error()}>{(e) => <ProblemAlert error={e()} />}</Show>
      <Show when={pages.items().length > 0}>
        <ResponseTable
          items={pages.items()}
          columns={choice.visible()}
          definitionOf={definitionOf}
          questionnaireTitle={title}
          timeZone={props.program.timeZone}
          caption={t({ id: 'Tanggapan, terbaru dahulu', en: 'Responses, newest first' })}
        />
      </Show>
      <Show when={pages.next() !== null}>
        <p class="load-more">
          <button
            type="button"
            class="button button-secondary"
            disabled={pages.loading()}
            onClick={() => void pages.more()}
          >
            {t({ id: 'Muat lebih banyak', en: 'Load more' })}
          </button>
        </p>
      </Show>
      <Show
        when={props.questionnaire}
        fallback={
          <p class="muted">
            {t({
              id: 'Pilih satu kuesioner untuk mengunduh tanggapannya: setiap kuesioner punya pertanyaannya sendiri.',
              en: 'Choose one questionnaire to download its responses: each has its own questions.',
            })}
          </p>
        }
      >
        <DownloadPanel
          questionnaireId={props.questionnaire!}
          query={query()}
          zone={zoneName(props.program.timeZone)}
          isAdmin={user().role === 'admin'}
          receiptActive={!!receipt()}
        />
      </Show>
    </Show>
  )
}
