// The year's weights of the five scores (each 0-1, together exactly 1) with their running sum,
// and the citizens' share in a program's combined score.
import { For, Show } from 'solid-js'
import type { SetStoreFunction } from 'solid-js/store'
import { t, type Bilingual } from '../../shared/i18n'
import { DecimalField } from './DecimalField'
import { SCORE_CODES, SCORE_NAMES } from './evaluation-scores'
import { weightSum, type ScoreFormValues } from './score-form-values'
import { formatScore } from './score-format'

export function WeightFields(props: {
  values: ScoreFormValues
  setValues: SetStoreFunction<ScoreFormValues>
  messages: Record<string, Bilingual>
  fromReference: boolean
}) {
  const error = (path: string) => (props.messages[path] ? t(props.messages[path]) : undefined)
  const sum = () => weightSum(props.values)
  const sumIsOne = () => sum() !== null && Math.abs(sum()! - 1) <= 1e-9
  return (
    <fieldset
      class="score-fieldset"
      classList={{ 'field-invalid': !!error('weights') }}
      aria-describedby={error('weights') ? 'weights-sum weights-error' : 'weights-sum'}
    >
      <legend>{t({ id: 'Bobot indeks', en: 'Index weights' })}</legend>
      <p class="field-hint">
        {props.fromReference
          ? t({
              id: 'Bobot acuan nasional; ubah bila tahun ini memakai bobot lain.',
              en: 'The reference weights; change them if this year uses another set.',
            })
          : t({
              id: 'Bobot yang ditetapkan untuk tahun ini.',
              en: 'The weights set for this year.',
            })}
      </p>
      <div class="form-grid form-grid-narrow">
        <For each={SCORE_CODES}>
          {(code) => (
            <DecimalField
              label={t(SCORE_NAMES[code])}
              name={`weight-${code}`}
              value={props.values.weights[code]}
              onInput={(v) => props.setValues('weights', code, v)}
              error={error(`weights.${code}`)}
            />
          )}
        </For>
      </div>
      <p
        id="weights-sum"
        class="weight-sum"
        classList={{ 'weight-sum-off': !sumIsOne() }}
        aria-live="polite"
      >
        {t({ id: 'Jumlah bobot: ', en: 'Sum of the weights: ' })}
        <strong>{sum() === null ? '—' : formatScore(sum(), 2, 4)}</strong>
        <Show when={!sumIsOne()}>{t({ id: ' (harus 1)', en: ' (must be 1)' })}</Show>
      </p>
      <Show when={error('weights')}>
        <p id="weights-error" class="field-error">
          {error('weights')}
        </p>
      </Show>
      <DecimalField
        label={t({
          id: 'Bobot warga dalam skor gabungan program',
          en: "Citizens' weight in a program's combined score",
        })}
        hint={t({
          id: 'Sisanya untuk nilai asesor; 0–1.',
          en: 'The rest goes to the assessor mark; 0–1.',
        })}
        class="citizen-weight"
        name="citizen-weight"
        value={props.values.citizenWeight}
        onInput={(v) => props.setValues('citizenWeight', v)}
        error={error('citizenWeight')}
      />
    </fieldset>
  )
}
