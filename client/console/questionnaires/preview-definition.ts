// The part of a draft the preview can show while it is being edited: questions that are not yet
// well formed (no text, a broken scale) are left out and named, so the citizen form's components
// only ever receive questions they can render.
import * as v from 'valibot'
import {
  QuestionSchema,
  scaleOf,
  type Definition,
  type Question,
} from '../../../server/domain/questionnaire'

/** Scales the form can lay out as a row of points. */
const MAX_POINTS = 101

function renderable(question: Question): boolean {
  if (!v.is(QuestionSchema, question)) return false
  const scale = scaleOf(question)
  if (scale && (scale.max < scale.min || scale.max - scale.min + 1 > MAX_POINTS)) return false
  if (question.type === 'likert' && question.scale.labels) {
    return question.scale.labels.length === question.scale.max - question.scale.min + 1
  }
  return true
}

/** The definition with only renderable questions, and the codes of those left out. */
export function previewableDefinition(def: Definition): {
  definition: Definition
  skipped: string[]
} {
  const skipped: string[] = []
  const sections = def.sections.map((section) => ({
    ...section,
    questions: section.questions.filter((q) => {
      const ok = renderable(q)
      if (!ok) skipped.push(q.code || '?')
      return ok
    }),
  }))
  return { definition: { ...def, sections }, skipped }
}
