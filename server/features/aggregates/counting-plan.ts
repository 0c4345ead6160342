// What of a response the aggregates count, decided once per questionnaire version: the questions
// whose answers are counted (everything but free text and questions marked personal) and the
// segment questions (respondent attributes such as kecamatan, age band, gender; not personal).
// The request thread derives the plan from the version it validated against and sends it with
// the response, so the writer counts without ever reading or parsing a definition.
import {
  allQuestions,
  type AnswerValue,
  type Answers,
  type Definition,
} from '../../domain/questionnaire'

export interface CountingPlan {
  /** The version the plan was made from (answer keys are interned per version). */
  versionId: number
  /** Codes of the counted questions. */
  counted: string[]
  /** Codes of the segment questions (also counted). */
  segments: string[]
}

const plans = new WeakMap<Definition, CountingPlan>()

/** The plan of a version's definition (the same object for the same definition object). */
export function countingPlan(versionId: number, definition: Definition): CountingPlan {
  let plan = plans.get(definition)
  if (plan?.versionId === versionId) return plan
  const questions = allQuestions(definition).filter((q) => q.type !== 'text' && !q.personal)
  plan = {
    versionId,
    counted: questions.map((q) => q.code),
    segments: questions.filter((q) => q.type === 'segment').map((q) => q.code),
  }
  plans.set(definition, plan)
  return plan
}

/** The segment answers of a response (answered segment questions of the plan). */
export function segmentsOf(plan: CountingPlan, answers: Answers): Record<string, string> {
  const segments: Record<string, string> = {}
  for (const code of plan.segments) {
    const value = answers[code]
    if (typeof value === 'string') segments[code] = value
  }
  return segments
}

/**
 * The counted values of one answer as text: numbers String(x), single and segment answers the
 * option value, yesno 'yes' | 'no', multi one value per selected option; none for a blank one.
 */
export function countedValues(value: AnswerValue | undefined): string[] {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value
  return [String(value)]
}
