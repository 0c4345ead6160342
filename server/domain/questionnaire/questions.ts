// Walking a definition's questions. Kept apart from definition.ts (the valibot schemas) so the
// citizen form can use it without bundling valibot.
import type { Definition, Question } from './definition'

/** All questions of a definition in questionnaire order (sections, then questions). */
export function allQuestions(def: Definition): Question[] {
  // A plain loop: flatMap cost more than validating the answers on every submission.
  const questions: Question[] = []
  for (const section of def.sections) for (const q of section.questions) questions.push(q)
  return questions
}
