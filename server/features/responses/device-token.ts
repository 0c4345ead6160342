// The one-response-per-device cookie: a token signed with HMAC-SHA256 under a secret that is
// generated once and kept in the database. Only the token (not the signature) is stored. A token
// is the time it was issued (12 hex digits of Unix milliseconds, so tokens sort by age) and 96
// random bits: new devices' tokens are appended to the (link, device) index instead of landing
// on a random page of it. The signature, not the token's randomness, is what stops forgeries.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { randomBytesPooled } from './random'

export const DEVICE_COOKIE = 'qw_device'
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60

const SECRET_NAME = 'device_cookie'
const secrets = new WeakMap<Kysely<Database>, Promise<Buffer>>()

async function loadOrCreateSecret(db: Kysely<Database>, now: Date): Promise<Buffer> {
  await db
    .insertInto('server_secrets')
    .values({
      name: SECRET_NAME,
      value: randomBytes(32).toString('base64url'),
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute()
  const row = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', SECRET_NAME)
    .executeTakeFirstOrThrow()
  return Buffer.from(row.value, 'base64url')
}

/** The signing key of this database, created on first use and then cached per connection. */
export function deviceSecret(db: Kysely<Database>, now: Date): Promise<Buffer> {
  let secret = secrets.get(db)
  if (!secret) {
    secret = loadOrCreateSecret(db, now)
    secret.catch(() => secrets.delete(db))
    secrets.set(db, secret)
  }
  return secret
}

const sign = (secret: Buffer, token: string) =>
  createHmac('sha256', secret).update(token).digest('base64url')

/** A new device token and its cookie value `token.signature`. */
export function issueDeviceToken(
  secret: Buffer,
  now: number = Date.now(),
): { token: string; cookie: string } {
  const issued = Math.max(0, Math.floor(now)).toString(16).padStart(12, '0')
  const token = issued + randomBytesPooled(12).toString('base64url')
  return { token, cookie: `${token}.${sign(secret, token)}` }
}

/** The token of a cookie value whose signature checks out, else null (absent, forged, mangled). */
export function verifyDeviceCookie(secret: Buffer, cookie: string | undefined): string | null {
  if (!cookie) return null
  const dot = cookie.indexOf('.')
  if (dot <= 0) return null
  const token = cookie.slice(0, dot)
  const given = Buffer.from(cookie.slice(dot + 1))
  const expected = Buffer.from(sign(secret, token))
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null
}
