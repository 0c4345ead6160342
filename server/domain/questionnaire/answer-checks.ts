// Checks one given answer against its question: type, whole numbers, range, options, selection
// counts and text length. Whether an answer is needed at all is decided by validate-answers.
import { ANSWER_MESSAGES as M } from './answer-messages'
import type { AnswerMessage } from './answer-messages'
import type { AnswerValue, Option, Question } from './definition'
import { scaleOf } from './scale'

/** Why an answer was refused. */
export type AnswerIssueKind =
  | 'not_object'
  | 'unknown'
  | 'required'
  | 'type'
  | 'integer'
  | 'range'
  | 'option'
  | 'duplicate'
  | 'select_count'
  | 'length'

export type AnswerCheck =
  { ok: true; value: AnswerValue } | { ok: false; kind: AnswerIssueKind; message: AnswerMessage }

const accept = (value: AnswerValue): AnswerCheck => ({ ok: true, value })
const refuse = (kind: AnswerIssueKind, message: AnswerMessage): AnswerCheck => ({
  ok: false,
  kind,
  message,
})

/** Whether an untrusted value is missing: undefined, null, a blank string or an empty list. */
export function isBlank(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true
  if (typeof raw === 'string') return raw.trim() === ''
  return Array.isArray(raw) && raw.length === 0
}

function checkNumber(question: Question, raw: unknown): AnswerCheck {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return refuse('type', M.number)
  const whole = question.type !== 'number' || question.integer === true
  if (whole && !Number.isInteger(raw)) return refuse('integer', M.integer)
  const scale = scaleOf(question)
  if (scale && (raw < scale.min || raw > scale.max)) {
    const typed = question.type === 'number'
    return refuse('range', (typed ? M.numberBetween : M.between)(scale.min, scale.max))
  }
  if (question.type === 'number' && !scale) {
    if (question.min !== undefined && raw < question.min)
      return refuse('range', M.atLeast(question.min))
    if (question.max !== undefined && raw > question.max)
      return refuse('range', M.atMost(question.max))
  }
  return accept(raw)
}

function checkChoice(options: Option[], raw: unknown): AnswerCheck {
  if (typeof raw !== 'string') return refuse('type', M.option)
  return options.some((o) => o.value === raw) ? accept(raw) : refuse('option', M.option)
}

function checkMulti(question: Extract<Question, { type: 'multi' }>, raw: unknown): AnswerCheck {
  if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
    return refuse('type', M.options)
  }
  const values = raw as string[]
  if (values.some((value) => !question.options.some((o) => o.value === value))) {
    return refuse('option', M.options)
  }
  if (new Set(values).size !== values.length) return refuse('duplicate', M.duplicate)
  if (question.minSelect !== undefined && values.length < question.minSelect) {
    return refuse('select_count', M.minSelect(question.minSelect))
  }
  if (question.maxSelect !== undefined && values.length > question.maxSelect) {
    return refuse('select_count', M.maxSelect(question.maxSelect))
  }
  return accept([...values])
}

/**
 * Checks an answer that is present (not blank). Returns the cleaned value (text trimmed, lists
 * copied) or why it is refused.
 */
export function checkAnswer(question: Question, raw: unknown): AnswerCheck {
  switch (question.type) {
    case 'likert':
    case 'rating':
    case 'nps':
    case 'number':
      return checkNumber(question, raw)
    case 'single':
    case 'segment':
      return checkChoice(question.options, raw)
    case 'multi':
      return checkMulti(question, raw)
    case 'yesno':
      return raw === 'yes' || raw === 'no' ? accept(raw) : refuse('type', M.yesno)
    case 'text': {
      if (typeof raw !== 'string') return refuse('type', M.text)
      const text = raw.trim()
      return text.length > question.maxLength
        ? refuse('length', M.tooLong(question.maxLength))
        : accept(text)
    }
  }
}
