// What a request carries through the middleware: the logged-in user resolved from the session
// cookie or an API token, how they proved it, and the client's address.
import type { Role, ScopeKind } from '../../db/database'

export interface SessionUser {
  id: number
  email: string
  name: string
  role: Role
  agencyId: number | null
  regionId: number | null
  /** Evaluators' scope: a region (regionId), a province (its code) or national; null otherwise. */
  scope: { kind: ScopeKind; code?: string } | null
}

/** How the caller authenticated: a console session (its hash) or an API token (its id). */
export type Credential =
  { kind: 'session'; id: string } | { kind: 'token'; id: number; scopes: readonly string[] }

export type AppEnv = {
  Variables: {
    user: SessionUser | null
    credential: Credential | null
    clientAddress: string
    /** This request's id (X-Request-Id), in its log line and its answer. */
    requestId: string
  }
}

/** A users row (snake_case, as joined by sessions and tokens) as the request's user. */
export function sessionUserOf(row: {
  id: number
  email: string
  name: string
  role: Role
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
  role: Role
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
