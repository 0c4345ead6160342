// One response in full (/responses/:id): where it came from and when, whether it counts, every
// answer in the wording of its version, and for admins and the program's owners the exclusion
// or restoration. Reached from the table, a comment, or a receipt typed anywhere in the console.
import { A, createAsync, useParams } from '@solidjs/router'
import { Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { getProgram } from '../../api/programs'
import { listQuestionnaires } from '../../api/questionnaires'
import { getResponse } from '../../api/responses'
import { canManageProgram } from '../../program/can-manage'
import { useCurrentUser } from '../../shell/current-user'
import { usePageTitle } from '../../shell/page-title'
import { ExclusionPanel } from '../exclusion/ExclusionPanel'
import { AnswerList } from './AnswerList'
import { ResponseFacts } from './ResponseFacts'
import '../../dashboard/dashboard.css'
import '../responses.css'

export default function ResponsePage() {
  const params = useParams<{ id: string }>()
  const user = useCurrentUser()
  const response = createAsync(() => getResponse(params.id))
  const programId = () => response() && String(response()!.programId)
  const program = createAsync(async () => (programId() ? getProgram(programId()!) : undefined))
  const questionnaires = createAsync(async () =>
    programId() ? listQuestionnaires(programId()!) : undefined,
  )
  const title = () => questionnaires()?.find((q) => q.id === response()?.questionnaireId)?.title
  const heading = () =>
    response() ? `${t({ id: 'Tanggapan', en: 'Response' })} ${response()!.receipt}` : undefined
  usePageTitle(heading)
  const backHref = () =>
    `/programs/${programId()}/responses?questionnaire=${response()!.questionnaireId}`

  return (
    <Show when={response() && program()}>
      <article class="response-page">
        <nav aria-label={t({ id: 'Jejak navigasi', en: 'Breadcrumb' })} class="breadcrumb">
          <ol>
            <li>
              <A href="/">{t({ id: 'Program', en: 'Programs' })}</A>
            </li>
            <li>
              <A href={`/programs/${programId()}`}>{program()!.name}</A>
            </li>
            <li>
              <A href={backHref()}>{t({ id: 'Tanggapan', en: 'Responses' })}</A>
            </li>
            <li aria-current="page">{response()!.receipt}</li>
          </ol>
        </nav>
        <header class="page-head">
          <h1>{heading()}</h1>
          <Show when={response()!.excluded}>
            <p class="badge badge-excluded">
              {t({ id: 'Dikecualikan dari perhitungan', en: 'Excluded from the figures' })}
            </p>
          </Show>
        </header>
        <div class="response-layout">
          <div class="response-main">
            <ResponseFacts
              response={response()!}
              program={program()!}
              questionnaireTitle={title()}
            />
            <section class="card" aria-labelledby="answers-title">
              <h2 id="answers-title">{t({ id: 'Jawaban', en: 'Answers' })}</h2>
              <AnswerList questions={response()!.questions} />
            </section>
          </div>
          <Show when={canManageProgram(user(), program())}>
            <ExclusionPanel response={response()!} />
          </Show>
        </div>
        <p>
          <A href={backHref()}>
            {t({ id: '‹ Kembali ke daftar tanggapan', en: '‹ Back to the responses' })}
          </A>
        </p>
      </article>
    </Show>
  )
}
