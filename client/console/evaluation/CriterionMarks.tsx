// One quick-win criterion in the assessor's form: what the criterion judges, a 1-5 radio group (a
// fieldset, so the legend names the group and arrow keys move between marks) with what a 1, a 3
// and a 5 look like beside it, the assessors' mean and spread (flagged when they disagree), and a
// notes field.
import { createUniqueId, For, Show } from 'solid-js'
import type { Assessment } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { DisagreementFlag, spreadText } from './MarkSpread'
import { formatScore } from './score-format'

type Criterion = Assessment['criteria'][number]
const GUIDED = ['1', '3', '5'] as const

export function CriterionMarks(props: {
  index: number
  criterion: Criterion
  marks: readonly number[]
  mark: number | undefined
  note: string
  onMark: (mark: number) => void
  onNote: (note: string) => void
  error?: string
  noteError?: string
  scaleHintId: string
  disagreementPoints: number
}) {
  const id = createUniqueId()
  const c = () => props.criterion
  const describedBy = () =>
    [`${id}-definition`, props.scaleHintId, `${id}-mean`, props.error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ')
  const levelId = (mark: number) =>
    (GUIDED as readonly string[]).includes(String(mark)) ? `${id}-level-${mark}` : undefined
  return (
    <fieldset
      class="criterion"
      classList={{ 'field-invalid': !!props.error }}
      aria-describedby={describedBy()}
      data-criterion={c().code}
    >
      <legend>
        {props.index + 1}. {t(c().name)}
      </legend>
      <p id={`${id}-definition`} class="criterion-definition">
        {t(c().definition)}
      </p>
      <div class="criterion-scale">
        <div class="mark-options">
          <For each={props.marks}>
            {(mark) => (
              <label class="mark-option">
                <input
                  type="radio"
                  name={`mark-${c().code}`}
                  value={mark}
                  checked={props.mark === mark}
                  aria-describedby={levelId(mark)}
                  onChange={() => props.onMark(mark)}
                />
                <span>{mark}</span>
              </label>
            )}
          </For>
        </div>
        <dl class="mark-guide">
          <For each={GUIDED}>
            {(level) => (
              <div classList={{ chosen: String(props.mark) === level }}>
                <dt>{level}</dt>
                <dd id={`${id}-level-${level}`}>{t(c().levels[level])}</dd>
              </div>
            )}
          </For>
        </dl>
      </div>
      <p id={`${id}-mean`} class="criterion-mean">
        <Show
          when={c().spread}
          fallback={t({ id: 'Belum ada nilai asesor.', en: 'No assessor marks yet.' })}
        >
          {(spread) => (
            <>
              {t({
                id: `Rata-rata asesor: ${formatScore(c().mean)} (${c().n} asesor)`,
                en: `Assessors' mean: ${formatScore(c().mean)} (${c().n} assessor${c().n === 1 ? '' : 's'})`,
              })}
              <Show when={spread().n > 1}>{`; ${spreadText(spread())}`}</Show>
              <Show when={spread().disagreement}>
                {' '}
                <DisagreementFlag points={props.disagreementPoints} />
              </Show>
            </>
          )}
        </Show>
      </p>
      <Show when={props.error}>
        <p id={`${id}-error`} class="field-error">
          {props.error}
        </p>
      </Show>
      <div class="field" classList={{ 'field-invalid': !!props.noteError }}>
        <label for={`${id}-note`}>{t({ id: 'Catatan (opsional)', en: 'Notes (optional)' })}</label>
        <textarea
          id={`${id}-note`}
          name={`note-${c().code}`}
          rows="2"
          maxlength="2000"
          value={props.note}
          aria-invalid={props.noteError ? true : undefined}
          aria-describedby={props.noteError ? `${id}-note-error` : undefined}
          onInput={(e) => props.onNote(e.currentTarget.value)}
        />
        <Show when={props.noteError}>
          <p id={`${id}-note-error`} class="field-error">
            {props.noteError}
          </p>
        </Show>
      </div>
    </fieldset>
  )
}
