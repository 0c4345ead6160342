// A question's part in the impact score: which criterion it measures, whether its scale is
// reversed (a high answer is a bad outcome), and its weight within the criterion.
import { Show } from 'solid-js'
import type { Criterion, ScoreRole } from '../../../server/domain/questionnaire'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { Options } from '../forms/Options'
import { useFieldError } from './builder-context'
import { numberOf } from './number-input'

export function ScoreEditor(props: {
  score: ScoreRole | undefined
  criteria: readonly Criterion[]
  path: string
  onChange: (next: ScoreRole | undefined) => void
}) {
  const errorAt = useFieldError()
  const update = (changes: Partial<ScoreRole>) => {
    const next: Record<string, unknown> = { ...props.score!, ...changes }
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key]
    props.onChange(next as ScoreRole)
  }
  const scored = (on: boolean) =>
    props.onChange(on ? { criterion: props.criteria[0]?.code ?? '' } : undefined)
  return (
    <fieldset class="subfields">
      <legend>{t({ id: 'Skor dampak', en: 'Impact score' })}</legend>
      <Show when={errorAt(`${props.path}.score`)}>
        {(error) => <p class="field-error">{error()}</p>}
      </Show>
      <label class="check">
        <input
          type="checkbox"
          checked={!!props.score}
          disabled={!props.score && props.criteria.length === 0}
          onChange={(e) => scored(e.currentTarget.checked)}
        />
        {t({ id: 'Hitung dalam skor dampak', en: 'Count in the impact score' })}
      </label>
      <Show when={!props.score && props.criteria.length === 0}>
        <p class="field-hint">
          {t({
            id: 'Tambahkan kriteria skor di bawah terlebih dahulu.',
            en: 'Add a score criterion below first.',
          })}
        </p>
      </Show>
      <Show when={props.score}>
        {(score) => (
          <div class="field-row">
            <Field
              label={t({ id: 'Kriteria', en: 'Criterion' })}
              error={errorAt(`${props.path}.score.criterion`)}
            >
              {(c) => (
                <select {...c} onChange={(e) => update({ criterion: e.currentTarget.value })}>
                  <Show when={!props.criteria.some((k) => k.code === score().criterion)}>
                    <option value="" selected>
                      {score().criterion || t({ id: 'Pilih…', en: 'Choose…' })}
                    </option>
                  </Show>
                  <Options
                    items={props.criteria}
                    value={score().criterion}
                    key={(k) => k.code}
                    label={(k) => `${t(k.label) || k.code} (${k.code})`}
                  />
                </select>
              )}
            </Field>
            <Field
              label={t({ id: 'Bobot dalam kriteria', en: 'Weight within the criterion' })}
              hint={t({ id: 'Kosong = 1', en: 'Blank = 1' })}
              error={errorAt(`${props.path}.score.weight`)}
            >
              {(c) => (
                <input
                  {...c}
                  type="number"
                  step="any"
                  min="0"
                  value={score().weight ?? ''}
                  onInput={(e) => update({ weight: numberOf(e.currentTarget) })}
                />
              )}
            </Field>
            <label class="check">
              <input
                type="checkbox"
                checked={!!score().reverse}
                onChange={(e) => update({ reverse: e.currentTarget.checked || undefined })}
              />
              {t({
                id: 'Skala terbalik (nilai tinggi berarti buruk)',
                en: 'Reversed (a high answer is a bad outcome)',
              })}
            </label>
          </div>
        )}
      </Show>
    </fieldset>
  )
}
