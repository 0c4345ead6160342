// Schemas of reply parts that several routes share: they document the API in /api/openapi.json.
import { resolver } from 'hono-openapi'
import * as v from 'valibot'

/** A text in Indonesian (always) and English (when given). */
export const TextSchema = v.object({ id: v.string(), en: v.optional(v.string()) })

/** A 95% interval [low, high], or null when there are too few answers. */
export const IntervalSchema = v.nullable(v.tuple([v.number(), v.number()]))

/** An OpenAPI response whose JSON body follows `schema`. */
export const jsonReply = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})
