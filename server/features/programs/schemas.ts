// Input and output schemas of the program routes. Query strings stay strings here (checked with
// patterns) and are converted in the routes, so every schema converts to JSON Schema.
import * as v from 'valibot'
import { DIMENSION_CODES } from '../../domain/reference'

const IdSchema = v.pipe(v.number(), v.integer(), v.minValue(1))
const DIGITS = /^\d{1,12}$/

export const ProgramIdParamSchema = v.object({
  id: v.pipe(v.string(), v.regex(DIGITS, 'id.program')),
})

export const ProgramListQuerySchema = v.object({
  regionId: v.optional(v.pipe(v.string(), v.regex(DIGITS, 'id.region'))),
  agencyId: v.optional(v.pipe(v.string(), v.regex(DIGITS, 'id.agency'))),
  year: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/, 'year.format'))),
  dimension: v.optional(v.picklist(DIMENSION_CODES, 'dimension.unknown')),
  /** Searched case-insensitively in the name and both descriptions. */
  q: v.optional(v.pipe(v.string(), v.maxLength(100))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^([1-9]\d?|1\d\d|200)$/, 'limit.1-200'))),
  offset: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'value.zero-or-more'))),
})

const DescriptionSchema = v.object({
  id: v.pipe(v.string(), v.regex(/\S/, 'program.description-required'), v.maxLength(4000)),
  en: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(4000)))),
})

export const CreateProgramSchema = v.object({
  regionId: IdSchema,
  agencyId: IdSchema,
  dimension: v.picklist(DIMENSION_CODES, 'dimension.unknown'),
  /** One of the dimension's element codes, e.g. `governance.1`. */
  element: v.pipe(v.string(), v.maxLength(40)),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  name: v.pipe(v.string(), v.regex(/\S/, 'program.name-required'), v.maxLength(200)),
  description: DescriptionSchema,
  /** How many citizens the program serves; sets the sample-size target. */
  targetPopulation: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000_000))),
  ),
})

/** Every field optional; a `description` sent replaces both languages. */
export const UpdateProgramSchema = v.partial(CreateProgramSchema)

export const ProgramSchema = v.object({
  id: v.number(),
  regionId: v.number(),
  agencyId: v.number(),
  agencyCode: v.string(),
  agencyName: v.string(),
  dimension: v.picklist(DIMENSION_CODES),
  element: v.string(),
  year: v.number(),
  name: v.string(),
  description: v.object({ id: v.string(), en: v.nullable(v.string()) }),
  targetPopulation: v.nullable(v.number()),
  /** IANA time zone of the program's region (its days, periods and times). */
  timeZone: v.string(),
  createdAt: v.string(),
  updatedAt: v.string(),
})

export const ProgramPageSchema = v.object({
  items: v.array(ProgramSchema),
  total: v.number(),
  limit: v.number(),
  offset: v.number(),
})

export type CreateProgramInput = v.InferOutput<typeof CreateProgramSchema>
export type UpdateProgramInput = v.InferOutput<typeof UpdateProgramSchema>
