// Display logic as the builder edits it: a flat list of rules ("Q1 lebih dari 3") joined by
// "dan" or "atau", the operators that fit each question type, and the values a rule can compare.
import type { Bilingual } from '../../shared/i18n'
import { scaleOf, type Condition, type Question } from '../../../server/domain/questionnaire'

/** One comparison with an earlier answer. */
export type Rule = Exclude<Condition, { op: 'and' | 'or' }>
export type RuleOp = Rule['op']
export type Join = 'and' | 'or'

export const OPERATOR_LABELS: Record<RuleOp, Bilingual> = {
  eq: { id: 'sama dengan', en: 'equals' },
  ne: { id: 'tidak sama dengan', en: 'does not equal' },
  in: { id: 'salah satu dari', en: 'is one of' },
  gt: { id: 'lebih dari', en: 'is greater than' },
  gte: { id: 'paling sedikit', en: 'is at least' },
  lt: { id: 'kurang dari', en: 'is less than' },
  lte: { id: 'paling banyak', en: 'is at most' },
  answered: { id: 'sudah dijawab', en: 'is answered' },
}

const NUMERIC = ['likert', 'rating', 'nps', 'number']

export const isNumeric = (q: Question) => NUMERIC.includes(q.type)

/** The operators that make sense for answers to `target`. */
export function operatorsFor(target: Question): RuleOp[] {
  if (target.type === 'text') return ['answered']
  // "One of" needs answers to pick from; an open number has none.
  const listed = choicesOf(target).length > 0
  if (isNumeric(target)) {
    return ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', ...(listed ? ['in' as const] : []), 'answered']
  }
  return ['eq', 'ne', 'in', 'answered']
}

/** The answers `target` can receive, when they can be listed (scales, options, yes/no). */
export function choicesOf(target: Question): { value: string | number; label: Bilingual }[] {
  if (target.type === 'yesno') {
    return [
      { value: 'yes', label: { id: 'Ya', en: 'Yes' } },
      { value: 'no', label: { id: 'Tidak', en: 'No' } },
    ]
  }
  if ('options' in target) return target.options.map((o) => ({ value: o.value, label: o.label }))
  const scale = scaleOf(target)
  if (!scale || scale.max - scale.min > 20) return []
  const labels = target.type === 'likert' ? target.scale.labels : undefined
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => {
    const n = scale.min + i
    const label = labels?.[i]
    return {
      value: n,
      label: label?.id
        ? { id: `${n} – ${label.id}`, en: label.en && `${n} – ${label.en}` }
        : { id: String(n) },
    }
  })
}

/** A first rule on `target`: "equals" its first listed answer, else "is answered". */
export function firstRule(target: Question, op?: RuleOp): Rule {
  const choices = choicesOf(target)
  const chosen = op ?? (choices.length > 0 ? 'eq' : 'answered')
  const code = target.code
  const first = choices[0]?.value
  switch (chosen) {
    case 'answered':
      return { op: chosen, code }
    case 'in':
      return { op: chosen, code, values: first === undefined ? [] : [first] }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return { op: chosen, code, value: typeof first === 'number' ? first : 0 }
    default:
      return { op: chosen, code, value: first ?? (isNumeric(target) ? 0 : '') }
  }
}

/** Whether a condition is a rule (a comparison) rather than an and/or group. */
export const isRule = (c: Condition): c is Rule => !('conditions' in c)

/** The condition as rules and a join; null when it nests groups the builder cannot show. */
export function rulesOf(condition: Condition | undefined): { join: Join; rules: Rule[] } | null {
  if (!condition) return { join: 'and', rules: [] }
  if (isRule(condition)) return { join: 'and', rules: [condition] }
  const rules = condition.conditions.filter(isRule)
  return rules.length === condition.conditions.length ? { join: condition.op, rules } : null
}

/** Back to a condition: none without rules, the rule itself when alone. */
export function conditionOf(join: Join, rules: Rule[]): Condition | undefined {
  if (rules.length === 0) return undefined
  return rules.length === 1 ? rules[0] : { op: join, conditions: rules }
}
