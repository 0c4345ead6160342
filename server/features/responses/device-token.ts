// The one-response-per-device cookie: a token signed with HMAC-SHA256 under a secret that is
// generated once and kept in the database. Only the token (not the signature) is stored. A token
// is the time it was issued (12 hex digits of Unix milliseconds, so tokens sort by age) and 96
// random bits: new devices' tokens are appended to the (link, device) index instead of landing
// on a random page of it. The signature, not the token's randomness, is what stops forgeries.
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { serverSecret } from '../../../db/server-secrets'
import { randomBytesPooled } from './random'

export const DEVICE_COOKIE = 'qw_device'
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60

/** The signing key of this database, created on first use. */
export function deviceSecret(db: Kysely<Database>, now: Date): Promise<Buffer> {
  return serverSecret(db, 'device_cookie', now)
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
