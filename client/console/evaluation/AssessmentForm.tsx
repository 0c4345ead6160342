// The evaluator's own marks on the ten quick-win criteria with notes, saved with PUT; a partial
// set is kept, and the form says how many criteria are still open.
import { createSignal, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { saveAssessment, type Assessment } from '../api/evaluations'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { focusFirstInvalid } from '../forms/focus-first-invalid'
import { createSubmission } from '../forms/submission'
import { CriterionMarks } from './CriterionMarks'
import { FormActions } from '../forms/FormActions'

export function AssessmentForm(props: { programId: string; assessment: Assessment }) {
  const a = () => props.assessment
  const marks = () =>
    Array.from({ length: a().scale.max - a().scale.min + 1 }, (_, i) => a().scale.min + i)
  const [values, setValues] = createStore({
    marks: { ...(a().mine?.marks ?? {}) } as Record<string, number>,
    notes: { ...(a().mine?.notes ?? {}) } as Record<string, string>,
  })
  const [saved, setSaved] = createSignal(false)
  const submission = createSubmission(saveAssessment)
  const errors = () => submission.fieldErrors()
  const markedCount = () => a().criteria.filter((c) => values.marks[c.code] !== undefined).length
  const shownFields = () => a().criteria.flatMap((c) => [`marks.${c.code}`, `notes.${c.code}`])
  let form: HTMLFormElement | undefined

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    setSaved(false)
    const notes = Object.fromEntries(
      Object.entries(values.notes)
        .map(([code, note]) => [code, note.trim()])
        .filter(([, note]) => note !== ''),
    )
    const result = await submission.submit(props.programId, { marks: { ...values.marks }, notes })
    if (result) setSaved(true)
    else focusFirstInvalid(form)
  }

  return (
    <form class="stack assessment-form" onSubmit={onSubmit} novalidate ref={form}>
      <p id="mark-scale" class="field-hint">
        {t({
          id: `Nilai ${a().scale.min} = sangat lemah, ${a().scale.max} = sangat kuat. Panduan di samping tombol menggambarkan nilai 1, 3 dan 5; nilai 2 dan 4 berada di antaranya. Panduan ini teks kerja untuk disesuaikan tim penilai, bukan rumusan resmi.`,
          en: `Mark ${a().scale.min} = very weak, ${a().scale.max} = very strong. The guide beside the buttons describes a 1, a 3 and a 5; a 2 or a 4 lies between them. It is a working text for the assessors to adapt, not official wording.`,
        })}
      </p>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} shownFields={shownFields()} />
      </Show>
      <For each={a().criteria}>
        {(criterion, index) => (
          <CriterionMarks
            index={index()}
            criterion={criterion}
            marks={marks()}
            mark={values.marks[criterion.code]}
            note={values.notes[criterion.code] ?? ''}
            onMark={(mark) => {
              setSaved(false)
              setValues('marks', criterion.code, mark)
            }}
            onNote={(note) => {
              setSaved(false)
              setValues('notes', criterion.code, note)
            }}
            error={errors()[`marks.${criterion.code}`]}
            noteError={errors()[`notes.${criterion.code}`]}
            scaleHintId="mark-scale"
            disagreementPoints={a().disagreementPoints}
          />
        )}
      </For>
      <Field
        label={t({ id: 'Catatan umum (opsional)', en: 'General notes (optional)' })}
        error={errors()['notes.general']}
      >
        {(control) => (
          <textarea
            {...control}
            rows="3"
            maxlength="2000"
            value={values.notes.general ?? ''}
            onInput={(e) => setValues('notes', 'general', e.currentTarget.value)}
          />
        )}
      </Field>
      <p class="muted">
        {t({
          id: `${markedCount()} dari ${a().criteria.length} kriteria dinilai.`,
          en: `${markedCount()} of ${a().criteria.length} criteria marked.`,
        })}
      </p>
      <div role="status" class="status-slot">
        <Show when={saved()}>
          <p class="alert alert-success">
            {t({ id: 'Penilaian disimpan.', en: 'Assessment saved.' })}
          </p>
        </Show>
      </div>
      <FormActions
        pending={submission.pending()}
        submitLabel={{ id: 'Simpan penilaian', en: 'Save the assessment' }}
      />
    </form>
  )
}
