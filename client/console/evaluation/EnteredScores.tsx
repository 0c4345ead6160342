// Baseline, Output and Outcome as the evaluator enters them from the document review; Outcome
// either as one value or per smart-city dimension (then their mean).
import { For, Show } from 'solid-js'
import type { SetStoreFunction } from 'solid-js/store'
import { DIMENSIONS } from '../../../server/domain/reference'
import { t, type Bilingual } from '../../shared/i18n'
import { DecimalField } from './DecimalField'
import { SCORE_HINTS, type ScoreCode } from './evaluation-scores'
import type { ScoreFormValues } from './score-form-values'

const hintOf = (code: ScoreCode) => (SCORE_HINTS[code] ? t(SCORE_HINTS[code]) : undefined)

export function EnteredScores(props: {
  values: ScoreFormValues
  setValues: SetStoreFunction<ScoreFormValues>
  messages: Record<string, Bilingual>
}) {
  const error = (path: string) => (props.messages[path] ? t(props.messages[path]) : undefined)
  return (
    <fieldset class="score-fieldset">
      <legend>
        {t({ id: 'Nilai dari telaah dokumen (0–5)', en: 'Scores from the document review (0–5)' })}
      </legend>
      <div class="form-grid">
        <DecimalField
          label="Baseline"
          name="baseline"
          value={props.values.baseline}
          onInput={(v) => props.setValues('baseline', v)}
          error={error('scores.baseline')}
        />
        <DecimalField
          label="Output"
          name="output"
          hint={hintOf('output')}
          value={props.values.output}
          onInput={(v) => props.setValues('output', v)}
          error={error('scores.output')}
        />
        <Show when={!props.values.perDimension}>
          <DecimalField
            label="Outcome"
            name="outcome"
            hint={hintOf('outcome')}
            value={props.values.outcome}
            onInput={(v) => props.setValues('outcome', v)}
            error={error('scores.outcome')}
          />
        </Show>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={props.values.perDimension}
          onChange={(e) => props.setValues('perDimension', e.currentTarget.checked)}
        />
        {t({ id: 'Isi Outcome per dimensi', en: 'Enter Outcome per dimension' })}
      </label>
      <Show when={props.values.perDimension}>
        <p class="field-hint">
          {t({
            id: 'Outcome = rata-rata nilai dimensi yang diisi.',
            en: 'Outcome = the mean of the dimensions filled in.',
          })}
        </p>
        <div class="form-grid form-grid-narrow">
          <For each={DIMENSIONS}>
            {(d) => (
              <DecimalField
                label={`Outcome ${t(d.name)}`}
                name={`outcome-${d.code}`}
                value={props.values.outcomeByDimension[d.code] ?? ''}
                onInput={(v) => props.setValues('outcomeByDimension', d.code, v)}
                error={error(`outcomeByDimension.${d.code}`)}
              />
            )}
          </For>
        </div>
      </Show>
    </fieldset>
  )
}
