// User management by admins: roles with the scope each needs (owners an agency, evaluators a
// region, a province or the whole country), lower-cased unique emails, and no admin locking
// themselves (or everyone) out.
import type { Kysely } from 'kysely'
import type { Database, Role, ScopeKind, UserRow } from '../../../db/database'
import { AppError, fieldIssue, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import { hashPassword } from '../auth/password'
import { findAgency } from '../agencies/service'
import { findAreaProvince, findRegion, findRegionByCode } from '../regions/service'
import * as repo from './repository'
import type { CreateUserInput, UpdateUserInput } from './schemas'
import type { MessageCode, MessageParams } from '../../domain/messages'

function scopeOf(row: UserRow): { kind: ScopeKind; code?: string } | null {
  if (row.role !== 'evaluator') return null
  const kind = row.scope_kind ?? (row.region_id === null ? null : 'region')
  if (kind === null) return null
  return row.scope_code ? { kind, code: row.scope_code } : { kind }
}

/** A user as the API shows it: never with the password hash. */
export function toUser(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    regionId: row.region_id,
    scope: scopeOf(row),
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export type User = ReturnType<typeof toUser>

export async function listUsers(
  db: Kysely<Database>,
  filter: repo.UserFilter,
  page: { limit: number; offset: number },
) {
  const [rows, total] = await Promise.all([
    repo.listUserRows(db, filter, page),
    repo.countUsers(db, filter),
  ])
  return { items: rows.map(toUser), total, ...page }
}

type Scope = {
  agencyId?: number | null
  regionId?: number | null
  scope?: { kind: ScopeKind; code?: string } | null
}
type StoredScope = { agencyId: number | null; regionId: number | null; scope: User['scope'] }

function refuse(path: string, code: MessageCode, params?: MessageParams): never {
  throw AppError.invalid([fieldIssue(path, code, params)])
}

const NO_SCOPE = { scopeKind: null, scopeCode: null }

/**
 * An evaluator's scope from what was sent: `scope` (a region or province by Kemendagri code, or
 * national), or `regionId` alone (a region, as before scopes); otherwise what they had.
 */
async function resolveEvaluatorScope(db: Kysely<Database>, given: Scope, current?: StoredScope) {
  if (given.agencyId != null) refuse('agencyId', 'user.evaluator-agency')
  const scope = given.scope
  if (scope === null) refuse('scope', 'user.evaluator-scope')
  if (scope?.kind === 'national') {
    if (scope.code !== undefined) refuse('scope.code', 'user.national-code')
    return { agencyId: null, regionId: null, scopeKind: 'national' as const, scopeCode: null }
  }
  if (scope?.kind === 'province') {
    if (!scope.code || !findAreaProvince(scope.code)) refuse('scope.code', 'user.province-code')
    return { agencyId: null, regionId: null, scopeKind: 'province' as const, scopeCode: scope.code }
  }
  let regionId: number | null
  if (scope?.kind === 'region') {
    if (!scope.code) refuse('scope.code', 'user.region-code')
    const region = await findRegionByCode(db, scope.code)
    if (!region) refuse('scope.code', 'user.region-not-set-up', { code: scope.code })
    if (given.regionId != null && given.regionId !== region.id)
      refuse('regionId', 'user.region-mismatch')
    regionId = region.id
  } else if (given.regionId != null) {
    regionId = given.regionId
  } else if (given.regionId === undefined && current?.scope) {
    const kept = current.scope
    return {
      agencyId: null,
      regionId: kept.kind === 'region' ? current.regionId : null,
      scopeKind: kept.kind,
      scopeCode: kept.code ?? null,
    }
  } else {
    regionId = given.regionId === undefined ? (current?.regionId ?? null) : null
  }
  if (regionId === null) refuse('regionId', 'user.evaluator-region')
  const region = await findRegion(db, regionId)
  if (!region) refuse('regionId', 'region.unknown-id')
  return { agencyId: null, regionId, scopeKind: 'region' as const, scopeCode: region.code }
}

/**
 * The agency, region and scope a user of `role` gets from what was sent (`given`) and what they
 * had: owners need an existing agency (their region is the agency's), evaluators a scope, admins
 * neither. Values left over from a previous role are dropped; values sent are checked.
 */
async function resolveScope(db: Kysely<Database>, role: Role, given: Scope, current?: StoredScope) {
  if (role !== 'evaluator' && given.scope != null) refuse('scope', 'user.scope-evaluators-only')
  if (role === 'admin') {
    if (given.agencyId != null) refuse('agencyId', 'user.admin-agency')
    if (given.regionId != null) refuse('regionId', 'user.admin-region')
    return { agencyId: null, regionId: null, ...NO_SCOPE }
  }
  if (role === 'owner') {
    const agencyId = given.agencyId !== undefined ? given.agencyId : (current?.agencyId ?? null)
    if (agencyId === null) refuse('agencyId', 'user.owner-agency')
    const agency = await findAgency(db, agencyId)
    if (!agency) refuse('agencyId', 'agency.unknown-id')
    if (given.regionId != null && given.regionId !== agency.regionId) {
      refuse('regionId', 'user.owner-region')
    }
    return { agencyId, regionId: agency.regionId, ...NO_SCOPE }
  }
  if (role === 'evaluator') return resolveEvaluatorScope(db, given, current)
  return refuse('role', 'user.unknown-role')
}

export async function createUser(
  db: Kysely<Database>,
  actor: SessionUser,
  input: CreateUserInput,
  now: Date,
): Promise<User> {
  const email = input.email.toLowerCase()
  const passwordHash = await hashPassword(input.password)
  return db.transaction().execute(async (trx) => {
    if (await repo.findUserRowByEmail(trx, email)) {
      throw new AppError('conflict', said('user.email-taken', { email }))
    }
    const scope = await resolveScope(trx, input.role, input)
    const at = now.toISOString()
    const id = await repo.insertUser(trx, {
      email,
      name: input.name.trim(),
      password_hash: passwordHash,
      role: input.role,
      agency_id: scope.agencyId,
      region_id: scope.regionId,
      scope_kind: scope.scopeKind,
      scope_code: scope.scopeCode,
      active: 1,
      created_at: at,
      updated_at: at,
    })
    const user = toUser((await repo.findUserRowById(trx, id))!)
    await recordAudit(trx, now, {
      userId: actor.id,
      action: 'user.create',
      objectType: 'user',
      objectId: id,
      after: user,
    })
    return user
  })
}

/**
 * Partial update with the same scope rules; deactivating ends the user's sessions, a new password
 * ends every session of theirs but the one of an admin changing their own. Audited.
 */
export async function updateUser(
  db: Kysely<Database>,
  actor: SessionUser,
  id: number,
  input: UpdateUserInput,
  now: Date,
  actorSessionId: string | null = null,
): Promise<User> {
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password)
  return db.transaction().execute(async (trx) => {
    const row = await repo.findUserRowById(trx, id)
    if (!row) throw AppError.notFound('user')
    const role = input.role ?? row.role
    const deactivating = input.active === false
    if (id === actor.id && deactivating) refuse('active', 'user.self-deactivate')
    if (id === actor.id && role !== 'admin') refuse('role', 'user.self-demote')
    const removesAdmin =
      row.role === 'admin' && row.active === 1 && (role !== 'admin' || deactivating)
    if (removesAdmin && (await repo.countActiveAdmins(trx)) <= 1) {
      throw new AppError('conflict', said('user.last-admin'))
    }
    const before = toUser(row)
    const scope = await resolveScope(trx, role, input, {
      agencyId: row.agency_id,
      regionId: row.region_id,
      scope: role === row.role ? before.scope : null,
    })
    await repo.updateUserRow(trx, id, {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
      ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
      role,
      agency_id: scope.agencyId,
      region_id: scope.regionId,
      scope_kind: scope.scopeKind,
      scope_code: scope.scopeCode,
      updated_at: now.toISOString(),
    })
    // A new password ends the sessions of whoever knew the old one; the admin who changes their
    // own keeps the session they are using.
    if (deactivating || passwordHash !== undefined) {
      await repo.deleteSessionsOfUser(trx, id, id === actor.id ? actorSessionId : null)
    }
    const user = toUser((await repo.findUserRowById(trx, id))!)
    await recordAudit(trx, now, {
      userId: actor.id,
      action: 'user.update',
      objectType: 'user',
      objectId: id,
      before,
      after: passwordHash === undefined ? user : { ...user, passwordChanged: true },
    })
    return user
  })
}
