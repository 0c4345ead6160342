// Impact or Quick Win: the value the platform computed, and an override that needs a reason
// (the API audits it and keeps the computed value alongside).
import { Show } from 'solid-js'
import type { SetStoreFunction } from 'solid-js/store'
import { Field } from '../../shared/Field'
import { t, type Bilingual } from '../../shared/i18n'
import { DecimalField } from './DecimalField'
import { SCORE_NAMES } from './evaluation-scores'
import type { ScoreFormValues } from './score-form-values'
import { formatScore } from './score-format'

const COMPUTED_FROM: Record<'impact' | 'quickwin', Bilingual> = {
  impact: {
    id: 'rata-rata skor dampak warga per dimensi',
    en: 'mean citizen impact per dimension',
  },
  quickwin: {
    id: 'rata-rata nilai quick win para asesor',
    en: "mean of the assessors' quick-win marks",
  },
}

export function OverrideFields(props: {
  code: 'impact' | 'quickwin'
  computed: number | null
  values: ScoreFormValues
  setValues: SetStoreFunction<ScoreFormValues>
  messages: Record<string, Bilingual>
}) {
  const error = (path: string) => (props.messages[path] ? t(props.messages[path]) : undefined)
  const name = () => t(SCORE_NAMES[props.code])
  return (
    <fieldset class="score-fieldset">
      <legend>{name()}</legend>
      <p>
        {t({ id: 'Nilai hitungan: ', en: 'Computed value: ' })}
        <strong>{formatScore(props.computed)}</strong>{' '}
        <span class="muted">({t(COMPUTED_FROM[props.code])})</span>
      </p>
      <label class="check">
        <input
          type="checkbox"
          name={`override-${props.code}`}
          checked={props.values.override[props.code]}
          onChange={(e) => props.setValues('override', props.code, e.currentTarget.checked)}
        />
        {t({ id: `Ganti nilai ${name()} hitungan`, en: `Override the computed ${name()}` })}
      </label>
      <Show when={props.values.override[props.code]}>
        <div class="form-grid">
          <DecimalField
            label={t({ id: `Nilai ${name()} pengganti (0–5)`, en: `${name()} override (0–5)` })}
            name={props.code}
            value={props.values[props.code]}
            onInput={(v) => props.setValues(props.code, v)}
            error={error(`scores.${props.code}`)}
          />
          <Field
            label={t({ id: 'Alasan penggantian', en: 'Reason for the override' })}
            hint={t({
              id: 'Wajib; tercatat di log audit.',
              en: 'Required; kept in the audit log.',
            })}
            error={error(`reasons.${props.code}`)}
            required
            class="wide"
          >
            {(control) => (
              <textarea
                {...control}
                name={`reason-${props.code}`}
                rows="2"
                maxlength="2000"
                value={props.values.reasons[props.code]}
                onInput={(e) => props.setValues('reasons', props.code, e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
      </Show>
    </fieldset>
  )
}
