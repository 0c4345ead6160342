// The value side of a display-logic rule: a pick from the earlier question's answers (several for
// "salah satu dari"), or a typed number or text when its answers cannot be listed.
import { For, Match, Switch } from 'solid-js'
import type { Question } from '../../../server/domain/questionnaire'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { Options } from '../forms/Options'
import { choicesOf, isNumeric, type Rule } from './condition-model'
import { numberOf } from './number-input'

export function RuleValue(props: { target: Question; rule: Rule; onChange: (rule: Rule) => void }) {
  const choices = () => choicesOf(props.target)
  const numeric = () => isNumeric(props.target)
  const value = () => ('value' in props.rule ? props.rule.value : undefined)
  const values = () => ('values' in props.rule ? props.rule.values : [])
  const setValue = (raw: string | number | undefined) => {
    const parsed = numeric() && typeof raw === 'string' ? Number(raw) : raw
    props.onChange({ ...props.rule, value: parsed ?? (numeric() ? 0 : '') } as Rule)
  }
  const toggle = (choice: string | number, on: boolean) => {
    const chosen = new Set(values())
    if (on) chosen.add(choice)
    else chosen.delete(choice)
    const ordered = choices()
      .map((c) => c.value)
      .filter((v) => chosen.has(v))
    props.onChange({ op: 'in', code: props.rule.code, values: ordered })
  }
  return (
    <Switch>
      <Match when={props.rule.op === 'in'}>
        <fieldset class="rule-values">
          <legend>{t({ id: 'Nilai', en: 'Values' })}</legend>
          <For each={choices()}>
            {(choice) => (
              <label class="check">
                <input
                  type="checkbox"
                  checked={values().includes(choice.value)}
                  onChange={(e) => toggle(choice.value, e.currentTarget.checked)}
                />
                {t(choice.label)}
              </label>
            )}
          </For>
        </fieldset>
      </Match>
      <Match when={choices().length > 0}>
        <Field label={t({ id: 'Nilai', en: 'Value' })}>
          {(c) => (
            <select {...c} onChange={(e) => setValue(e.currentTarget.value)}>
              <Options
                items={choices()}
                value={String(value())}
                key={(o) => String(o.value)}
                label={(o) => t(o.label)}
              />
            </select>
          )}
        </Field>
      </Match>
      <Match when={true}>
        <Field label={t({ id: 'Nilai', en: 'Value' })}>
          {(c) => (
            <input
              {...c}
              type={numeric() ? 'number' : 'text'}
              value={value() ?? ''}
              onInput={(e) =>
                setValue(numeric() ? numberOf(e.currentTarget) : e.currentTarget.value)
              }
            />
          )}
        </Field>
      </Match>
    </Switch>
  )
}
