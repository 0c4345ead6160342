// Which of a program's questionnaires the dashboard and the response table show: the one the URL
// names (?questionnaire=ID), every one (?questionnaire=all), or by default the newest published
// one, so that counts, score and cross-tabs describe one set of responses to the same questions.
import type { QuestionnaireSummary } from '../api/questionnaires'

export const ALL_QUESTIONNAIRES = 'all'

/** The questionnaires that can have responses (published at least once), newest first. */
export function publishedQuestionnaires(list: readonly QuestionnaireSummary[]) {
  return list.filter((q) => q.latestVersion != null).sort((a, b) => b.id - a.id)
}

/** The id to select (a string, as the API's query takes it), or undefined for all of them. */
export function chosenQuestionnaire(
  param: string | undefined,
  list: readonly QuestionnaireSummary[],
): string | undefined {
  if (param === ALL_QUESTIONNAIRES) return undefined
  const published = publishedQuestionnaires(list)
  if (param && published.some((q) => String(q.id) === param)) return param
  return published[0] ? String(published[0].id) : undefined
}

/** The API query of a selection: the filters and, when one is chosen, its questionnaire. */
export function withQuestionnaire(
  filters: Record<string, string>,
  questionnaire: string | undefined,
): Record<string, string> {
  return questionnaire ? { ...filters, questionnaire } : filters
}
