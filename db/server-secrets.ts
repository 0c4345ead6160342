// Named secrets generated once and kept in the database (table server_secrets), so restarts and
// several processes share them: the key of the citizen form's device cookie, the key of the
// staff login's device cookie. Loaded once per connection and then cached.
import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from './database'

const cache = new WeakMap<Kysely<Database>, Map<string, Promise<Buffer>>>()

async function loadOrCreate(db: Kysely<Database>, name: string, now: Date): Promise<Buffer> {
  await db
    .insertInto('server_secrets')
    .values({ name, value: randomBytes(32).toString('base64url'), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute()
  const row = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow()
  return Buffer.from(row.value, 'base64url')
}

/** The 32-byte secret `name` of this database, created on first use. */
export function serverSecret(db: Kysely<Database>, name: string, now: Date): Promise<Buffer> {
  let named = cache.get(db)
  if (!named) cache.set(db, (named = new Map()))
  let secret = named.get(name)
  if (!secret) {
    secret = loadOrCreate(db, name, now)
    secret.catch(() => named.delete(name))
    named.set(name, secret)
  }
  return secret
}
