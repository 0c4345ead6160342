// Tables of the integrations (issue 16): personal API tokens and program webhooks with their
// delivery log, merged into database.ts's Database interface (below).
import type { Generated } from 'kysely'

export interface ApiTokenTable {
  id: Generated<number>
  user_id: number
  name: string
  /** SHA-256 (hex) of the token: the token itself is shown once and never stored. */
  token_hash: string
  /** The first characters of the token (`qwt_ab12...`), to recognise it in a list. */
  prefix: string
  /** JSON array of scopes, e.g. ["read:analytics","read:exports"]. */
  scopes: string
  created_at: string
  expires_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface WebhookTable {
  id: Generated<number>
  program_id: number
  url: string
  description: string
  /** JSON array of event types (server/features/webhooks/events.ts). */
  events: string
  /** `whsec_` + base64 key (Standard Webhooks); needed in clear to sign. */
  secret: string
  /** The key before the last rotation, still signing until `previous_secret_until`. */
  previous_secret: string | null
  previous_secret_until: string | null
  active: number
  /** 1: deliveries may go to loopback, private and link-local addresses (admins only). */
  allow_private: number
  /** Responses with a larger id than this are announced (none from before the webhook). */
  since_response_id: number
  created_by: number | null
  created_at: string
  updated_at: string
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed'

export interface WebhookDeliveryTable {
  id: Generated<number>
  webhook_id: number
  /** The webhook-id header: the same on every attempt of this delivery. */
  event_id: string
  event_type: string
  /** The exact body sent (byte-identical on retries). */
  payload: string
  status: DeliveryStatus
  attempts: number
  next_attempt_at: string | null
  last_attempt_at: string | null
  /** HTTP status of the last attempt, null when it got no answer. */
  last_status: number | null
  last_error: string | null
  last_duration_ms: number | null
  created_at: string
  delivered_at: string | null
}

/** The id of the last response turned into response.created deliveries (a single row). */
export interface WebhookCursorTable {
  name: string
  response_id: number
}

// The integrations' tables join the Database interface of database.ts (interface merging).
declare module './database' {
  interface Database {
    api_tokens: ApiTokenTable
    webhooks: WebhookTable
    webhook_deliveries: WebhookDeliveryTable
    webhook_cursor: WebhookCursorTable
  }
}
