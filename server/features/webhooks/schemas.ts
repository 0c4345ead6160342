// Input and output schemas of the webhook routes.
import * as v from 'valibot'
import { IdString } from '../../http/query-schemas'
import { WEBHOOK_EVENT_TYPES } from '../../domain/integrations'

const EventsSchema = v.pipe(
  v.array(v.picklist(WEBHOOK_EVENT_TYPES, `Use one of ${WEBHOOK_EVENT_TYPES.join(', ')}.`)),
  v.minLength(1, 'Choose at least one event.'),
  v.maxLength(WEBHOOK_EVENT_TYPES.length * 2),
)

const UrlSchema = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.url('Enter an absolute URL, e.g. https://data.example.go.id/hooks/quickwin.'),
)

export const CreateWebhookSchema = v.object({
  url: UrlSchema,
  description: v.optional(v.pipe(v.string(), v.maxLength(200))),
  events: EventsSchema,
  active: v.optional(v.boolean()),
  /** Deliver to loopback, private and link-local addresses too (admins only). */
  allowPrivateNetwork: v.optional(v.boolean()),
})

export const UpdateWebhookSchema = v.object({
  url: v.optional(UrlSchema),
  description: v.optional(v.pipe(v.string(), v.maxLength(200))),
  events: v.optional(EventsSchema),
  active: v.optional(v.boolean()),
  allowPrivateNetwork: v.optional(v.boolean()),
  /** A new signing secret (answered once); the old one keeps signing for 24 hours. */
  rotateSecret: v.optional(v.literal(true)),
})

export const ProgramParamSchema = v.object({ id: IdString })
export const WebhookParamSchema = v.object({ id: IdString })
export const DeliveryQuerySchema = v.object({
  /** Deliveries older than this delivery id (paging, newest first). */
  before: v.optional(IdString),
  limit: v.optional(v.pipe(v.string(), v.regex(/^([1-9]\d?|100)$/, 'Must be 1 to 100.'))),
})

export const WebhookSchema = v.object({
  id: v.number(),
  programId: v.number(),
  url: v.string(),
  description: v.string(),
  events: v.array(v.picklist(WEBHOOK_EVENT_TYPES)),
  active: v.boolean(),
  allowPrivateNetwork: v.boolean(),
  createdAt: v.string(),
  updatedAt: v.string(),
})

/** Creation and rotation answer the secret: the only times it is shown. */
export const WebhookWithSecretSchema = v.object({
  ...WebhookSchema.entries,
  secret: v.optional(v.string()),
})

export const WebhookListSchema = v.object({ items: v.array(WebhookSchema) })

export const DeliverySchema = v.object({
  id: v.number(),
  eventId: v.string(),
  eventType: v.string(),
  status: v.picklist(['pending', 'delivered', 'failed']),
  attempts: v.number(),
  createdAt: v.string(),
  lastAttemptAt: v.nullable(v.string()),
  nextAttemptAt: v.nullable(v.string()),
  lastStatus: v.nullable(v.number()),
  lastError: v.nullable(v.string()),
  lastDurationMs: v.nullable(v.number()),
  deliveredAt: v.nullable(v.string()),
  /** The exact body sent. */
  payload: v.string(),
})

export const DeliveryPageSchema = v.object({
  items: v.array(DeliverySchema),
  /** The `before` of the next page, or null at the end. */
  next: v.nullable(v.number()),
})

export type CreateWebhookInput = v.InferOutput<typeof CreateWebhookSchema>
export type UpdateWebhookInput = v.InferOutput<typeof UpdateWebhookSchema>
