// Input schemas of the evaluation routes (no transforms: they also describe the API in OpenAPI).
// Weights are checked by the domain's validateWeights, outcome dimensions by the service.
import * as v from 'valibot'
import { DayString } from '../../http/query-schemas'

export const EvaluationParamSchema = v.object({
  regionId: v.pipe(v.string(), v.regex(/^[1-9]\d{0,11}$/, 'id.region')),
  year: v.pipe(v.string(), v.regex(/^20\d\d$/, 'year.format')),
})

const ScoreSchema = v.pipe(
  v.number('score.range'),
  v.minValue(0, 'score.range'),
  v.maxValue(5, 'score.range'),
)
const ReasonSchema = v.nullable(v.pipe(v.string(), v.maxLength(2000, 'reason.too-long-2000')))

/** Every field optional: what is absent stays, null clears (back to computed or default). */
export const EvaluationInputSchema = v.object({
  scores: v.optional(
    v.object({
      baseline: v.optional(v.nullable(ScoreSchema)),
      output: v.optional(v.nullable(ScoreSchema)),
      outcome: v.optional(v.nullable(ScoreSchema)),
      /** An override of the computed citizen Impact score; needs reasons.impact. */
      impact: v.optional(v.nullable(ScoreSchema)),
      /** An override of the computed Quick Win score; needs reasons.quickwin. */
      quickwin: v.optional(v.nullable(ScoreSchema)),
    }),
  ),
  /** Outcome per smart-city dimension; Outcome is their mean unless an overall one is entered. */
  outcomeByDimension: v.optional(v.nullable(v.record(v.string(), ScoreSchema))),
  /** The year's weights of baseline, output, outcome, impact, quickwin (0..1, sum 1). */
  weights: v.optional(
    v.nullable(
      v.looseObject({
        baseline: v.optional(v.number()),
        output: v.optional(v.number()),
        outcome: v.optional(v.number()),
        impact: v.optional(v.number()),
        quickwin: v.optional(v.number()),
      }),
    ),
  ),
  /** Weight of the citizens' impact score against the assessor mark in a program's combined score. */
  citizenWeight: v.optional(
    v.nullable(
      v.pipe(v.number(), v.minValue(0, 'value.zero-to-one'), v.maxValue(1, 'value.zero-to-one')),
    ),
  ),
  reasons: v.optional(
    v.object({ impact: v.optional(ReasonSchema), quickwin: v.optional(ReasonSchema) }),
  ),
})

export type EvaluationInput = v.InferOutput<typeof EvaluationInputSchema>

export const EvaluationSchema = v.looseObject({
  region: v.object({ id: v.number(), code: v.string(), name: v.string(), timeZone: v.string() }),
  year: v.number(),
  citizenWeight: v.number(),
  citizenWeightSource: v.picklist(['default', 'stored']),
  dimensions: v.array(
    v.looseObject({
      code: v.string(),
      name: v.object({ id: v.string(), en: v.optional(v.string()) }),
      score: v.nullable(v.number()),
      programCount: v.number(),
      scoredCount: v.number(),
      programs: v.array(v.unknown()),
      /** The dimension's elements (sub-dimensions), each with its programs. */
      elements: v.array(v.unknown()),
    }),
  ),
  scores: v.record(v.string(), v.nullable(v.number())),
  /** Each score's value and where it came from (entered, computed, overridden with a reason). */
  sources: v.record(v.string(), v.unknown()),
  weights: v.record(v.string(), v.number()),
  weightsSource: v.picklist(['reference', 'stored']),
  contributions: v.record(v.string(), v.nullable(v.number())),
  weightSum: v.number(),
  updatedAt: v.nullable(v.string()),
  updatedBy: v.nullable(v.number()),
  index: v.nullable(v.number()),
  complete: v.boolean(),
  partialIndex: v.nullable(v.number()),
  previous: v.nullable(
    v.object({
      year: v.number(),
      index: v.nullable(v.number()),
      complete: v.boolean(),
      partialIndex: v.nullable(v.number()),
    }),
  ),
  change: v.nullable(v.number()),
  /** The method in words, topic by topic, so the figures can be recomputed. */
  method: v.array(v.object({ topic: v.string(), title: v.string(), text: v.string() })),
})

export const ComparisonQuerySchema = v.object({
  year: v.optional(v.pipe(v.string(), v.regex(/^20\d\d$/, 'year.format'))),
  /** Kemendagri province code, e.g. 15 (Jambi). */
  province: v.optional(v.pipe(v.string(), v.regex(/^\d{2}$/, 'province.code-format-15'))),
  kind: v.optional(v.picklist(['kota', 'kabupaten'], 'regency.kind')),
})

export type ComparisonQuery = v.InferOutput<typeof ComparisonQuerySchema>

export const RegionParamSchema = v.object({
  regionId: v.pipe(v.string(), v.regex(/^[1-9]\d{0,11}$/, 'id.region')),
})

export const PublishedInputSchema = v.object({
  index: ScoreSchema,
  /** The components as the source gives them (any of the five). */
  scores: v.optional(
    v.object({
      baseline: v.optional(ScoreSchema),
      output: v.optional(ScoreSchema),
      outcome: v.optional(ScoreSchema),
      impact: v.optional(ScoreSchema),
      quickwin: v.optional(ScoreSchema),
    }),
  ),
  source: v.pipe(v.string(), v.minLength(1, 'source.required'), v.maxLength(500)),
  /** The date of the source. */
  publishedAt: DayString,
  note: v.optional(v.pipe(v.string(), v.maxLength(1000, 'text.max-1000'))),
  /** The rank the source states: `national` of `of` regions. */
  rank: v.optional(
    v.object({
      national: v.pipe(v.number(), v.integer(), v.minValue(1)),
      of: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
  ),
})

export type PublishedInput = v.InferOutput<typeof PublishedInputSchema>

export const ReasonInputSchema = v.object({
  reason: v.pipe(
    v.string('reason.required'),
    v.regex(/\S/, 'reason.required'),
    v.maxLength(2000, 'reason.too-long-2000'),
  ),
})

export const ListSchema = v.looseObject({ items: v.array(v.unknown()) })
