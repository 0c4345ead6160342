// The user forms' values and their conversion into API bodies: an owner carries an agency, an
// evaluator a region, an admin neither; the server checks and completes the scope.
import type { Role } from '../api/session'
import type { NewUser, User, UserChanges } from '../api/users'

export interface UserFormValues {
  email: string
  name: string
  role: Role | ''
  agencyId: string
  regionId: string
  password: string
}

export function userValuesOf(user?: User): UserFormValues {
  return {
    email: user?.email ?? '',
    name: user?.name ?? '',
    role: user?.role ?? 'owner',
    agencyId: user?.agencyId == null ? '' : String(user.agencyId),
    regionId: user?.regionId == null ? '' : String(user.regionId),
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
    ...(v.role === 'evaluator' ? { regionId: idOrNull(v.regionId) } : {}),
  }
}

export function userChangesOf(before: User, v: UserFormValues): UserChanges {
  const changes: UserChanges = {}
  if (v.name.trim() !== before.name) changes.name = v.name.trim()
  if (v.role && v.role !== before.role) changes.role = v.role
  const role = v.role || before.role
  // The server derives the rest: an owner's region is the agency's, an admin has neither.
  if (role === 'owner' && idOrNull(v.agencyId) !== before.agencyId)
    changes.agencyId = idOrNull(v.agencyId)
  if (role === 'evaluator' && idOrNull(v.regionId) !== before.regionId)
    changes.regionId = idOrNull(v.regionId)
  if (v.password) changes.password = v.password
  return changes
}
