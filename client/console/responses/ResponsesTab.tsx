// The "Tanggapan" tab of a program (/programs/:id/responses): every response of the chosen
// questionnaire (or of all of them), filtered like the dashboard, in a table the owner shapes,
// with exclusions and downloads of what is shown. The questionnaire and filters live in the URL,
// shared with the dashboard's.
import { createAsync, useParams } from '@solidjs/router'
import { createMemo, ErrorBoundary, Show, Suspense } from 'solid-js'
import { t } from '../../shared/i18n'
import { listQuestionnaires } from '../api/questionnaires'
import { DashboardProblem } from '../dashboard/DashboardProblem'
import {
  clearedFilters,
  filterQueryFrom,
  questionnaireChanges,
  useDashboardParams,
} from '../dashboard/dashboard-params'
import { chosenQuestionnaire } from '../program/questionnaire-choice'
import { useProgram } from '../program/program-context'
import { QuestionnaireSelect } from '../program/QuestionnaireSelect'
import { Loading } from '../shell/Loading'
import { ResponsesBody } from './ResponsesBody'
import '../dashboard/dashboard.css'
import './responses.css'

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export default function ResponsesTab() {
  const params = useParams<{ id: string }>()
  const [search, setSearch] = useDashboardParams()
  const program = useProgram()
  const questionnaires = createAsync(() => listQuestionnaires(params.id))
  const chosen = () => chosenQuestionnaire(search.questionnaire, questionnaires() ?? [])
  const filters = createMemo(() => filterQueryFrom(search), undefined, { equals: sameJson })

  return (
    <section class="responses" aria-labelledby="responses-title">
      <div class="section-head">
        <h2 id="responses-title">{t({ id: 'Tanggapan warga', en: "Citizens' responses" })}</h2>
      </div>
      <Show when={questionnaires()}>
        <QuestionnaireSelect
          questionnaires={questionnaires()!}
          value={chosen()}
          onChange={(value) => setSearch(questionnaireChanges(search, value))}
        />
        <ErrorBoundary
          fallback={(error, reset) => (
            <DashboardProblem
              error={error}
              reset={reset}
              onClear={() => setSearch({ ...clearedFilters(search), receipt: undefined })}
            />
          )}
        >
          <Suspense fallback={<Loading />}>
            <ResponsesBody
              program={program()}
              questionnaires={questionnaires()!}
              questionnaire={chosen()}
              filters={filters()}
              params={search}
              setParams={setSearch}
            />
          </Suspense>
        </ErrorBoundary>
      </Show>
    </section>
  )
}
