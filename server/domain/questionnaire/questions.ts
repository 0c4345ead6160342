// Walking a definition's questions. Kept apart from definition.ts (the valibot schemas) so the
// citizen form can use it without bundling valibot.
import type { Definition, Question } from './definition'

/** All questions of a definition in questionnaire order (sections, then questions). */
export function allQuestions(def: Definition): Question[] {
  return def.sections.flatMap((s) => s.questions)
}
