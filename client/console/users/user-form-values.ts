// The user forms' values and their conversion into API bodies: an owner carries an agency, an
// evaluator a scope (a region, a province or national), an admin neither; the server checks and
// completes the scope.
import type { Role } from '../api/session'
import type { NewUser, User, UserChanges } from '../api/users'

export interface UserFormValues {
  email: string
  name: string
  role: Role | ''
  agencyId: string
  regionId: string
  /** An evaluator's scope kind, and the province code of a province scope. */
  scopeKind: 'region' | 'province' | 'national'
  provinceCode: string
  password: string
}

export function userValuesOf(user?: User): UserFormValues {
  return {
    email: user?.email ?? '',
    name: user?.name ?? '',
    role: user?.role ?? 'owner',
    agencyId: user?.agencyId == null ? '' : String(user.agencyId),
    regionId: user?.regionId == null ? '' : String(user.regionId),
    scopeKind: user?.scope?.kind ?? 'region',
    provinceCode: user?.scope?.kind === 'province' ? (user.scope.code ?? '') : '',
    password: '',
  }
}

const idOrNull = (value: string) => (value ? Number(value) : null)

export function newUserOf(v: UserFormValues): NewUser {
  return {
    email: v.email.trim(),
    name: v.name.trim(),
    role: v.role as Role,
    password: v.password,
    ...(v.role === 'owner' ? { agencyId: idOrNull(v.agencyId) } : {}),
    ...(v.role === 'evaluator' ? evaluatorScopeOf(v) : {}),
  }
}

/** An evaluator's region (as before scopes), or a province or national scope. */
function evaluatorScopeOf(v: UserFormValues): Pick<NewUser, 'regionId' | 'scope'> {
  if (v.scopeKind === 'national') return { scope: { kind: 'national' } }
  if (v.scopeKind === 'province') return { scope: { kind: 'province', code: v.provinceCode } }
  return { regionId: idOrNull(v.regionId) }
}

export function userChangesOf(before: User, v: UserFormValues): UserChanges {
  const changes: UserChanges = {}
  if (v.name.trim() !== before.name) changes.name = v.name.trim()
  if (v.role && v.role !== before.role) changes.role = v.role
  const role = v.role || before.role
  // The server derives the rest: an owner's region is the agency's, an admin has neither.
  if (role === 'owner' && idOrNull(v.agencyId) !== before.agencyId)
    changes.agencyId = idOrNull(v.agencyId)
  if (role === 'evaluator') {
    const kind = before.scope?.kind
    const changed =
      v.scopeKind !== kind ||
      (kind === 'region' && idOrNull(v.regionId) !== before.regionId) ||
      (kind === 'province' && v.provinceCode !== before.scope?.code)
    if (changed) Object.assign(changes, evaluatorScopeOf(v))
  }
  if (v.password) changes.password = v.password
  return changes
}
