// The first admin: from ADMIN_EMAIL/ADMIN_PASSWORD, or with a generated password printed once.
import type { Kysely } from 'kysely'
import type { Database, Role } from '../../../db/database'
import { generatePassword, hashPassword } from '../auth/password'
import { recordAudit } from '../audit/service'

export interface CreatedLogin {
  email: string
  /** Present only when the platform generated it (it is never stored in clear). */
  generatedPassword?: string
  role: Role
}

/** Creates the first admin when the database has none; answers what to print, or null. */
export async function ensureFirstAdmin(
  db: Kysely<Database>,
  opts: { email?: string; password?: string },
  now: Date,
): Promise<CreatedLogin | null> {
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .executeTakeFirst()
  if (admin) return null
  const email = (opts.email ?? 'admin@localhost').trim().toLowerCase()
  const password = opts.password ?? generatePassword()
  const at = now.toISOString()
  const { id } = await db
    .insertInto('users')
    .values({
      email,
      name: 'Administrator',
      password_hash: await hashPassword(password),
      role: 'admin',
      agency_id: null,
      region_id: null,
      active: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await recordAudit(db, now, {
    userId: null,
    action: 'user.bootstrap',
    objectType: 'user',
    objectId: id,
    after: { email, role: 'admin' },
  })
  return { email, role: 'admin', generatedPassword: opts.password ? undefined : password }
}
