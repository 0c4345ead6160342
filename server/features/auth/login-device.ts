// The device cookie of a staff login (OWASP's "device cookies"): after a successful login the
// browser gets `email.nonce.signature`, HMAC-signed with a key kept in the database. A login
// attempt that presents a valid one for the same account is throttled on its own
// (login-throttle.ts), so a guesser elsewhere never slows down the account's own browsers.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { serverSecret } from '../../../db/server-secrets'

export const LOGIN_DEVICE_COOKIE = 'qw_login_device'
export const LOGIN_DEVICE_MAX_AGE = 365 * 24 * 60 * 60

export const loginDeviceSecret = (db: Kysely<Database>, now: Date) =>
  serverSecret(db, 'login_device_cookie', now)

const sign = (secret: Buffer, body: string) =>
  createHmac('sha256', secret).update(body).digest('base64url')

/** A new device cookie value for `email`. */
export function issueLoginDevice(secret: Buffer, email: string): string {
  const body = `${Buffer.from(email).toString('base64url')}.${randomBytes(16).toString('base64url')}`
  return `${body}.${sign(secret, body)}`
}

/** The device id of a cookie signed for `email`, else null (absent, forged, another account). */
export function loginDeviceOf(
  secret: Buffer,
  cookie: string | undefined,
  email: string,
): string | null {
  const parts = cookie?.split('.')
  if (parts?.length !== 3) return null
  const [owner, nonce, signature] = parts as [string, string, string]
  const given = Buffer.from(signature)
  const expected = Buffer.from(sign(secret, `${owner}.${nonce}`))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return Buffer.from(owner, 'base64url').toString() === email ? nonce : null
}
