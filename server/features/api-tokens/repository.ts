// API tokens as stored: by owner, by hash (authentication) and by id.
import type { Insertable, Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { ApiTokenTable } from '../../../db/integration-tables'

export async function insertToken(db: Kysely<Database>, row: Insertable<ApiTokenTable>) {
  const { id } = await db
    .insertInto('api_tokens')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export function listTokenRows(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .execute()
}

export function findTokenRow(db: Kysely<Database>, id: number) {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst()
}

const USER_COLUMNS = [
  'users.id',
  'users.email',
  'users.name',
  'users.role',
  'users.agency_id',
  'users.region_id',
  'users.scope_kind',
  'users.scope_code',
] as const

/** A live token (not revoked, not expired) of an active user, with that user, by hash or id. */
export function findLiveToken(
  db: Kysely<Database>,
  by: { hash: string } | { id: number },
  nowIso: string,
) {
  let query = db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      ...USER_COLUMNS,
      'api_tokens.id as token_id',
      'api_tokens.scopes',
      'api_tokens.last_used_at',
    ])
    .where('api_tokens.revoked_at', 'is', null)
    .where('api_tokens.expires_at', '>', nowIso)
    .where('users.active', '=', 1)
  query =
    'hash' in by
      ? query.where('api_tokens.token_hash', '=', by.hash)
      : query.where('api_tokens.id', '=', by.id)
  return query.executeTakeFirst()
}

export function touchToken(db: Kysely<Database>, id: number, at: string) {
  return db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute()
}

export function revokeTokenRow(db: Kysely<Database>, id: number, at: string) {
  return db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute()
}
