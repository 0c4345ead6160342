// Input and output schemas of the response workspace. Query strings stay strings (patterns, no
// transforms) so that every schema converts to JSON Schema for /api/openapi.json.
import * as v from 'valibot'
import { TextSchema } from '../../http/output-schemas'
import { IdString } from '../../http/query-schemas'
import { SELECTION_QUERY, selectionQuerySchema } from '../aggregates/read/selection'

export const IdParamSchema = v.object({ id: IdString })
export const ReceiptParamSchema = v.object({
  receipt: v.pipe(v.string(), v.maxLength(20, 'receipt.format')),
})

/** The list's filters: the dashboard's, a receipt, and which responses (0 counted, 1 excluded, all). */
export const ListQuerySchema = selectionQuerySchema({
  ...SELECTION_QUERY,
  limit: v.optional(v.pipe(v.string(), v.regex(/^([1-9]\d?|1\d\d|200)$/, 'limit.1-200'))),
  /** The `next` of the previous page. */
  after: v.optional(v.pipe(v.string(), v.maxLength(60))),
  receipt: v.optional(v.pipe(v.string(), v.maxLength(20))),
  excluded: v.optional(v.picklist(['0', '1', 'all'], 'excluded.filter')),
})
export type ListQuery = v.InferOutput<typeof ListQuerySchema>

export const ExclusionSchema = v.object({
  reason: v.pipe(
    v.string('reason.required'),
    v.trim(),
    v.minLength(1, 'exclusion.reason-required'),
    v.maxLength(500, 'reason.too-long-500'),
  ),
})

const AnswerValue = v.unknown()

export const ResponseItemSchema = v.object({
  id: v.number(),
  questionnaireId: v.number(),
  receipt: v.string(),
  /** ISO-8601 with the region's offset, e.g. 2024-04-01T00:30:00+08:00. */
  submittedAt: v.string(),
  linkId: v.number(),
  channel: v.nullable(v.string()),
  version: v.nullable(v.number()),
  excluded: v.boolean(),
  impactScore: v.nullable(v.number()),
  /** Question code -> answer (questions marked personal for admins only). */
  answers: v.record(v.string(), AnswerValue),
})

export const ResponsePageSchema = v.object({
  items: v.array(ResponseItemSchema),
  /** The cursor of the next page (`after`), or null on the last. */
  next: v.nullable(v.string()),
})

export const ResponseDetailSchema = v.object({
  ...ResponseItemSchema.entries,
  programId: v.number(),
  timeZone: v.string(),
  exclusion: v.nullable(
    v.object({ at: v.string(), by: v.nullable(v.string()), reason: v.string() }),
  ),
  questions: v.array(
    v.object({
      code: v.string(),
      type: v.string(),
      text: TextSchema,
      personal: v.boolean(),
      /** A personal answer not shown to this user. */
      hidden: v.boolean(),
      answer: AnswerValue,
      label: v.nullable(TextSchema),
    }),
  ),
})

export const ExcludedCountSchema = v.object({ excluded: v.number() })
export const RestoredCountSchema = v.object({ restored: v.number() })
