// The audit_events table: one insert, and a page of events newest first.
import type { Insertable, Kysely } from 'kysely'
import type { AuditEventTable, Database } from '../../../db/database'

export async function insertAuditEvent(db: Kysely<Database>, row: Insertable<AuditEventTable>) {
  await db.insertInto('audit_events').values(row).execute()
}

export interface AuditFilter {
  objectType?: string
  objectId?: string
  limit: number
  before?: number
}

export function listAuditRows(db: Kysely<Database>, q: AuditFilter) {
  let query = db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(q.limit)
  if (q.objectType) query = query.where('object_type', '=', q.objectType)
  if (q.objectId) query = query.where('object_id', '=', q.objectId)
  if (q.before) query = query.where('id', '<', q.before)
  return query.execute()
}

/** Every event of one object, oldest first, with the name of who did it. */
export function listObjectEventRows(db: Kysely<Database>, objectType: string, objectId: string) {
  return db
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.id', 'e.at', 'e.action', 'e.user_id', 'u.name as user_name', 'e.before', 'e.after'])
    .where('e.object_type', '=', objectType)
    .where('e.object_id', '=', objectId)
    .orderBy('e.id')
    .execute()
}
