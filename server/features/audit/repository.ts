// Audit events: who did what to which object, when, with the state before and after. Written
// inside the same transaction as the change they describe.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

export interface AuditEntry {
  userId: number | null
  action: string
  objectType: string
  objectId: string | number | null
  before?: unknown
  after?: unknown
}

export async function recordAudit(
  db: Kysely<Database>,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      at: at.toISOString(),
      user_id: entry.userId,
      action: entry.action,
      object_type: entry.objectType,
      object_id: entry.objectId === null ? null : String(entry.objectId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute()
}

export interface AuditQuery {
  objectType?: string
  objectId?: string
  limit: number
  before?: number
}

export async function listAuditEvents(db: Kysely<Database>, q: AuditQuery) {
  let query = db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(q.limit)
  if (q.objectType) query = query.where('object_type', '=', q.objectType)
  if (q.objectId) query = query.where('object_id', '=', q.objectId)
  if (q.before) query = query.where('id', '<', q.before)
  const rows = await query.execute()
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    before: r.before ? JSON.parse(r.before) : null,
    after: r.after ? JSON.parse(r.after) : null,
  }))
}
