// A question's display logic without JSON: always shown, or shown only when rules on earlier
// answers hold, joined by "dan" (all) or "atau" (any). Nested groups from templates are shown in
// words and can be removed.
import { createMemo, Index, Show } from 'solid-js'
import type { Condition, Question } from '../../../server/domain/questionnaire'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { conditionOf, firstRule, rulesOf, type Join, type Rule } from './condition-model'
import { describeCondition } from './condition-text'
import { ConditionRule } from './ConditionRule'
import { copyOf } from './draft-operations'
import { focusLater } from './focus-later'

export function ConditionEditor(props: {
  condition: Condition | undefined
  earlier: Question[]
  path: string
  idPrefix: string
  onChange: (next: Condition | undefined) => void
}) {
  const parsed = createMemo(() => rulesOf(props.condition))
  const rules = () => parsed()?.rules ?? []
  const join = () => parsed()?.join ?? 'and'
  const set = (nextJoin: Join, nextRules: Rule[]) => {
    const next = conditionOf(nextJoin, nextRules)
    props.onChange(next && copyOf(next))
  }
  const rulePath = (i: number) =>
    props.condition && 'conditions' in props.condition
      ? `${props.path}.conditions.${i}`
      : props.path
  const addRule = () => {
    const last = props.earlier[props.earlier.length - 1]
    set(join(), [...rules(), firstRule(last)])
    focusLater(`${props.idPrefix}-rule-${rules().length - 1}`)
  }
  const name = `${props.idPrefix}-shown`

  return (
    <fieldset class="subfields">
      <legend>
        {t({ id: 'Kapan pertanyaan ini ditampilkan', en: 'When this question is shown' })}
      </legend>
      <Show
        when={props.earlier.length > 0 || props.condition}
        fallback={
          <p class="muted">
            {t({
              id: 'Selalu ditampilkan (belum ada pertanyaan sebelumnya untuk dijadikan syarat).',
              en: 'Always shown (no earlier question to base a rule on).',
            })}
          </p>
        }
      >
        <div class="choice-row" role="radiogroup" aria-label={t({ id: 'Tampilkan', en: 'Show' })}>
          <label class="check">
            <input
              type="radio"
              name={name}
              checked={!props.condition}
              onChange={() => props.onChange(undefined)}
            />
            {t({ id: 'Selalu', en: 'Always' })}
          </label>
          <label class="check">
            <input
              type="radio"
              name={name}
              checked={!!props.condition}
              disabled={props.earlier.length === 0}
              onChange={addRule}
            />
            {t({ id: 'Hanya jika…', en: 'Only if…' })}
          </label>
        </div>
        <Show when={parsed() === null && props.condition}>
          {(condition) => (
            <p class="alert alert-warning">
              {t({ id: 'Syarat bertingkat: ', en: 'Nested condition: ' })}
              <strong>{describeCondition(condition(), props.earlier)}</strong>
            </p>
          )}
        </Show>
        <Show when={rules().length > 1}>
          <Field label={t({ id: 'Gabungkan syarat dengan', en: 'Combine the rules with' })}>
            {(c) => (
              <select {...c} onChange={(e) => set(e.currentTarget.value as Join, rules())}>
                <option value="and" selected={join() === 'and'}>
                  {t({ id: 'dan — semua syarat terpenuhi', en: 'and — every rule holds' })}
                </option>
                <option value="or" selected={join() === 'or'}>
                  {t({ id: 'atau — salah satu syarat terpenuhi', en: 'or — any rule holds' })}
                </option>
              </select>
            )}
          </Field>
        </Show>
        <ol class="rule-list">
          <Index each={rules()}>
            {(rule, i) => (
              <li
                data-join={
                  i > 0
                    ? t(join() === 'and' ? { id: 'dan', en: 'and' } : { id: 'atau', en: 'or' })
                    : undefined
                }
              >
                <ConditionRule
                  rule={rule()}
                  number={i + 1}
                  focusKey={`${props.idPrefix}-rule-${i}`}
                  earlier={props.earlier}
                  path={rulePath(i)}
                  onChange={(next) =>
                    set(
                      join(),
                      rules().map((r, k) => (k === i ? next : r)),
                    )
                  }
                  onRemove={() =>
                    set(
                      join(),
                      rules().filter((_, k) => k !== i),
                    )
                  }
                />
              </li>
            )}
          </Index>
        </ol>
        <Show when={rules().length > 0 || parsed() === null}>
          <div class="actions">
            <Show when={parsed() !== null}>
              <button type="button" class="button button-secondary button-small" onClick={addRule}>
                {t({ id: '+ Tambah syarat', en: '+ Add a rule' })}
              </button>
            </Show>
            <Show when={parsed() === null}>
              <button
                type="button"
                class="button button-secondary button-small"
                onClick={() => props.onChange(undefined)}
              >
                {t({ id: 'Hapus syarat', en: 'Remove the condition' })}
              </button>
            </Show>
          </div>
        </Show>
      </Show>
    </fieldset>
  )
}
