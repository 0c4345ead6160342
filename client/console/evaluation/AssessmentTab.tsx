// The program's "Penilaian" tab: the quick-win mark from the assessors' marks on the ten
// criteria; evaluators record their own marks, owners and admins read the means.
import { A, createAsync, useParams } from '@solidjs/router'
import { Show } from 'solid-js'
import { getAssessment } from '../api/evaluations'
import { getProgram } from '../api/programs'
import { t } from '../../shared/i18n'
import { useCurrentUser } from '../shell/current-user'
import { AssessmentForm } from './AssessmentForm'
import { AssessorMarksTable } from './AssessorMarksTable'
import { AssessorMeans } from './AssessorMeans'
import { DisagreementSummary } from './DisagreementSummary'
import { QuickwinMark } from './QuickwinMark'
import './evaluation.css'

export default function AssessmentTab() {
  const params = useParams<{ id: string }>()
  const user = useCurrentUser()
  const assessment = createAsync(() => getAssessment(params.id))
  const program = createAsync(() => getProgram(params.id))
  const canMark = () => user().role === 'evaluator'

  return (
    <Show when={assessment()}>
      {(a) => (
        <section aria-labelledby="assessment-title" class="assessment">
          <div class="section-head">
            <h2 id="assessment-title">
              {t({ id: 'Penilaian quick win', en: 'Quick-win assessment' })}
            </h2>
            <Show when={program() && user().role !== 'owner'}>
              <A
                class="button button-quiet"
                href={`/evaluations/${program()!.regionId}/${program()!.year}`}
              >
                {t({ id: `Evaluasi ${program()!.year}`, en: `${program()!.year} evaluation` })}
              </A>
            </Show>
          </div>
          <QuickwinMark assessment={a()} />
          <DisagreementSummary assessment={a()} />
          <Show
            when={canMark()}
            fallback={
              <>
                <p class="muted">
                  {t({
                    id: 'Hanya evaluator wilayah ini yang memberi nilai; Anda dapat membacanya.',
                    en: "Only the region's evaluators mark programs; you can read the marks.",
                  })}
                </p>
                <AssessorMeans assessment={a()} />
                <AssessorMarksTable assessment={a()} />
              </>
            }
          >
            <Show when={`${params.id}`} keyed>
              {(id) => <AssessmentForm programId={id} assessment={a()} />}
            </Show>
            <AssessorMarksTable assessment={a()} />
          </Show>
        </section>
      )}
    </Show>
  )
}
