// Program webhooks: who may manage them (admins, owners of the program's agency; evaluators
// read), their secrets (shown at creation and rotation only), the SSRF rules of their targets
// (target.ts; only admins may allow private networks), the delivery log, and the one way a change
// announces an event: recordWebhookEvent inside that change's transaction.
import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../../../db/database'
import type { WebhookTable } from '../../../db/integration-tables'
import type { AppDeps } from '../../deps'
import { AppError, fieldIssue, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import { getProgramForRead, getProgramForWrite } from '../programs/service'
import { pendingDelivery } from './delivery-loop'
import type { WebhookEventType } from '../../domain/integrations'
import { eventBody, newEventId } from './payloads'
import * as repo from './repository'
import type { CreateWebhookInput, UpdateWebhookInput } from './schemas'
import { newWebhookSecret } from './send'
import { targetProblem } from './target'

const ROTATION_GRACE_MS = 24 * 3600_000

function toWebhook(row: Selectable<WebhookTable>) {
  return {
    id: row.id,
    programId: row.program_id,
    url: row.url,
    description: row.description,
    events: JSON.parse(row.events) as WebhookEventType[],
    active: row.active === 1,
    allowPrivateNetwork: row.allow_private === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function checkTarget(user: SessionUser, url: string, allowPrivate: boolean) {
  if (allowPrivate && user.role !== 'admin')
    throw AppError.forbidden(said('webhook.private-admin-only'))
  const problem = targetProblem(url, allowPrivate)
  if (problem) throw AppError.invalid([fieldIssue('url', problem)])
}

/** The webhook `id` with its program, if `user` may read (or, with `write`, change) it. */
async function webhookFor(db: Kysely<Database>, user: SessionUser, id: number, write: boolean) {
  const row = await repo.findWebhookRow(db, id)
  if (!row) throw AppError.notFound('webhook')
  await (write ? getProgramForWrite : getProgramForRead)(db, user, row.program_id)
  return row
}

export async function listWebhooks(deps: AppDeps, user: SessionUser, programId: number) {
  await getProgramForRead(deps.db, user, programId)
  return { items: (await repo.listWebhookRows(deps.db, programId)).map(toWebhook) }
}

export async function createWebhook(
  deps: AppDeps,
  user: SessionUser,
  programId: number,
  input: CreateWebhookInput,
) {
  const now = deps.now()
  const allowPrivate = input.allowPrivateNetwork ?? false
  const created = await deps.db.transaction().execute(async (trx) => {
    await getProgramForWrite(trx, user, programId)
    checkTarget(user, input.url, allowPrivate)
    const secret = newWebhookSecret()
    const at = now.toISOString()
    const id = await repo.insertWebhook(trx, {
      program_id: programId,
      url: input.url,
      description: input.description?.trim() ?? '',
      events: JSON.stringify([...new Set(input.events)]),
      secret,
      active: input.active === false ? 0 : 1,
      allow_private: allowPrivate ? 1 : 0,
      // Responses stored from now on are announced; none from before.
      since_response_id: await repo.lastResponseId(trx),
      created_by: user.id,
      created_at: at,
      updated_at: at,
    })
    const webhook = toWebhook((await repo.findWebhookRow(trx, id))!)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'webhook.create',
      objectType: 'webhook',
      objectId: id,
      after: webhook,
    })
    return { ...webhook, secret }
  })
  deps.webhooks.wake()
  return created
}

export async function updateWebhook(
  deps: AppDeps,
  user: SessionUser,
  id: number,
  input: UpdateWebhookInput,
) {
  const now = deps.now()
  const updated = await deps.db.transaction().execute(async (trx) => {
    const row = await webhookFor(trx, user, id, true)
    const url = input.url ?? row.url
    const allowPrivate = input.allowPrivateNetwork ?? row.allow_private === 1
    if (input.url !== undefined || input.allowPrivateNetwork !== undefined)
      checkTarget(user, url, allowPrivate)
    const secret = input.rotateSecret ? newWebhookSecret() : undefined
    await repo.updateWebhookRow(trx, id, {
      url,
      allow_private: allowPrivate ? 1 : 0,
      ...(input.description !== undefined ? { description: input.description.trim() } : {}),
      ...(input.events !== undefined ? { events: JSON.stringify([...new Set(input.events)]) } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
      ...(secret
        ? {
            secret,
            previous_secret: row.secret,
            previous_secret_until: new Date(now.getTime() + ROTATION_GRACE_MS).toISOString(),
          }
        : {}),
      updated_at: now.toISOString(),
    })
    const webhook = toWebhook((await repo.findWebhookRow(trx, id))!)
    await recordAudit(trx, now, {
      userId: user.id,
      action: secret ? 'webhook.update.rotate' : 'webhook.update',
      objectType: 'webhook',
      objectId: id,
      before: toWebhook(row),
      after: webhook,
    })
    return secret ? { ...webhook, secret } : webhook
  })
  deps.webhooks.wake()
  return updated
}

export async function deleteWebhook(deps: AppDeps, user: SessionUser, id: number) {
  const now = deps.now()
  await deps.db.transaction().execute(async (trx) => {
    const row = await webhookFor(trx, user, id, true)
    await repo.deleteWebhookRow(trx, id)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'webhook.delete',
      objectType: 'webhook',
      objectId: id,
      before: toWebhook(row),
    })
  })
}

/** GET /api/webhooks/:id/deliveries: the delivery log, newest first, paged with `before`. */
export async function listDeliveries(
  deps: AppDeps,
  user: SessionUser,
  id: number,
  page: { before?: number; limit: number },
) {
  await webhookFor(deps.db, user, id, false)
  const rows = await repo.listDeliveryRows(deps.db, id, page)
  return {
    items: rows.map((d) => ({
      id: d.id,
      eventId: d.event_id,
      eventType: d.event_type,
      status: d.status,
      attempts: d.attempts,
      createdAt: d.created_at,
      lastAttemptAt: d.last_attempt_at,
      nextAttemptAt: d.next_attempt_at,
      lastStatus: d.last_status,
      lastError: d.last_error,
      lastDurationMs: d.last_duration_ms,
      deliveredAt: d.delivered_at,
      payload: d.payload,
    })),
    next: rows.length === page.limit ? rows.at(-1)!.id : null,
  }
}

/**
 * Announces `type` to the program's active webhooks that subscribe to it: one pending delivery
 * each, written in `trx` so the event exists exactly when the change does. The delivery thread
 * picks them up at its next poll (a quarter of a second).
 */
export async function recordWebhookEvent(
  trx: Kysely<Database>,
  now: Date,
  event: { programId: number; type: WebhookEventType; data: unknown },
): Promise<void> {
  const hooks = (await repo.activeWebhooks(trx, event.programId)).filter((w) =>
    (JSON.parse(w.events) as string[]).includes(event.type),
  )
  if (hooks.length === 0) return
  const at = now.toISOString()
  const body = eventBody(event.type, now, event.data)
  const eventId = newEventId()
  await repo.insertDeliveries(
    trx,
    hooks.map((h) => pendingDelivery(h.id, eventId, event.type, body, at)),
  )
}

/** Whether the delivery thread has anything to do at start-up. */
export const anyActiveWebhook = (db: Kysely<Database>) => repo.hasActiveWebhook(db)
