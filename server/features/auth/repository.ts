// Users and sessions as the auth feature needs them.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

export function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()
}

export function insertSession(
  db: Kysely<Database>,
  s: { id: string; userId: number; createdAt: string; expiresAt: string },
) {
  return db
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt })
    .execute()
}

export function findSessionUser(db: Kysely<Database>, sessionId: string, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.agency_id',
      'users.region_id',
      'users.scope_kind',
      'users.scope_code',
    ])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', nowIso)
    .where('users.active', '=', 1)
    .executeTakeFirst()
}

export function deleteSession(db: Kysely<Database>, sessionId: string) {
  return db.deleteFrom('sessions').where('id', '=', sessionId).execute()
}

export function deleteExpiredSessions(db: Kysely<Database>, nowIso: string) {
  return db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute()
}
