// Validates a respondent's answers against a definition: known codes, well-typed values, required
// questions that are visible; returns the cleaned answers that are stored and scored.
import type { AnswerMessage } from './answer-messages'
import { ANSWER_MESSAGES } from './answer-messages'
import { checkAnswer, isBlank } from './answer-checks'
import type { AnswerIssueKind } from './answer-checks'
import { allQuestions } from './questions'
import type { Answers, Definition } from './definition'
import { isVisible } from './display-logic'

/** A refused answer: `path` is `answers.<code>` and `code` the question code ('' for the whole). */
export interface AnswerIssue {
  path: string
  code: string
  kind: AnswerIssueKind
  message: AnswerMessage
}

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] }

export interface ValidateAnswersOptions {
  /**
   * Drop the answers of hidden questions from the result (default true). With false, a hidden
   * question's answer is kept when it is valid and silently left out when it is not (useful for
   * a form that restores answers when a question shows again); it is never an error.
   */
  dropHidden?: boolean
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Validates untrusted answers. Questions are visited in order; each `showIf` sees only the valid
 * answers of earlier visible questions. Blank answers (null, '', whitespace, []) count as
 * unanswered and are left out of the result; a hidden question is never required.
 */
export function validateAnswers(
  def: Definition,
  answers: unknown,
  options: ValidateAnswersOptions = {},
): AnswersResult {
  if (!isPlainObject(answers)) {
    const message = ANSWER_MESSAGES.notAnObject
    return { ok: false, issues: [{ path: 'answers', code: '', kind: 'not_object', message }] }
  }
  const dropHidden = options.dropHidden ?? true
  const questions = allQuestions(def)
  const known = new Set(questions.map((q) => q.code))
  const issues: AnswerIssue[] = Object.keys(answers)
    .filter((code) => !known.has(code))
    .map((code) => ({
      path: `answers.${code}`,
      code,
      kind: 'unknown' as const,
      message: ANSWER_MESSAGES.unknown,
    }))

  const visibleAnswers: Answers = {}
  const cleaned: Answers = {}
  for (const question of questions) {
    const code = question.code
    const raw = Object.hasOwn(answers, code) ? answers[code] : undefined
    const check = isBlank(raw) ? undefined : checkAnswer(question, raw)
    if (!isVisible(question, visibleAnswers)) {
      if (!dropHidden && check?.ok) cleaned[code] = check.value
      continue
    }
    if (check === undefined) {
      if (question.required) {
        const message = ANSWER_MESSAGES.required
        issues.push({ path: `answers.${code}`, code, kind: 'required', message })
      }
    } else if (check.ok) {
      visibleAnswers[code] = check.value
      cleaned[code] = check.value
    } else {
      issues.push({ path: `answers.${code}`, code, kind: check.kind, message: check.message })
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers: cleaned }
}
