// Users as the user-management feature needs them, and their sessions (ended on deactivation).
import type { Insertable, Kysely, Updateable } from 'kysely'
import type { Database, Role, UserTable } from '../../../db/database'

export interface UserFilter {
  role?: Role
  agencyId?: number
}

function filtered(db: Kysely<Database>, f: UserFilter) {
  let query = db.selectFrom('users')
  if (f.role !== undefined) query = query.where('role', '=', f.role)
  if (f.agencyId !== undefined) query = query.where('agency_id', '=', f.agencyId)
  return query
}

export function listUserRows(
  db: Kysely<Database>,
  f: UserFilter,
  page: { limit: number; offset: number },
) {
  return filtered(db, f)
    .selectAll()
    .orderBy('email')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
}

export async function countUsers(db: Kysely<Database>, f: UserFilter): Promise<number> {
  const { n } = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(n)
}

export function findUserRowById(db: Kysely<Database>, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
}

export function findUserRowByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
}

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const { n } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow()
  return Number(n)
}

export async function insertUser(db: Kysely<Database>, u: Insertable<UserTable>): Promise<number> {
  const { id } = await db.insertInto('users').values(u).returning('id').executeTakeFirstOrThrow()
  return id
}

export function updateUserRow(db: Kysely<Database>, id: number, patch: Updateable<UserTable>) {
  return db.updateTable('users').set(patch).where('id', '=', id).execute()
}

/** Ends a user's sessions, but `keep` (the session asking) when given. */
export function deleteSessionsOfUser(db: Kysely<Database>, userId: number, keep: string | null) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId)
  if (keep !== null) query = query.where('id', '!=', keep)
  return query.execute()
}
