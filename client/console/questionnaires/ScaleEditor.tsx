// The scale of a likert question: lowest and highest point and, optionally, a label for each
// point in both languages (with labels the form shows a labelled list instead of number boxes).
import { Index, Show } from 'solid-js'
import type { QuestionOf, Text } from '../../../server/domain/questionnaire'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { useFieldError } from './builder-context'
import { numberOf } from './number-input'
import { TextPair } from './TextPair'

type Likert = QuestionOf<'likert'>

/** Labels resized to the scale's points, keeping those already written. */
function fitLabels(labels: Text[] | undefined, min: number, max: number): Text[] | undefined {
  if (!labels) return undefined
  const points = Math.max(0, Math.min(max - min + 1, 11))
  return Array.from({ length: points }, (_, i) => labels[i] ?? { id: '', en: '' })
}

export function ScaleEditor(props: {
  question: Likert
  path: string
  change: (edit: (q: Likert) => void) => void
}) {
  const errorAt = useFieldError()
  const scale = () => props.question.scale
  const setBound = (key: 'min' | 'max', value: number | undefined) =>
    props.change((q) => {
      q.scale[key] = value ?? (key === 'min' ? 1 : 5)
      const labels = fitLabels(q.scale.labels, q.scale.min, q.scale.max)
      if (labels) q.scale.labels = labels
    })
  const toggleLabels = (on: boolean) =>
    props.change((q) => {
      if (on) q.scale.labels = fitLabels([], q.scale.min, q.scale.max)
      else delete q.scale.labels
    })
  return (
    <fieldset class="subfields">
      <legend>{t({ id: 'Skala', en: 'Scale' })}</legend>
      <div class="field-row">
        <Field
          label={t({ id: 'Nilai terendah', en: 'Lowest point' })}
          error={errorAt(`${props.path}.scale.min`)}
        >
          {(c) => (
            <input
              {...c}
              type="number"
              step="1"
              value={scale().min}
              onChange={(e) => setBound('min', numberOf(e.currentTarget))}
            />
          )}
        </Field>
        <Field
          label={t({ id: 'Nilai tertinggi', en: 'Highest point' })}
          error={errorAt(`${props.path}.scale.max`)}
        >
          {(c) => (
            <input
              {...c}
              type="number"
              step="1"
              value={scale().max}
              onChange={(e) => setBound('max', numberOf(e.currentTarget))}
            />
          )}
        </Field>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={!!scale().labels}
          onChange={(e) => toggleLabels(e.currentTarget.checked)}
        />
        {t({ id: 'Beri label pada setiap titik', en: 'Label every point' })}
      </label>
      <Show when={errorAt(`${props.path}.scale.labels`)}>
        {(error) => <p class="field-error">{error()}</p>}
      </Show>
      <Show when={scale().labels}>
        <ol class="label-list">
          <Index each={scale().labels}>
            {(label, i) => (
              <li>
                <TextPair
                  label={{
                    id: `Label titik ${scale().min + i}`,
                    en: `Label of point ${scale().min + i}`,
                  }}
                  value={label()}
                  required
                  path={`${props.path}.scale.labels.${i}`}
                  onChange={(next) => props.change((q) => (q.scale.labels![i] = next))}
                />
              </li>
            )}
          </Index>
        </ol>
      </Show>
    </fieldset>
  )
}
