// Input and output schemas of the share-link routes. Times are ISO-8601 timestamps with a zone
// (e.g. 2024-07-01T00:00:00+07:00); the service stores them in UTC.
import * as v from 'valibot'
import { IdString } from '../../http/query-schemas'

export const LinkIdParamSchema = v.object({ id: IdString })

const Channel = v.pipe(
  v.string(),
  v.regex(/\S/, 'link.channel-required'),
  v.maxLength(60, 'link.channel-too-long'),
)
const Timestamp = v.pipe(v.string(), v.isoTimestamp('datetime.format'))
const PositiveInteger = v.pipe(v.number(), v.integer('number.whole'), v.minValue(1))

export const CreateLinkSchema = v.object({
  channel: Channel,
  opensAt: v.optional(v.nullable(Timestamp)),
  closesAt: v.optional(v.nullable(Timestamp)),
  maxResponses: v.optional(v.nullable(PositiveInteger)),
  allowMultiple: v.optional(v.boolean()),
  pinnedVersion: v.optional(v.nullable(PositiveInteger)),
})

export const UpdateLinkSchema = v.object({
  channel: v.optional(Channel),
  opensAt: v.optional(v.nullable(Timestamp)),
  closesAt: v.optional(v.nullable(Timestamp)),
  maxResponses: v.optional(v.nullable(PositiveInteger)),
  active: v.optional(v.boolean()),
  allowMultiple: v.optional(v.boolean()),
  pinnedVersion: v.optional(v.nullable(PositiveInteger)),
})

export type CreateLinkInput = v.InferOutput<typeof CreateLinkSchema>
export type UpdateLinkInput = v.InferOutput<typeof UpdateLinkSchema>

export const LinkSchema = v.object({
  id: v.number(),
  questionnaireId: v.number(),
  slug: v.string(),
  url: v.string(),
  channel: v.string(),
  opensAt: v.nullable(v.string()),
  closesAt: v.nullable(v.string()),
  maxResponses: v.nullable(v.number()),
  active: v.boolean(),
  allowMultiple: v.boolean(),
  pinnedVersion: v.nullable(v.number()),
  responseCount: v.number(),
  state: v.picklist(['open', 'not_open', 'closed', 'capped', 'inactive', 'unpublished']),
  createdAt: v.string(),
  updatedAt: v.string(),
})

export const LinkListSchema = v.object({ items: v.array(LinkSchema) })
