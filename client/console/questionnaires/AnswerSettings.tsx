// The answer settings that depend on a question's type: options, the likert scale, the number of
// stars, a number's range, a text's length, how many choices a multi-choice question takes.
import { Match, Switch } from 'solid-js'
import type { Question, QuestionOf } from '../../../server/domain/questionnaire'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { useFieldError } from './builder-context'
import { numberOf } from './number-input'
import { OptionsEditor } from './OptionsEditor'
import { ScaleEditor } from './ScaleEditor'

const STARS = [3, 4, 5, 6, 7, 8, 9, 10]
type Loose = Record<string, unknown>

export function AnswerSettings(props: {
  question: Question
  path: string
  idPrefix: string
  change: (edit: (q: Question) => void) => void
}) {
  const errorAt = useFieldError()
  const q = () => props.question
  const as = <T extends Question['type']>(type: T) =>
    (q().type === type ? q() : undefined) as QuestionOf<T> | undefined
  /** Edits the question as the type it has in this branch. */
  const changeAs =
    <T extends Question['type']>(_type: T) =>
    (edit: (q: QuestionOf<T>) => void) =>
      props.change((x) => edit(x as QuestionOf<T>))
  const numberField = (label: { id: string; en: string }, key: string, integer = true) => (
    <Field label={t(label)} error={errorAt(`${props.path}.${key}`)}>
      {(c) => (
        <input
          {...c}
          type="number"
          step={integer ? '1' : 'any'}
          value={((q() as unknown as Loose)[key] as number | undefined) ?? ''}
          onInput={(e) => {
            const value = numberOf(e.currentTarget)
            props.change((x) => {
              const loose = x as unknown as Loose
              if (value === undefined) delete loose[key]
              else loose[key] = value
            })
          }}
        />
      )}
    </Field>
  )
  return (
    <Switch>
      <Match when={'options' in q() && q()}>
        {(choice) => (
          <>
            <OptionsEditor
              options={(choice() as QuestionOf<'single'>).options}
              path={props.path}
              idPrefix={props.idPrefix}
              change={(edit) => changeAs('single')((x) => edit(x.options))}
            />
            {q().type === 'multi' && (
              <div class="field-row">
                {numberField({ id: 'Paling sedikit dipilih', en: 'Choose at least' }, 'minSelect')}
                {numberField({ id: 'Paling banyak dipilih', en: 'Choose at most' }, 'maxSelect')}
              </div>
            )}
          </>
        )}
      </Match>
      <Match when={as('likert')}>
        {(likert) => (
          <ScaleEditor question={likert()} path={props.path} change={changeAs('likert')} />
        )}
      </Match>
      <Match when={as('rating')}>
        {(rating) => (
          <Field
            label={t({ id: 'Jumlah bintang', en: 'Number of stars' })}
            error={errorAt(`${props.path}.scale.max`)}
          >
            {(c) => (
              <select
                {...c}
                onChange={(e) => {
                  const max = Number(e.currentTarget.value)
                  changeAs('rating')((x) =>
                    max === 5 ? delete x.scale : (x.scale = { min: 1, max }),
                  )
                }}
              >
                {STARS.map((n) => (
                  <option value={n} selected={(rating().scale?.max ?? 5) === n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </Match>
      <Match when={as('number')}>
        {(number) => (
          <div class="field-row">
            {numberField({ id: 'Nilai minimum', en: 'Minimum' }, 'min', false)}
            {numberField({ id: 'Nilai maksimum', en: 'Maximum' }, 'max', false)}
            <label class="check">
              <input
                type="checkbox"
                checked={!!number().integer}
                onChange={(e) =>
                  changeAs('number')((x) => (x.integer = e.currentTarget.checked || undefined))
                }
              />
              {t({ id: 'Hanya bilangan bulat', en: 'Whole numbers only' })}
            </label>
          </div>
        )}
      </Match>
      <Match when={as('text')}>
        {(text) => (
          <div class="field-row">
            {numberField(
              { id: 'Panjang maksimum (karakter)', en: 'Maximum length (characters)' },
              'maxLength',
            )}
            <label class="check">
              <input
                type="checkbox"
                checked={!!text().multiline}
                onChange={(e) =>
                  changeAs('text')((x) => (x.multiline = e.currentTarget.checked || undefined))
                }
              />
              {t({ id: 'Kotak teks beberapa baris', en: 'Several lines' })}
            </label>
          </div>
        )}
      </Match>
    </Switch>
  )
}
