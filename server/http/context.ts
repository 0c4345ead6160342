// What a request carries through the middleware: the logged-in user resolved from the session
// cookie or an API token, how they proved it, and the client's address.
import type { Role } from '../../db/database'

export interface SessionUser {
  id: number
  email: string
  name: string
  role: Role
  agencyId: number | null
  regionId: number | null
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
}): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    regionId: row.region_id,
  }
}
