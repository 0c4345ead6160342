// The evaluator's entries for the year: Baseline, Output, Outcome, the Impact and Quick Win
// overrides and the weights, saved together (PUT); the API's field messages show under fields.
import { createEffect, createSignal, on, Show } from 'solid-js'
import { createStore, reconcile, unwrap } from 'solid-js/store'
import { saveEvaluation, type Evaluation } from '../api/evaluations'
import { lang, t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { focusFirstInvalid } from '../forms/focus-first-invalid'
import { createSubmission } from '../forms/submission'
import { EnteredScores } from './EnteredScores'
import { scoreFieldMessages } from './field-messages'
import { OverrideFields } from './OverrideFields'
import {
  evaluationInputOf,
  relocalized,
  scoreValuesOf,
  type LocalIssues,
} from './score-form-values'
import { WeightFields } from './WeightFields'
import { FormActions } from '../forms/FormActions'

export function ScoresForm(props: { evaluation: Evaluation }) {
  const regionId = () => String(props.evaluation.region.id)
  const year = () => String(props.evaluation.year)
  let latest = props.evaluation
  let initial = scoreValuesOf(latest)
  const [values, setValues] = createStore(structuredClone(initial))
  // Numbers follow the language switch ("0,1" / "0.1") unless the evaluator has edited them.
  createEffect(
    on(
      lang,
      () => {
        const fresh = scoreValuesOf(latest)
        setValues(reconcile(relocalized(structuredClone(unwrap(values)), initial, fresh)))
        initial = fresh
      },
      { defer: true },
    ),
  )
  const [local, setLocal] = createSignal<LocalIssues>({})
  const [notice, setNotice] = createSignal<'saved' | 'unchanged'>()
  const submission = createSubmission(saveEvaluation)
  const messages = () => scoreFieldMessages(local(), submission.fieldErrors())
  let form: HTMLFormElement | undefined

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    setNotice(undefined)
    submission.setError(undefined)
    const { input, issues } = evaluationInputOf(values, initial)
    setLocal(issues)
    if (Object.keys(issues).length > 0) return focusFirstInvalid(form)
    if (Object.keys(input).length === 0) return setNotice('unchanged')
    const saved = await submission.submit(regionId(), year(), input)
    if (!saved) return focusFirstInvalid(form)
    latest = saved
    initial = scoreValuesOf(saved)
    setValues(reconcile(structuredClone(initial)))
    setNotice('saved')
  }

  return (
    <section class="card" aria-labelledby="scores-form-title">
      <h2 id="scores-form-title">{t({ id: 'Isi nilai dan bobot', en: 'Scores and weights' })}</h2>
      <form class="stack" onSubmit={onSubmit} novalidate ref={form}>
        <Show when={submission.error()}>
          <ProblemAlert error={submission.error()} shownFields={Object.keys(messages())} />
        </Show>
        <EnteredScores values={values} setValues={setValues} messages={messages()} />
        <div class="override-pair">
          <OverrideFields
            code="impact"
            computed={props.evaluation.sources.impact.computed}
            values={values}
            setValues={setValues}
            messages={messages()}
          />
          <OverrideFields
            code="quickwin"
            computed={props.evaluation.sources.quickwin.computed}
            values={values}
            setValues={setValues}
            messages={messages()}
          />
        </div>
        <WeightFields
          values={values}
          setValues={setValues}
          messages={messages()}
          fromReference={props.evaluation.weightsSource === 'reference'}
        />
        <div role="status" class="status-slot">
          <Show when={notice() === 'saved'}>
            <p class="alert alert-success">
              {t({
                id: 'Nilai disimpan; indeks dihitung ulang.',
                en: 'Saved; the index is recomputed.',
              })}
            </p>
          </Show>
          <Show when={notice() === 'unchanged'}>
            <p class="alert alert-warning">
              {t({ id: 'Tidak ada yang berubah.', en: 'Nothing has changed.' })}
            </p>
          </Show>
        </div>
        <FormActions
          pending={submission.pending()}
          submitLabel={{ id: 'Simpan nilai', en: 'Save the scores' }}
        />
      </form>
    </section>
  )
}
