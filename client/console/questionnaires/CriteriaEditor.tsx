// The questionnaire's score criteria: code (what questions refer to), label in both languages and
// weight in the impact score; add, remove and reorder.
import { For, Show } from 'solid-js'
import { Field } from '../../shared/Field'
import { formatNumber, t } from '../../shared/i18n'
import { useBuilder, useFieldError } from './builder-context'
import { focusLater, focusMoveButton } from './focus-later'
import { numberOf } from './number-input'
import { ReorderButtons } from './ReorderButtons'
import { TextPair } from './TextPair'

export function CriteriaEditor() {
  const { editor } = useBuilder()
  const errorAt = useFieldError()
  const criteria = () => editor.draft.criteria
  const total = () =>
    formatNumber(Math.round(criteria().reduce((sum, c) => sum + (c.weight || 0), 0) * 1e4) / 1e4)
  const add = () => {
    editor.edit((d) => {
      let n = d.criteria.length + 1
      while (d.criteria.some((c) => c.code === `kriteria${n}`)) n++
      d.criteria.push({ code: `kriteria${n}`, label: { id: '', en: '' }, weight: 1 })
    })
    focusLater(`criterion-${criteria().length - 1}`)
  }
  const move = (i: number, by: -1 | 1) => {
    editor.edit((d) => void d.criteria.splice(i + by, 0, ...d.criteria.splice(i, 1)))
    focusMoveButton(`criterion-${i + by}`, by)
  }
  return (
    <section class="card builder-card" aria-labelledby="criteria-title">
      <h2 id="criteria-title">{t({ id: 'Kriteria skor dampak', en: 'Impact score criteria' })}</h2>
      <p class="muted">
        {t({
          id: 'Pertanyaan yang dihitung dalam skor merujuk ke salah satu kriteria. Bobot dinormalkan, jadi tidak harus berjumlah 1.',
          en: 'Scored questions refer to one of these criteria. Weights are normalised, so they need not add up to 1.',
        })}
      </p>
      <ol class="criteria-list">
        <For each={criteria()}>
          {(criterion, i) => (
            <li class="option-row">
              <Field label={t({ id: 'Kode', en: 'Code' })} error={errorAt(`criteria.${i()}.code`)}>
                {(c) => (
                  <input
                    {...c}
                    data-focus={`criterion-${i()}`}
                    class="code-input"
                    value={criterion.code}
                    onInput={(e) =>
                      editor.edit((d) => (d.criteria[i()].code = e.currentTarget.value))
                    }
                  />
                )}
              </Field>
              <TextPair
                label={{ id: 'Nama kriteria', en: 'Criterion name' }}
                value={criterion.label}
                required
                path={`criteria.${i()}.label`}
                onChange={(label) => editor.edit((d) => (d.criteria[i()].label = label))}
              />
              <Field
                label={t({ id: 'Bobot', en: 'Weight' })}
                error={errorAt(`criteria.${i()}.weight`)}
              >
                {(c) => (
                  <input
                    {...c}
                    type="number"
                    step="any"
                    min="0"
                    value={criterion.weight}
                    onInput={(e) =>
                      editor.edit((d) => (d.criteria[i()].weight = numberOf(e.currentTarget) ?? 0))
                    }
                  />
                )}
              </Field>
              <ReorderButtons
                name={t({ id: `kriteria ${criterion.code}`, en: `criterion ${criterion.code}` })}
                idPrefix={`criterion-${i()}`}
                canUp={i() > 0}
                canDown={i() < criteria().length - 1}
                onMove={(by) => move(i(), by)}
                onRemove={() => editor.edit((d) => void d.criteria.splice(i(), 1))}
              />
            </li>
          )}
        </For>
      </ol>
      <Show when={criteria().length > 0}>
        <p class="field-hint">
          {t({ id: `Jumlah bobot: ${total()}`, en: `Sum of weights: ${total()}` })}
        </p>
      </Show>
      <button type="button" class="button button-secondary button-small" onClick={add}>
        {t({ id: '+ Tambah kriteria', en: '+ Add a criterion' })}
      </button>
    </section>
  )
}
