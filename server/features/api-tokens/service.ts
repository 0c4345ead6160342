// Personal API tokens: created by admins, owners and evaluators for themselves with scopes and an
// expiry, shown once, stored as their SHA-256, sent as `Authorization: Bearer`, revocable, and
// audited. A token acts as its owner, with the owner's role and scope as they are at each request
// (a deactivated owner's tokens stop working), and only on the routes of its scopes (scopes.ts).
import { createHash, randomBytes } from 'node:crypto'
import type { AppDeps } from '../../deps'
import { AppError, fieldIssue, said } from '../../http/app-error'
import { sessionUserOf, type SessionUser } from '../../http/context'
import type { ApiTokenTable } from '../../../db/integration-tables'
import type { Selectable } from 'kysely'
import { recordAudit } from '../audit/service'
import * as repo from './repository'
import type { CreateTokenInput } from './schemas'
import { SCOPE_ROLES, type TokenScope } from './scopes'

/** Tokens start with this, so secret scanners and people recognise them. */
const TOKEN_PREFIX = 'qwt_'
const DAY_MS = 86_400_000
const DEFAULT_DAYS = 90
const MAX_DAYS = 366
/** last_used_at is written at most this often per token. */
const TOUCH_EVERY_MS = 60_000

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

function toToken(row: Selectable<ApiTokenTable>) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as TokenScope[],
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }
}

/** GET /api/tokens: the caller's own tokens, newest first, revoked ones included. */
export async function listTokens(deps: Pick<AppDeps, 'db'>, user: SessionUser) {
  return { items: (await repo.listTokenRows(deps.db, user.id)).map(toToken) }
}

/** POST /api/tokens: a new token for the caller; the answer is the only time it is shown. */
export async function createToken(deps: AppDeps, user: SessionUser, input: CreateTokenInput) {
  const now = deps.now()
  for (const [i, scope] of input.scopes.entries()) {
    if (!SCOPE_ROLES[scope].includes(user.role)) {
      throw AppError.invalid([
        fieldIssue(`scopes.${i}`, 'token.scope-role', { role: user.role, scope }),
      ])
    }
  }
  const expiresAt = input.expiresAt
    ? new Date(input.expiresAt)
    : new Date(now.getTime() + DEFAULT_DAYS * DAY_MS)
  if (
    expiresAt.getTime() <= now.getTime() ||
    expiresAt.getTime() > now.getTime() + MAX_DAYS * DAY_MS
  )
    throw AppError.invalid([fieldIssue('expiresAt', 'token.expiry')])
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url')
  const scopes = [...new Set(input.scopes)]
  return deps.db.transaction().execute(async (trx) => {
    const id = await repo.insertToken(trx, {
      user_id: user.id,
      name: input.name.trim(),
      token_hash: hashToken(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      scopes: JSON.stringify(scopes),
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    const created = toToken((await repo.findTokenRow(trx, id))!)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'token.create',
      objectType: 'api_token',
      objectId: id,
      after: created,
    })
    return { ...created, token }
  })
}

/** DELETE /api/tokens/:id: revokes one of the caller's tokens (admins: anyone's). Audited. */
export async function revokeToken(deps: AppDeps, user: SessionUser, id: number) {
  const now = deps.now()
  await deps.db.transaction().execute(async (trx) => {
    const row = await repo.findTokenRow(trx, id)
    if (!row) throw AppError.notFound('token')
    if (row.user_id !== user.id && user.role !== 'admin')
      throw AppError.forbidden(said('token.not-yours'))
    if (row.revoked_at !== null) return
    await repo.revokeTokenRow(trx, id, now.toISOString())
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'token.revoke',
      objectType: 'api_token',
      objectId: id,
      before: toToken(row),
    })
  })
}

/** The owner and scopes of a presented bearer token, or null when it is not live. */
export async function resolveBearer(deps: AppDeps, token: string) {
  if (!token.startsWith(TOKEN_PREFIX)) return null
  const now = deps.now()
  const row = await repo.findLiveToken(deps.db, { hash: hashToken(token) }, now.toISOString())
  if (!row) return null
  const last = row.last_used_at ? Date.parse(row.last_used_at) : 0
  if (now.getTime() - last >= TOUCH_EVERY_MS)
    await repo.touchToken(deps.db, row.token_id, now.toISOString())
  return {
    user: sessionUserOf(row),
    tokenId: row.token_id,
    scopes: JSON.parse(row.scopes) as TokenScope[],
  }
}

/** The owner of token `id` if it is still live (revoked, expired, deactivated: null). */
export async function findTokenUser(deps: AppDeps, id: number): Promise<SessionUser | null> {
  const row = await repo.findLiveToken(deps.db, { id }, deps.now().toISOString())
  return row ? sessionUserOf(row) : null
}
