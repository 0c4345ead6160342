// What a cross-tab can show: a closed question (or the impact score) broken down by another
// closed question or a segment, chosen from the questions of the selected questionnaire(s). The
// URL keeps the codes (?breakdown=CODE&by=CODE); these pick the defaults when they name nothing:
// the impact score, by kecamatan (or the first segment, or the first other question).
import type { Analytics, QuestionStats } from '../../api/analytics'

/** The pseudo-question of the respondent impact score (0-5). */
export const IMPACT = 'impact'

export interface CrosstabChoice {
  /** The question tabulated; undefined for the impact score. */
  question?: QuestionStats
  by?: QuestionStats
}

/** What a question can be broken down by: segments first, then the other closed questions. */
export function byChoices(analytics: Analytics, question?: string): QuestionStats[] {
  const others = analytics.questions.filter((q) => q.code !== question)
  return [
    ...others.filter((q) => q.type === 'segment'),
    ...others.filter((q) => q.type !== 'segment'),
  ]
}

export function crosstabChoice(
  analytics: Analytics,
  params: { question?: string; by?: string },
): CrosstabChoice {
  const question = analytics.questions.find((q) => q.code === params.question)
  const options = byChoices(analytics, question?.code)
  const by =
    options.find((q) => q.code === params.by) ??
    options.find((q) => q.code === 'kecamatan') ??
    options[0]
  return { question, by }
}

/** The API's `by`: `segment.KEY` for a segment question, the code for any other. */
export const byParam = (by: QuestionStats) =>
  by.type === 'segment' ? `segment.${by.code}` : by.code
