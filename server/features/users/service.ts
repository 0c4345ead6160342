// User management by admins: roles with the scope each needs (owners an agency, evaluators a
// region), lower-cased unique emails, and no admin locking themselves (or everyone) out.
import type { Kysely } from 'kysely'
import type { Database, Role, UserRow } from '../../../db/database'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import { hashPassword } from '../auth/password'
import { findAgency } from '../agencies/service'
import { findRegion } from '../regions/service'
import * as repo from './repository'
import type { CreateUserInput, UpdateUserInput } from './schemas'

/** A user as the API shows it: never with the password hash. */
export function toUser(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    regionId: row.region_id,
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

type Scope = { agencyId?: number | null; regionId?: number | null }

function refuse(path: string, message: string): never {
  throw AppError.invalid([{ path, message }])
}

/**
 * The agency and region a user of `role` gets from what was sent (`given`) and what they had:
 * owners need an existing agency (their region is the agency's), evaluators an existing region,
 * admins neither. Values left over from a previous role are dropped; values sent are checked.
 */
async function resolveScope(db: Kysely<Database>, role: Role, given: Scope, current?: Scope) {
  if (role === 'admin') {
    if (given.agencyId != null) refuse('agencyId', 'Admins do not belong to an agency.')
    if (given.regionId != null) refuse('regionId', 'Admins are not limited to one region.')
    return { agencyId: null, regionId: null }
  }
  if (role === 'owner') {
    const agencyId = given.agencyId !== undefined ? given.agencyId : (current?.agencyId ?? null)
    if (agencyId === null) refuse('agencyId', 'A program owner needs an agency.')
    const agency = await findAgency(db, agencyId)
    if (!agency) refuse('agencyId', 'No agency has this id.')
    if (given.regionId != null && given.regionId !== agency.regionId) {
      refuse('regionId', "An owner's region is the region of their agency.")
    }
    return { agencyId, regionId: agency.regionId }
  }
  if (role === 'evaluator') {
    if (given.agencyId != null) refuse('agencyId', 'Evaluators do not belong to an agency.')
    const regionId = given.regionId !== undefined ? given.regionId : (current?.regionId ?? null)
    if (regionId === null) refuse('regionId', 'An evaluator needs a region.')
    if (!(await findRegion(db, regionId))) refuse('regionId', 'No region has this id.')
    return { agencyId: null, regionId }
  }
  return refuse('role', 'Unknown role.')
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
      throw new AppError('conflict', `A user with the email ${email} already exists.`)
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
    if (!row) throw AppError.notFound('The user')
    const role = input.role ?? row.role
    const deactivating = input.active === false
    if (id === actor.id && deactivating) refuse('active', 'You cannot deactivate your own account.')
    if (id === actor.id && role !== 'admin')
      refuse('role', 'You cannot remove your own admin role.')
    const removesAdmin =
      row.role === 'admin' && row.active === 1 && (role !== 'admin' || deactivating)
    if (removesAdmin && (await repo.countActiveAdmins(trx)) <= 1) {
      throw new AppError('conflict', 'The platform needs at least one active admin.')
    }
    const scope = await resolveScope(trx, role, input, {
      agencyId: row.agency_id,
      regionId: row.region_id,
    })
    await repo.updateUserRow(trx, id, {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
      ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
      role,
      agency_id: scope.agencyId,
      region_id: scope.regionId,
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
      before: toUser(row),
      after: passwordHash === undefined ? user : { ...user, passwordChanged: true },
    })
    return user
  })
}
