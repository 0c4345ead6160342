// Display logic in words, for a question's summary and for nested conditions the builder cannot
// edit: "Q1 lebih dari 3 dan Q2 sama dengan Ya".
import type { Condition, Question } from '../../../server/domain/questionnaire'
import { t } from '../../shared/i18n'
import { choicesOf, isRule, OPERATOR_LABELS } from './condition-model'

function valueText(target: Question | undefined, value: string | number): string {
  const choice = target && choicesOf(target).find((c) => c.value === value)
  return choice ? t(choice.label) : String(value)
}

/** The condition in the interface language; `questions` resolves codes to their answers. */
export function describeCondition(condition: Condition, questions: readonly Question[]): string {
  if (!isRule(condition)) {
    const join = condition.op === 'and' ? t({ id: 'dan', en: 'and' }) : t({ id: 'atau', en: 'or' })
    const parts = condition.conditions.map((c) => {
      const text = describeCondition(c, questions)
      return isRule(c) ? text : `(${text})`
    })
    return parts.join(` ${join} `)
  }
  const target = questions.find((q) => q.code === condition.code)
  const op = t(OPERATOR_LABELS[condition.op])
  switch (condition.op) {
    case 'answered':
      return `${condition.code} ${op}`
    case 'in':
      return `${condition.code} ${op} ${condition.values.map((v) => valueText(target, v)).join(', ')}`
    default:
      return `${condition.code} ${op} ${valueText(target, condition.value)}`
  }
}
