// What a question's cell reads: the answer's label in the wording of the version it answered
// ("4 - Sangat mudah", "Banjarmasin Utara", "Ya"), the raw value while that version is loading,
// and a dash when the question was not answered (or is hidden from this user).
import type { Definition } from '../../../../server/domain/questionnaire/definition'
import { answerLabel } from '../../../../server/domain/questionnaire/answer-labels'
import { allQuestions } from '../../../../server/domain/questionnaire/questions'
import { t } from '../../../shared/i18n'

export const NO_ANSWER = '–'

export function answerText(
  code: string,
  answers: Record<string, unknown>,
  definition: Definition | undefined,
): string {
  const value = answers[code]
  if (value === undefined || value === null || value === '') return NO_ANSWER
  const question = definition && allQuestions(definition).find((q) => q.code === code)
  if (question) {
    const label = answerLabel(question, value)
    if (label) return t(label)
  }
  return Array.isArray(value) ? value.join('; ') : String(value)
}
