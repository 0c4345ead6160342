// Input and output schemas of the agency routes.
import * as v from 'valibot'

export const AgencyListQuerySchema = v.object({
  regionId: v.optional(v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'id.region'))),
})

export const CreateAgencySchema = v.object({
  regionId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  code: v.pipe(v.string(), v.regex(/^[A-Z0-9_-]{2,20}$/, 'agency.code-format')),
  name: v.pipe(v.string(), v.regex(/\S/, 'agency.name-required'), v.maxLength(200)),
})

export const AgencySchema = v.object({
  id: v.number(),
  regionId: v.number(),
  code: v.string(),
  name: v.string(),
  createdAt: v.string(),
})

export const AgencyListSchema = v.object({ items: v.array(AgencySchema) })

export type CreateAgencyInput = v.InferOutput<typeof CreateAgencySchema>
