// Everything about one question: code, type, texts and help in both languages, required and
// personal flags, answer settings, display logic and score role, with each problem at its field.
import { For, Show } from 'solid-js'
import {
  QUESTION_TYPES,
  SCORABLE_TYPES,
  type Question,
  type QuestionType,
} from '../../../server/domain/questionnaire'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { AnswerSettings } from './AnswerSettings'
import { useBuilder, useFieldError } from './builder-context'
import { ConditionEditor } from './ConditionEditor'
import { messageText } from '../../shared/message-text'
import { TYPE_LABELS, withType } from './question-types'
import { ScoreEditor } from './ScoreEditor'
import { TextPair } from './TextPair'

/** Problems that have a field of their own in this editor (the rest are listed at the end). */
const SHOWN =
  /^(code|type|text|help|scale|options|min|max|maxLength|minSelect|maxSelect|showIf|score)(\.|$)/

export function QuestionEditor(props: {
  question: Question
  path: string
  idPrefix: string
  earlier: Question[]
  change: (edit: (q: Question) => void) => void
}) {
  const { editor } = useBuilder()
  const errorAt = useFieldError()
  const q = () => props.question
  const setType = (type: QuestionType) =>
    props.change((x) => {
      const next = withType(x, type)
      for (const key of Object.keys(x)) delete (x as Record<string, unknown>)[key]
      Object.assign(x, next)
    })
  const others = () =>
    editor
      .issues()
      .under(props.path)
      .filter((i) => !SHOWN.test(i.path.slice(props.path.length + 1)))
  return (
    <div class="question-editor">
      <div class="field-row">
        <Field
          label={t({ id: 'Kode', en: 'Code' })}
          required
          hint={t({
            id: 'Kunci jawaban; jangan diubah setelah terbit.',
            en: 'Keys the answers; keep it after publishing.',
          })}
          error={errorAt(`${props.path}.code`)}
        >
          {(c) => (
            <input
              {...c}
              class="code-input"
              autocomplete="off"
              value={q().code}
              onInput={(e) => props.change((x) => (x.code = e.currentTarget.value))}
            />
          )}
        </Field>
        <Field
          label={t({ id: 'Jenis pertanyaan', en: 'Question type' })}
          error={errorAt(`${props.path}.type`)}
        >
          {(c) => (
            <select {...c} onChange={(e) => setType(e.currentTarget.value as QuestionType)}>
              <For each={QUESTION_TYPES}>
                {(type) => (
                  <option value={type} selected={q().type === type}>
                    {t(TYPE_LABELS[type])}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </div>
      <TextPair
        label={{ id: 'Teks pertanyaan', en: 'Question text' }}
        value={q().text}
        required
        multiline
        path={`${props.path}.text`}
        focusKey={`${props.idPrefix}-text`}
        onChange={(text) => props.change((x) => (x.text = text))}
      />
      <TextPair
        label={{ id: 'Petunjuk', en: 'Help' }}
        value={q().help}
        path={`${props.path}.help`}
        hint={t({
          id: 'Opsional, tampil di bawah pertanyaan.',
          en: 'Optional, shown under the question.',
        })}
        onChange={(help) => props.change((x) => (x.help = help))}
      />
      <div class="choice-row">
        <label class="check">
          <input
            type="checkbox"
            data-path={`${props.path}.required`}
            checked={q().required}
            onChange={(e) => props.change((x) => (x.required = e.currentTarget.checked))}
          />
          {t({ id: 'Wajib dijawab', en: 'Answer required' })}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={!!q().personal}
            onChange={(e) =>
              props.change((x) =>
                e.currentTarget.checked ? (x.personal = true) : delete x.personal,
              )
            }
          />
          {t({
            id: 'Data pribadi (nama, kontak; tidak ikut ekspor anonim)',
            en: 'Personal data (name, contact; left out of anonymised exports)',
          })}
        </label>
      </div>
      <AnswerSettings
        question={q()}
        path={props.path}
        idPrefix={props.idPrefix}
        change={props.change}
      />
      <ConditionEditor
        condition={q().showIf}
        earlier={props.earlier}
        path={`${props.path}.showIf`}
        idPrefix={props.idPrefix}
        onChange={(next) => props.change((x) => (next ? (x.showIf = next) : delete x.showIf))}
      />
      <Show when={SCORABLE_TYPES.includes(q().type) || q().score}>
        <ScoreEditor
          score={q().score}
          criteria={editor.draft.criteria}
          path={props.path}
          onChange={(next) => props.change((x) => (next ? (x.score = next) : delete x.score))}
        />
      </Show>
      <Show when={others().length > 0}>
        <ul class="field-error">
          <For each={others()}>{(issue) => <li>{messageText(issue)}</li>}</For>
        </ul>
      </Show>
    </div>
  )
}
