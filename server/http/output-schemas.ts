// Schemas of reply parts that several routes share: they document the API in /api/openapi.json.
import * as v from 'valibot'

/** A text in Indonesian (always) and English (when given). */
export const TextSchema = v.object({ id: v.string(), en: v.optional(v.string()) })

/** A 95% interval [low, high], or null when there are too few answers. */
export const IntervalSchema = v.nullable(v.tuple([v.number(), v.number()]))

/** An evaluator's scope: one region or province (by Kemendagri code) or the whole country. */
export const ScopeSchema = v.object({
  kind: v.picklist(['region', 'province', 'national']),
  code: v.optional(v.string()),
})
