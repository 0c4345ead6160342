// One question: its title (marked optional or personal when it is), help, message and control; a
// fieldset with a legend for answer groups, a labelled control otherwise, all tied by ids.
import { Match, Show, Switch } from 'solid-js'
import { ANSWER_MESSAGES } from '../../../server/domain/questionnaire/answer-messages'
import type { AnswerValue, Question } from '../../../server/domain/questionnaire/definition'
import { scaleOf } from '../../../server/domain/questionnaire/scale'
import { lang, t, type Bilingual } from '../../shared/i18n'
import type { ResponseState } from '../response-state'
import { TEXT } from '../texts'
import { ChoiceList, type ChoiceOption } from './ChoiceList'
import { NumberInput, TextInput } from './InputControls'
import { ScaleRow } from './ScaleRow'

/** Longer option lists become a select, so the page stays short on a phone. */
const SELECT_ABOVE = 8

type Kind = 'radios' | 'checkboxes' | 'scale' | 'stars' | 'select' | 'number' | 'text'

function kindOf(q: Question): Kind {
  switch (q.type) {
    case 'likert':
      return q.scale.labels ? 'radios' : 'scale'
    case 'rating':
      return 'stars'
    case 'nps':
      return 'scale'
    case 'single':
    case 'segment':
      return q.options.length > SELECT_ABOVE ? 'select' : 'radios'
    case 'multi':
      return 'checkboxes'
    case 'yesno':
      return 'radios'
    default:
      return q.type
  }
}

/** 'id' on a text shown in Indonesian on an English page (no translation given). */
export const langOf = (text: Bilingual) => (lang() === 'en' && !text.en ? 'id' : undefined)

function optionsOf(q: Question): ChoiceOption[] {
  const choice = (value: string | number, label: Bilingual) => ({
    value,
    label: t(label),
    lang: langOf(label),
  })
  if (q.type === 'yesno') return [choice('yes', TEXT.yes), choice('no', TEXT.no)]
  if (q.type === 'likert') return (q.scale.labels ?? []).map((l, i) => choice(q.scale.min + i, l))
  return 'options' in q ? q.options.map((o) => choice(o.value, o.label)) : []
}

/** A hint under the control: the NPS ends, a number's range, the characters left. */
function extraHint(q: Question, value: unknown): Bilingual | undefined {
  if (q.type === 'nps')
    return {
      id: `${TEXT.npsLow.id}; ${TEXT.npsHigh.id}`,
      en: `${TEXT.npsLow.en}; ${TEXT.npsHigh.en}`,
    }
  if (q.type === 'text')
    return TEXT.charsLeft(q.maxLength - (typeof value === 'string' ? value.length : 0))
  if (q.type !== 'number') return undefined
  if (q.min !== undefined && q.max !== undefined) return TEXT.range(q.min, q.max)
  if (q.min !== undefined) return ANSWER_MESSAGES.atLeast(q.min)
  if (q.max !== undefined) return ANSWER_MESSAGES.atMost(q.max)
}

export function QuestionField(props: { question: Question; state: ResponseState }) {
  const q = props.question
  const s = props.state
  const kind = kindOf(q)
  const id = `f-${q.code}`
  const value = () => s.answers()[q.code]
  const message = () => s.messageOf(q.code)
  const hint = () => extraHint(q, value())
  const describedBy = () =>
    [q.help && `${id}-help`, message() && `${id}-error`, hint() && `${id}-extra`]
      .filter(Boolean)
      .join(' ') || undefined
  const set = (v: AnswerValue) => s.setAnswer(q.code, v)
  const choose = (v: AnswerValue) => {
    set(v)
    s.showMessages([q.code])
  }
  const isGroup = kind !== 'select' && kind !== 'number' && kind !== 'text'
  const singleChoice = isGroup && kind !== 'checkboxes'
  const scale = scaleOf(q) ?? { min: 0, max: 0 }

  const title = () => (
    <>
      <span lang={langOf(q.text)}>{t(q.text)}</span>
      <Show when={!q.required}>
        <span class="q-mark"> ({t(q.personal ? TEXT.personalOptional : TEXT.optional)})</span>
      </Show>
    </>
  )
  const details = () => (
    <>
      <Show when={q.help}>
        {(help) => (
          <p id={`${id}-help`} class="q-hint" lang={langOf(help())}>
            {t(help())}
          </p>
        )}
      </Show>
      <Show when={message()}>
        {(m) => (
          <p id={`${id}-error`} class="q-error">
            {t(m())}
          </p>
        )}
      </Show>
    </>
  )
  const control = () => (
    <Switch>
      <Match when={kind === 'radios' || kind === 'checkboxes'}>
        <ChoiceList
          name={q.code}
          options={optionsOf(q)}
          value={value()}
          multiple={kind === 'checkboxes'}
          inline={q.type === 'yesno'}
          invalid={!!message()}
          onChange={choose}
        />
      </Match>
      <Match when={kind === 'scale' || kind === 'stars'}>
        <ScaleRow
          name={q.code}
          min={scale.min}
          max={scale.max}
          value={value()}
          stars={kind === 'stars'}
          invalid={!!message()}
          pointName={(n) => (kind === 'stars' ? t(TEXT.stars(n, scale.max)) : String(n))}
          onChange={choose}
        />
      </Match>
      <Match when={kind === 'select'}>
        <select
          id={id}
          class="input"
          aria-describedby={describedBy()}
          aria-invalid={!!message() || undefined}
          aria-required={q.required || undefined}
          onChange={(e) => choose(e.currentTarget.value || null)}
        >
          <option value="" selected={value() == null}>
            {t(TEXT.choose)}
          </option>
          {optionsOf(q).map((o) => (
            <option value={String(o.value)} selected={value() === o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      </Match>
      <Match when={q.type === 'number' && q}>
        {(n) => (
          <NumberInput
            id={id}
            value={value()}
            integer={n().integer}
            describedBy={describedBy()}
            invalid={!!message()}
            required={q.required}
            onInput={set}
            onCommit={() => s.showMessages([q.code])}
          />
        )}
      </Match>
      <Match when={q.type === 'text' && q}>
        {(text) => (
          <TextInput
            id={id}
            value={value()}
            maxLength={text().maxLength}
            multiline={text().multiline}
            describedBy={describedBy()}
            invalid={!!message()}
            required={q.required}
            onInput={set}
            onCommit={() => s.showMessages([q.code])}
          />
        )}
      </Match>
    </Switch>
  )
  const after = () => (
    <>
      <Show when={hint()}>
        {(h) => (
          <p id={`${id}-extra`} class="q-hint">
            {t(h())}
          </p>
        )}
      </Show>
      <Show when={singleChoice && !q.required && value() != null}>
        <button type="button" class="link-button" onClick={() => choose(null)}>
          {t(TEXT.clearChoice)}
        </button>
      </Show>
    </>
  )

  return (
    <div class="q" id={`q-${q.code}`} classList={{ 'q-invalid': !!message() }}>
      <Show
        when={isGroup}
        fallback={
          <>
            <label class="q-title" for={id}>
              {title()}
            </label>
            {details()}
            {control()}
            {after()}
          </>
        }
      >
        <fieldset
          role={singleChoice ? 'radiogroup' : undefined}
          aria-describedby={describedBy()}
          aria-invalid={!!message() || undefined}
          aria-required={(singleChoice && q.required) || undefined}
        >
          <legend class="q-title">{title()}</legend>
          {details()}
          {control()}
          {after()}
        </fieldset>
      </Show>
    </div>
  )
}
