// Rules for display logic: a condition may only use answers to earlier questions, and the values
// it compares with must be answers that the referenced question can actually receive.
import type { Condition, DefinitionIssue, Question } from './definition'

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
    return {
      path,
      message: `Question ${owner}'s showIf compares ${code} with "${value}", but ${code} is answered with a number`,
    }
  }
  const allowed =
    target.type === 'yesno'
      ? ['yes', 'no']
      : 'options' in target
        ? target.options.map((o) => o.value)
        : undefined
  if (allowed === undefined) {
    if (typeof value === 'string') return undefined
    return {
      path,
      message: `Question ${owner}'s showIf compares text question ${code} with a number`,
    }
  }
  if (typeof value === 'string' && allowed.includes(value)) return undefined
  return {
    path,
    message: `Question ${owner}'s showIf compares ${code} with ${JSON.stringify(value)}, which is not one of its answers (${allowed.join(', ')})`,
  }
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
    return [
      {
        path: at,
        message: `Question ${owner.code}'s showIf refers to itself; conditions may only use earlier answers`,
      },
    ]
  }
  const target = order.get(ref)
  if (!target) {
    return [
      {
        path: at,
        message: `Question ${owner.code}'s showIf refers to ${ref}, which is not a question in this questionnaire`,
      },
    ]
  }
  if (target.index > index) {
    return [
      {
        path: at,
        message: `Question ${owner.code}'s showIf refers to ${ref}, which comes later; conditions may only use earlier answers`,
      },
    ]
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
        {
          path: `${path}.op`,
          message: `Question ${owner.code}'s showIf uses ${condition.op} on ${ref}, a ${target.question.type} question; comparisons need a numeric question`,
        },
      ]
  }
}
