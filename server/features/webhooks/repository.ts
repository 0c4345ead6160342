// Webhooks, their deliveries, and the responses the delivery loop turns into events.
import type { Insertable, Kysely, Updateable } from 'kysely'
import type { Database } from '../../../db/database'
import type { WebhookDeliveryTable, WebhookTable } from '../../../db/integration-tables'

export function listWebhookRows(db: Kysely<Database>, programId: number) {
  return db
    .selectFrom('webhooks')
    .selectAll()
    .where('program_id', '=', programId)
    .orderBy('id')
    .execute()
}

export function findWebhookRow(db: Kysely<Database>, id: number) {
  return db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertWebhook(db: Kysely<Database>, row: Insertable<WebhookTable>) {
  const { id } = await db
    .insertInto('webhooks')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export function updateWebhookRow(
  db: Kysely<Database>,
  id: number,
  patch: Updateable<WebhookTable>,
) {
  return db.updateTable('webhooks').set(patch).where('id', '=', id).execute()
}

export async function deleteWebhookRow(db: Kysely<Database>, id: number) {
  await db.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute()
  await db.deleteFrom('webhooks').where('id', '=', id).execute()
}

export async function hasActiveWebhook(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('webhooks')
    .select('id')
    .where('active', '=', 1)
    .executeTakeFirst()
  return row !== undefined
}

/** Active webhooks: of one program (events of a change), or all (the delivery loop). */
export function activeWebhooks(db: Kysely<Database>, programId?: number) {
  let query = db
    .selectFrom('webhooks')
    .select(['id', 'program_id', 'events', 'since_response_id'])
    .where('active', '=', 1)
  if (programId !== undefined) query = query.where('program_id', '=', programId)
  return query.execute()
}

export function insertDeliveries(db: Kysely<Database>, rows: Insertable<WebhookDeliveryTable>[]) {
  return rows.length === 0
    ? Promise.resolve()
    : db.insertInto('webhook_deliveries').values(rows).execute()
}

export function listDeliveryRows(
  db: Kysely<Database>,
  webhookId: number,
  page: { before?: number; limit: number },
) {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId)
  if (page.before !== undefined) query = query.where('id', '<', page.before)
  return query.orderBy('id', 'desc').limit(page.limit).execute()
}

/** Pending deliveries due at `nowIso`, oldest first, with their webhook's target and secrets. */
export function dueDeliveries(db: Kysely<Database>, nowIso: string, limit: number) {
  return db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhooks as w', 'w.id', 'd.webhook_id')
    .select([
      'd.id',
      'd.event_id',
      'd.payload',
      'd.attempts',
      'w.url',
      'w.secret',
      'w.previous_secret',
      'w.previous_secret_until',
      'w.allow_private',
      'w.active',
    ])
    .where('d.status', '=', 'pending')
    .where('d.next_attempt_at', '<=', nowIso)
    .orderBy('d.next_attempt_at')
    .limit(limit)
    .execute()
}

export function recordAttempt(
  db: Kysely<Database>,
  id: number,
  patch: Updateable<WebhookDeliveryTable>,
) {
  return db.updateTable('webhook_deliveries').set(patch).where('id', '=', id).execute()
}

export async function readCursor(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('webhook_cursor')
    .select('response_id')
    .where('name', '=', 'responses')
    .executeTakeFirst()
  return row?.response_id ?? 0
}

export function writeCursor(db: Kysely<Database>, responseId: number) {
  return db
    .insertInto('webhook_cursor')
    .values({ name: 'responses', response_id: responseId })
    .onConflict((oc) => oc.column('name').doUpdateSet({ response_id: responseId }))
    .execute()
}

export async function lastResponseId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('responses')
    .select((eb) => eb.fn.max<number>('id').as('id'))
    .executeTakeFirst()
  return row?.id ?? 0
}

/** Responses stored after `after`, in id order, with their link's channel and version number. */
export function responsesAfter(db: Kysely<Database>, after: number, limit: number) {
  return db
    .selectFrom('responses as r')
    .innerJoin('links as l', 'l.id', 'r.link_id')
    .innerJoin('questionnaire_versions as v', 'v.id', 'r.version_id')
    .select([
      'r.id',
      'r.program_id',
      'r.questionnaire_id',
      'r.version_id',
      'v.version',
      'r.link_id',
      'l.channel',
      'r.submitted_at',
      'r.receipt',
      'r.answers',
      'r.segments',
      'r.impact',
    ])
    .where('r.id', '>', after)
    .orderBy('r.id')
    .limit(limit)
    .execute()
}

export function versionDefinition(db: Kysely<Database>, versionId: number) {
  return db
    .selectFrom('questionnaire_versions')
    .select('definition')
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow()
}
