// The benchmark's answers: the demo data's generator (server/features/demo/answers.ts), without
// comments, so every request body and bulk-loaded response is a plausible citizen's.
import type { Answers, Definition } from '../../server/domain/questionnaire'
import { generatedAnswers, type Random } from '../../server/features/demo/answers'

export { seededRandom, type Random } from '../../server/features/demo/answers'

/** One respondent's raw answers; `quality` (0..1) is how well the program serves citizens. */
export function generateAnswers(def: Definition, rnd: Random, quality = 0.75): Answers {
  return generatedAnswers(def, rnd, quality, { comments: false })
}
