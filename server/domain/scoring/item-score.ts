// One answer to one question as a number in [0, 1] (DESIGN section 5: item score).
import type { AnswerValue, Question } from '../questionnaire/definition'
import { scaleOf } from '../questionnaire/scale'

/**
 * Item score in [0, 1]: a scale answer x becomes (x - min) / (max - min) on the question's
 * scale (likert; rating, default 1..5; nps 0..10; number with both min and max); yesno scores
 * 'yes' 1 and 'no' 0; a reversed item (`score.reverse`) scores 1 - x'.
 * Null when unanswered or unscorable: choice, text and segment questions, a number question
 * without both bounds, a non-number, or a value outside the scale (validation refuses those).
 */
export function itemScore(question: Question, value: AnswerValue | undefined): number | null {
  let x: number | null = null
  if (question.type === 'yesno') {
    x = value === 'yes' ? 1 : value === 'no' ? 0 : null
  } else {
    const scale = scaleOf(question)
    if (scale && scale.max > scale.min && typeof value === 'number' && Number.isFinite(value)) {
      if (value >= scale.min && value <= scale.max)
        x = (value - scale.min) / (scale.max - scale.min)
    }
  }
  if (x == null) return null
  return question.score?.reverse ? 1 - x : x
}
