// The numeric scale of a question (likert, rating stars, NPS 0-10, bounded numbers), in one place
// so that answer validation, the form and scoring agree on the defaults.
import type { Question, QuestionType } from './definition'

/** The default star rating when a rating question gives no scale. */
export const DEFAULT_RATING_SCALE = { min: 1, max: 5 } as const
/** The fixed range of an NPS question. */
export const NPS_SCALE = { min: 0, max: 10 } as const

/** Types that may carry a score role (numbers only when they have both min and max). */
export const SCORABLE_TYPES: readonly QuestionType[] = [
  'likert',
  'rating',
  'nps',
  'yesno',
  'number',
]

/**
 * The closed range min..max of a question's numeric answers: the likert scale, the rating scale
 * (default 1..5), 0..10 for NPS, and min..max of a number question that has both; otherwise
 * undefined (choices, text, open-ended numbers).
 */
export function scaleOf(question: Question): { min: number; max: number } | undefined {
  switch (question.type) {
    case 'likert':
      return { min: question.scale.min, max: question.scale.max }
    case 'rating':
      return question.scale
        ? { min: question.scale.min, max: question.scale.max }
        : DEFAULT_RATING_SCALE
    case 'nps':
      return NPS_SCALE
    case 'number':
      return question.min !== undefined && question.max !== undefined
        ? { min: question.min, max: question.max }
        : undefined
    default:
      return undefined
  }
}
