// The audit trail: who did what to which object, when, with the state before and after. Every
// feature writes it through recordAudit, inside the same transaction as the change it describes;
// admins read it newest first.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import * as repo from './repository'

export interface AuditEntry {
  userId: number | null
  action: string
  objectType: string
  objectId: string | number | null
  before?: unknown
  after?: unknown
}

/** Writes one event of the trail (pass the transaction that makes the change). */
export async function recordAudit(
  db: Kysely<Database>,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await repo.insertAuditEvent(db, {
    at: at.toISOString(),
    user_id: entry.userId,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId === null ? null : String(entry.objectId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  })
}

/** GET /api/audit: a page of events, newest first (admins only). */
export async function listAuditEvents(
  db: Kysely<Database>,
  user: SessionUser,
  q: repo.AuditFilter,
) {
  if (user.role !== 'admin') throw AppError.forbidden()
  const rows = await repo.listAuditRows(db, q)
  const items = rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    before: r.before ? JSON.parse(r.before) : null,
    after: r.after ? JSON.parse(r.after) : null,
  }))
  return { items, nextBefore: items.length === q.limit ? items[items.length - 1]!.id : null }
}

/**
 * The history of one object (a follow-up's, say), oldest first: who did what, with the state
 * before and after. The caller checks that the user may read the object.
 */
export async function objectHistory(
  db: Kysely<Database>,
  objectType: string,
  objectId: string | number,
) {
  const rows = await repo.listObjectEventRows(db, objectType, String(objectId))
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    user: r.user_id === null ? null : { id: r.user_id, name: r.user_name ?? '' },
    before: r.before ? (JSON.parse(r.before) as unknown) : null,
    after: r.after ? (JSON.parse(r.after) as unknown) : null,
  }))
}
