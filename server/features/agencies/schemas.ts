// Input and output schemas of the agency routes.
import * as v from 'valibot'

export const AgencyListQuerySchema = v.object({
  regionId: v.optional(v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'Must be a region id.'))),
})

export const CreateAgencySchema = v.object({
  regionId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  code: v.pipe(
    v.string(),
    v.regex(/^[A-Z0-9_-]{2,20}$/, 'Use 2 to 20 capital letters, digits, "_" or "-", e.g. DPMPTSP.'),
  ),
  name: v.pipe(v.string(), v.regex(/\S/, 'Enter the agency name.'), v.maxLength(200)),
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
