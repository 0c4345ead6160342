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
