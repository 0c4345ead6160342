// Rules for display logic: a condition may only use answers to earlier questions, and the values
// it compares with must be answers that the referenced question can actually receive.
import type { Condition, DefinitionIssue, Question } from './definition'
import { definitionIssue as issue } from './definition-issue'

/** Where each question code first appears: its position in questionnaire order. */
export type QuestionOrder = Map<string, { index: number; question: Question }>

const NUMERIC_TYPES = ['likert', 'rating', 'nps', 'number']

function valueIssue(
  target: Question,
  value: string | number,
  path: string,
  owner: string,
): DefinitionIssue | undefined {
  const code = target.code
  if (NUMERIC_TYPES.includes(target.type)) {
    if (typeof value === 'number') return undefined
    return issue(path, 'condition.number-expected', { code: owner, ref: code, value })
  }
  const allowed =
    target.type === 'yesno'
      ? ['yes', 'no']
      : 'options' in target
        ? target.options.map((o) => o.value)
        : undefined
  if (allowed === undefined) {
    if (typeof value === 'string') return undefined
    return issue(path, 'condition.text-expected', { code: owner, ref: code })
  }
  if (typeof value === 'string' && allowed.includes(value)) return undefined
  return issue(path, 'condition.not-an-answer', {
    code: owner,
    ref: code,
    value: JSON.stringify(value),
    allowed: allowed.join(', '),
  })
}

/**
 * The issues of one question's condition. `index` is the question's position in questionnaire
 * order and `order` maps every code to its first position.
 */
export function conditionIssues(
  owner: Question,
  index: number,
  condition: Condition,
  path: string,
  order: QuestionOrder,
): DefinitionIssue[] {
  if ('conditions' in condition) {
    return condition.conditions.flatMap((c, i) =>
      conditionIssues(owner, index, c, `${path}.conditions.${i}`, order),
    )
  }
  const ref = condition.code
  const at = `${path}.code`
  if (ref === owner.code) {
    return [issue(at, 'condition.self', { code: owner.code })]
  }
  const target = order.get(ref)
  if (!target) {
    return [issue(at, 'condition.unknown-question', { code: owner.code, ref })]
  }
  if (target.index > index) {
    return [issue(at, 'condition.later-question', { code: owner.code, ref })]
  }
  switch (condition.op) {
    case 'answered':
      return []
    case 'eq':
    case 'ne': {
      const issue = valueIssue(target.question, condition.value, `${path}.value`, owner.code)
      return issue ? [issue] : []
    }
    case 'in':
      return condition.values.flatMap((value, i) => {
        const issue = valueIssue(target.question, value, `${path}.values.${i}`, owner.code)
        return issue ? [issue] : []
      })
    default:
      if (NUMERIC_TYPES.includes(target.question.type)) return []
      return [
        issue(`${path}.op`, 'condition.numeric-only', {
          code: owner.code,
          ref,
          op: condition.op,
          type: target.question.type,
        }),
      ]
  }
}
