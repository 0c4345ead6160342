// Input and output schemas of the assessment routes: an evaluator's 1-5 marks on the ten
// quick-win criteria, with optional notes.
import * as v from 'valibot'
import { TextSchema as Text } from '../../http/output-schemas'

export const AssessmentParamSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[1-9]\d{0,11}$/, 'id.program')),
})

const MarkSchema = v.pipe(
  v.number('mark.number'),
  v.integer('mark.range'),
  v.minValue(1, 'mark.range'),
  v.maxValue(5, 'mark.range'),
)

/** Criterion codes are checked by the service (422 at `marks.<code>`); partial sets are kept. */
export const AssessmentInputSchema = v.object({
  marks: v.record(v.string(), MarkSchema),
  /** Keyed by criterion code, or `general`. */
  notes: v.optional(v.record(v.string(), v.pipe(v.string(), v.maxLength(2000, 'note.too-long')))),
})

export type AssessmentInput = v.InferOutput<typeof AssessmentInputSchema>

const SpreadSchema = v.object({
  n: v.number(),
  min: v.number(),
  max: v.number(),
  range: v.number(),
  sd: v.number(),
  disagreement: v.boolean(),
})

export const AssessmentSchema = v.object({
  programId: v.number(),
  scale: v.object({ min: v.number(), max: v.number() }),
  /** Marks this many points apart on a criterion are flagged as a disagreement. */
  disagreementPoints: v.number(),
  criteria: v.array(
    v.object({
      code: v.string(),
      name: Text,
      /** What the criterion judges, and what a 1, a 3 and a 5 look like (the assessor guide). */
      definition: Text,
      levels: v.object({ '1': Text, '3': Text, '5': Text }),
      mean: v.nullable(v.number()),
      n: v.number(),
      spread: v.nullable(SpreadSchema),
    }),
  ),
  mine: v.nullable(
    v.object({
      marks: v.record(v.string(), v.number()),
      notes: v.record(v.string(), v.string()),
      updatedAt: v.string(),
    }),
  ),
  assessors: v.number(),
  /** Each assessor's own marks and notes (admins and evaluators only). */
  byAssessor: v.optional(
    v.array(
      v.object({
        assessorId: v.number(),
        assessor: v.string(),
        marks: v.record(v.string(), v.number()),
        notes: v.record(v.string(), v.string()),
        updatedAt: v.string(),
      }),
    ),
  ),
  /** Codes of the criteria where assessors' marks differ by disagreementPoints or more. */
  disagreements: v.array(v.string()),
  quickwinMark: v.nullable(v.number()),
  method: Text,
})
