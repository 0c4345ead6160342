// Display logic: which questions a respondent sees, given the answers so far. Shared by the
// citizen form (to show and hide fields) and the server (to ignore answers to hidden questions).
import { allQuestions } from './questions'
import type { AnswerValue, Answers, Condition, Definition, Question } from './definition'

/**
 * Whether a value counts as an answer: null, undefined, a blank string and an empty list do not.
 */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return true
}

function matches(answer: AnswerValue, value: string | number): boolean {
  return Array.isArray(answer) ? answer.includes(value as string) : answer === value
}

/**
 * Evaluates a condition over answers. A condition on an unanswered code is false, with one
 * exception: `ne` is the negation of `eq`, so it is true when the answer is missing ("not yes"
 * includes "not answered"); write `and(answered, ne)` to require an answer. On a multi answer
 * (a list), `eq` means "includes" and `in` means "includes any". Comparisons (`gt`...) are false
 * unless the answer is a number. Pass only the answers of visible questions: a hidden question
 * then counts as unanswered.
 */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  switch (condition.op) {
    case 'and':
      return condition.conditions.every((c) => evaluateCondition(c, answers))
    case 'or':
      return condition.conditions.some((c) => evaluateCondition(c, answers))
    case 'answered':
      return isAnswered(answers[condition.code])
  }
  const answer = answers[condition.code]
  if (condition.op === 'ne') return !isAnswered(answer) || !matches(answer!, condition.value)
  if (!isAnswered(answer)) return false
  const given = answer as AnswerValue
  switch (condition.op) {
    case 'eq':
      return matches(given, condition.value)
    case 'in':
      return condition.values.some((value) => matches(given, value))
  }
  if (typeof given !== 'number') return false
  switch (condition.op) {
    case 'gt':
      return given > condition.value
    case 'gte':
      return given >= condition.value
    case 'lt':
      return given < condition.value
    case 'lte':
      return given <= condition.value
  }
}

/**
 * Whether a question is shown, given answers (which should hold only visible questions' answers,
 * as `visibleQuestions` arranges). A question without `showIf` is always shown.
 */
export function isVisible(question: Question, answers: Answers): boolean {
  return question.showIf === undefined || evaluateCondition(question.showIf, answers)
}

/**
 * The codes of the questions a respondent sees. Questions are taken in order and each condition
 * sees only the answers of earlier visible questions, so hiding a question also hides whatever
 * depended on its answer.
 */
export function visibleQuestions(def: Definition, answers: Answers): Set<string> {
  const visible = new Set<string>()
  const seen: Answers = {}
  for (const question of allQuestions(def)) {
    if (!isVisible(question, seen)) continue
    visible.add(question.code)
    const answer = Object.hasOwn(answers, question.code) ? answers[question.code] : undefined
    if (answer !== undefined) seen[question.code] = answer
  }
  return visible
}
