// One rule of a question's display logic: an earlier question, an operator that fits its type,
// and the value it is compared with.
import { For, Show } from 'solid-js'
import type { Question } from '../../../server/domain/questionnaire'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { Options } from '../forms/Options'
import { useBuilder } from './builder-context'
import { messageText } from '../../shared/message-text'
import { firstRule, OPERATOR_LABELS, operatorsFor, type Rule, type RuleOp } from './condition-model'
import { RuleValue } from './RuleValue'

const shortText = (q: Question) => {
  const text = t(q.text) || '…'
  return `${q.code} – ${text.length > 48 ? `${text.slice(0, 47)}…` : text}`
}

export function ConditionRule(props: {
  rule: Rule
  earlier: Question[]
  path: string
  number: number
  /** `data-focus` key of the first control, to focus a rule just added. */
  focusKey: string
  onChange: (rule: Rule) => void
  onRemove: () => void
}) {
  const { editor } = useBuilder()
  const target = () => props.earlier.find((q) => q.code === props.rule.code)
  const value = () => ('value' in props.rule ? props.rule.value : undefined)
  const problems = () => editor.issues().under(props.path)
  const setOp = (op: RuleOp) => {
    const next = firstRule(target()!, op)
    const kept = value()
    if ('value' in next && kept !== undefined && typeof kept === typeof next.value)
      (next as { value: unknown }).value = kept
    props.onChange(next)
  }
  return (
    <div class="rule">
      <Field
        label={t({
          id: `Syarat ${props.number}: pertanyaan`,
          en: `Rule ${props.number}: question`,
        })}
      >
        {(c) => (
          <select
            {...c}
            data-focus={props.focusKey}
            onChange={(e) =>
              props.onChange(
                firstRule(props.earlier.find((q) => q.code === e.currentTarget.value)!),
              )
            }
          >
            <Show when={!target()}>
              <option value="" selected>
                {props.rule.code}
              </option>
            </Show>
            <Options
              items={props.earlier}
              value={props.rule.code}
              key={(q) => q.code}
              label={shortText}
            />
          </select>
        )}
      </Field>
      <Show when={target()}>
        {(q) => (
          <Field label={t({ id: 'Operator', en: 'Operator' })}>
            {(c) => (
              <select {...c} onChange={(e) => setOp(e.currentTarget.value as RuleOp)}>
                <Options
                  items={operatorsFor(q())}
                  value={props.rule.op}
                  key={(op) => op}
                  label={(op) => t(OPERATOR_LABELS[op])}
                />
              </select>
            )}
          </Field>
        )}
      </Show>
      <Show when={target() && props.rule.op !== 'answered'}>
        <RuleValue target={target()!} rule={props.rule} onChange={props.onChange} />
      </Show>
      <button
        type="button"
        class="button button-quiet button-small rule-remove"
        onClick={() => props.onRemove()}
      >
        {t({ id: 'Hapus syarat', en: 'Remove rule' })}
      </button>
      <Show when={problems().length > 0}>
        <ul class="field-error rule-problems">
          <For each={problems()}>{(p) => <li>{messageText(p)}</li>}</For>
        </ul>
      </Show>
    </div>
  )
}
