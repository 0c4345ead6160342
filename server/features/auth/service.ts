// Login, logout, one's own password, and who a request's credential belongs to. Wrong
// credentials always get the same message, failed attempts are throttled (login-throttle.ts), and
// sessions live server-side only; API tokens are resolved by their feature (api-tokens).
import { createHash, randomBytes } from 'node:crypto'
import type { AppDeps } from '../../deps'
import { sessionUserOf, type Credential, type SessionUser } from '../../http/context'
import { AppError, fieldIssue, said } from '../../http/app-error'
import { findTokenUser } from '../api-tokens/service'
import { recordAudit } from '../audit/service'
import { loginDeviceOf, loginDeviceSecret, issueLoginDevice } from './login-device'
import { createLoginThrottle, type LoginThrottle } from './login-throttle'
import { hashPassword, verifyPassword } from './password'
import * as repo from './repository'

export interface LoginGuard {
  throttle: LoginThrottle
  /** A real hash to verify against when the email is unknown, so timing does not reveal it. */
  decoyHash: Promise<string>
}

export function createLoginGuard(): LoginGuard {
  return {
    throttle: createLoginThrottle(),
    decoyHash: hashPassword(randomBytes(16).toString('hex')),
  }
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

function tooManyAttempts(retryAfter: number): AppError {
  return new AppError('rate_limited', said('login.too-many'), undefined, {
    'retry-after': String(retryAfter),
  })
}

export interface LoginResult {
  token: string
  user: SessionUser
  expiresAt: Date
  /** The browser's new login device cookie (login-device.ts). */
  deviceCookie: string
}

/** Checks the credentials and opens a session; answers the cookie token and the user. */
export async function login(
  deps: AppDeps,
  guard: LoginGuard,
  input: { email: string; password: string },
  client: { address: string; deviceCookie?: string },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase()
  const now = deps.now()
  const secret = await loginDeviceSecret(deps.db, now)
  const attempt = {
    email,
    address: client.address,
    device: loginDeviceOf(secret, client.deviceCookie, email),
  }
  const wait = guard.throttle.retryAfter(attempt, now.getTime())
  if (wait > 0) throw tooManyAttempts(wait)
  const user = await repo.findUserByEmail(deps.db, email)
  const ok = await verifyPassword(input.password, user?.password_hash ?? (await guard.decoyHash))
  if (!user || !ok || user.active !== 1) {
    guard.throttle.failed(attempt, now.getTime())
    throw new AppError('unauthenticated', said('login.wrong'))
  }
  guard.throttle.succeeded(attempt)
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3600_000)
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertSession(trx, {
      id: hashSessionToken(token),
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    })
    await repo.deleteExpiredSessions(trx, now.toISOString())
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'auth.login',
      objectType: 'user',
      objectId: user.id,
    })
  })
  const deviceCookie = issueLoginDevice(secret, email)
  return { token, user: sessionUserOf(user), expiresAt, deviceCookie }
}

/** The user of a session cookie's token, or null (unknown, expired, deactivated). */
export async function resolveSession(deps: AppDeps, token: string): Promise<SessionUser | null> {
  const row = await repo.findSessionUser(deps.db, hashSessionToken(token), deps.now().toISOString())
  return row ? sessionUserOf(row) : null
}

/**
 * Who a credential belongs to now, or null once it no longer holds (logged out, expired,
 * revoked, deactivated): long-lived requests such as live streams ask again while they run.
 */
export async function currentUser(
  deps: AppDeps,
  credential: Credential,
): Promise<SessionUser | null> {
  if (credential.kind === 'token') return findTokenUser(deps, credential.id)
  const row = await repo.findSessionUser(deps.db, credential.id, deps.now().toISOString())
  return row ? sessionUserOf(row) : null
}

export async function logout(
  deps: AppDeps,
  token: string,
  user: SessionUser | null,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, hashSessionToken(token))
    if (user) {
      await recordAudit(trx, deps.now(), {
        userId: user.id,
        action: 'auth.logout',
        objectType: 'user',
        objectId: user.id,
      })
    }
  })
}

/**
 * Changes one's own password after checking the current one, and ends one's other sessions:
 * whoever knew the old password is out, this browser stays in. Wrong current passwords count
 * as failed logins of the account.
 */
export async function changeOwnPassword(
  deps: AppDeps,
  guard: LoginGuard,
  user: SessionUser,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
  address: string,
): Promise<void> {
  const now = deps.now()
  const attempt = { email: user.email, address, device: `session:${sessionId}` }
  const wait = guard.throttle.retryAfter(attempt, now.getTime())
  if (wait > 0) throw tooManyAttempts(wait)
  const row = await repo.findUserByEmail(deps.db, user.email)
  if (!row || !(await verifyPassword(input.currentPassword, row.password_hash))) {
    guard.throttle.failed(attempt, now.getTime())
    throw AppError.invalid([fieldIssue('currentPassword', 'password.current-wrong')])
  }
  const hash = await hashPassword(input.newPassword)
  await deps.db.transaction().execute(async (trx) => {
    await repo.updatePasswordHash(trx, user.id, hash, now.toISOString())
    await repo.deleteOtherSessions(trx, user.id, sessionId)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'auth.password',
      objectType: 'user',
      objectId: user.id,
      after: { passwordChanged: true, otherSessionsEnded: true },
    })
  })
}
