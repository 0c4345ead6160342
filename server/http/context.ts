// What a request carries through the middleware: the logged-in user resolved from the session
// cookie and the client's address.
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

export type AppEnv = {
  Variables: {
    user: SessionUser | null
    clientAddress: string
    /** This request's id (X-Request-Id), in its log line and its answer. */
    requestId: string
  }
}
