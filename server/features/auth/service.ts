// Login, logout and session resolution. Wrong credentials always get the same message, failed
// attempts are limited per account and per address, and sessions live server-side only.
import { createHash, randomBytes } from 'node:crypto'
import type { AppDeps } from '../../deps'
import type { ScopeKind } from '../../../db/database'
import type { SessionUser } from '../../http/context'
import { AppError, said } from '../../http/app-error'
import { RateLimiter } from '../../http/rate-limiter'
import { recordAudit } from '../audit/service'
import { hashPassword, verifyPassword } from './password'
import * as repo from './repository'

const FAILURE_WINDOW_MS = 15 * 60 * 1000

export interface LoginGuard {
  perAccount: RateLimiter
  perAddress: RateLimiter
  /** A real hash to verify against when the email is unknown, so timing does not reveal it. */
  decoyHash: Promise<string>
}

export function createLoginGuard(): LoginGuard {
  return {
    perAccount: new RateLimiter(5, FAILURE_WINDOW_MS),
    perAddress: new RateLimiter(30, FAILURE_WINDOW_MS),
    decoyHash: hashPassword(randomBytes(16).toString('hex')),
  }
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function toSessionUser(row: {
  id: number
  email: string
  name: string
  role: SessionUser['role']
  agency_id: number | null
  region_id: number | null
  scope_kind: ScopeKind | null
  scope_code: string | null
}): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    regionId: row.region_id,
    scope: evaluatorScope(row),
  }
}

/** An evaluator's scope; one stored before scopes existed (a region only) reads as that region. */
function evaluatorScope(row: {
  role: SessionUser['role']
  region_id: number | null
  scope_kind: ScopeKind | null
  scope_code: string | null
}): SessionUser['scope'] {
  if (row.role !== 'evaluator') return null
  const kind = row.scope_kind ?? (row.region_id === null ? null : 'region')
  if (kind === null || (kind === 'region' && row.region_id === null)) return null
  if (kind === 'province' && row.scope_code === null) return null
  return kind === 'national'
    ? { kind }
    : { kind, ...(row.scope_code ? { code: row.scope_code } : {}) }
}

/** Checks the credentials and opens a session; answers the cookie token and the user. */
export async function login(
  deps: AppDeps,
  guard: LoginGuard,
  input: { email: string; password: string },
  address: string,
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const email = input.email.trim().toLowerCase()
  const now = deps.now().getTime()
  const accountKey = `account:${email}`
  const addressKey = `address:${address}`
  for (const [limiter, key] of [
    [guard.perAccount, accountKey],
    [guard.perAddress, addressKey],
  ] as const) {
    const d = limiter.blocked(key, now)
    if (!d.allowed) {
      throw new AppError('rate_limited', said('login.too-many'), undefined, {
        'retry-after': String(d.retryAfter),
      })
    }
  }
  const user = await repo.findUserByEmail(deps.db, email)
  const ok = await verifyPassword(input.password, user?.password_hash ?? (await guard.decoyHash))
  if (!user || !ok || user.active !== 1) {
    guard.perAccount.hit(accountKey, now)
    guard.perAddress.hit(addressKey, now)
    throw new AppError('unauthenticated', said('login.wrong'))
  }
  guard.perAccount.reset(accountKey)
  const token = randomBytes(32).toString('base64url')
  const createdAt = deps.now()
  const expiresAt = new Date(createdAt.getTime() + deps.config.sessionTtlHours * 3600_000)
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertSession(trx, {
      id: hashSessionToken(token),
      userId: user.id,
      createdAt: createdAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
    })
    await repo.deleteExpiredSessions(trx, createdAt.toISOString())
    await recordAudit(trx, createdAt, {
      userId: user.id,
      action: 'auth.login',
      objectType: 'user',
      objectId: user.id,
    })
  })
  return { token, user: toSessionUser(user), expiresAt }
}

export async function resolveSession(deps: AppDeps, token: string): Promise<SessionUser | null> {
  const row = await repo.findSessionUser(deps.db, hashSessionToken(token), deps.now().toISOString())
  return row ? toSessionUser(row) : null
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
