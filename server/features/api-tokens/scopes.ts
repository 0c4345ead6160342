// What an API token may call: one list of routes per scope, and the few reads every token may
// make to find its way (who am I, which programs). A route in no list is refused to tokens
// (403), so routes added later stay session-only until they are listed here. The OpenAPI
// document's `security` of each operation is built from the same lists (server/api-document.ts).
import type { Role } from '../../../db/database'
import { TOKEN_SCOPES, type TokenScope } from '../../domain/integrations'

export { SCOPE_TEXT, TOKEN_SCOPES, type TokenScope } from '../../domain/integrations'

/** `METHOD /api/path` as Hono registers the route. */
type RouteKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /api/${string}`

/** Reads any token may make, whatever its scopes. */
export const EVERY_TOKEN: readonly RouteKey[] = [
  'GET /api/me',
  'GET /api/dimensions',
  'GET /api/regions',
  'GET /api/agencies',
  'GET /api/programs',
  'GET /api/programs/:id',
]

const READ_QUESTIONNAIRES: readonly RouteKey[] = [
  'GET /api/programs/:id/questionnaires',
  'GET /api/questionnaires/:id',
  'GET /api/questionnaires/:id/versions/:version',
]

export const SCOPE_ROUTES: Record<TokenScope, readonly RouteKey[]> = {
  'read:analytics': [
    'GET /api/programs/:id/analytics',
    'GET /api/programs/:id/analytics/crosstab',
    'GET /api/programs/:id/analytics/comments',
    'GET /api/programs/:id/analytics/summary',
    'GET /api/programs/:id/score',
    'GET /api/programs/:id/assessment',
    'GET /api/evaluations/:regionId/:year',
    ...READ_QUESTIONNAIRES,
  ],
  'read:exports': [
    'GET /api/evaluations/:regionId/:year/export.csv',
    'GET /api/evaluations/:regionId/:year/export.xlsx',
    'GET /api/evaluations/:regionId/:year/export.pdf',
    'GET /api/evaluations/:regionId/:year/export.json',
    'GET /api/questionnaires/:id/responses.csv',
    'GET /api/questionnaires/:id/responses.xlsx',
    'GET /api/questionnaires/:id/responses.json',
  ],
  'write:questionnaires': [
    'GET /api/templates',
    'POST /api/programs/:id/questionnaires',
    'PUT /api/questionnaires/:id',
    'POST /api/questionnaires/:id/publish',
    'GET /api/questionnaires/:id/diff',
    ...READ_QUESTIONNAIRES,
  ],
}

/** Roles that may hold a scope: a token never does what its owner's role cannot. */
export const SCOPE_ROLES: Record<TokenScope, readonly Role[]> = {
  'read:analytics': ['admin', 'owner', 'evaluator'],
  'read:exports': ['admin', 'owner', 'evaluator'],
  'write:questionnaires': ['admin', 'owner'],
}

/** The scopes under which a token may call `method path` (path as registered), [] for every token, null for none. */
export function scopesFor(method: string, path: string): readonly TokenScope[] | null {
  const key = `${method} ${path}` as RouteKey
  if (EVERY_TOKEN.includes(key)) return []
  const scopes = TOKEN_SCOPES.filter((scope) => SCOPE_ROUTES[scope].includes(key))
  return scopes.length > 0 ? scopes : null
}

/** Whether a token with `held` scopes may call `method path`. */
export function tokenMayCall(held: readonly string[], method: string, path: string): boolean {
  const needed = scopesFor(method, path)
  return needed !== null && (needed.length === 0 || needed.some((s) => held.includes(s)))
}
