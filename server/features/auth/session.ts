// Middleware that resolves who is calling: a session cookie or an API token sent as
// `Authorization: Bearer`, into `c.var.user` and `c.var.credential` (null when absent or no
// longer valid), and the gate that refuses anonymous calls and tokens outside their scopes.
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { matchedRoutes } from 'hono/route'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import type { CodedMessage } from '../../domain/messages'
import { AppError, said } from '../../http/app-error'
import { resolveBearer } from '../api-tokens/service'
import { tokenMayCall } from '../api-tokens/scopes'
import { hashSessionToken, resolveSession } from './service'

export const SESSION_COOKIE = 'qw_session'

/** API paths anyone may call; everything else under /api needs a session or a token. */
export const PUBLIC_API = [
  /^\/api\/auth\/login$/,
  /^\/api\/auth\/logout$/,
  /^\/api\/public\//,
  /^\/api\/openapi\.json$/,
]

export const isPublicApi = (path: string) => PUBLIC_API.some((re) => re.test(path))

const invalidToken = (detail: CodedMessage) =>
  new AppError('unauthenticated', detail, undefined, {
    'www-authenticate': 'Bearer error="invalid_token"',
  })

export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null)
    c.set('credential', null)
    const authorization = c.req.header('authorization')
    if (authorization !== undefined && !isPublicApi(c.req.path)) {
      const bearer = /^Bearer +([\w.~+/-]+=*)$/i.exec(authorization.trim())?.[1]
      if (!bearer) throw invalidToken(said('token.missing'))
      const found = await resolveBearer(deps, bearer)
      if (!found) throw invalidToken(said('token.unknown'))
      c.set('user', found.user)
      c.set('credential', { kind: 'token', id: found.tokenId, scopes: found.scopes })
      return next()
    }
    const token = getCookie(c, SESSION_COOKIE)
    const user = token ? await resolveSession(deps, token) : null
    c.set('user', user)
    if (user && token) c.set('credential', { kind: 'session', id: hashSessionToken(token) })
    await next()
  }
}

/**
 * The path of the route a request matched, as registered (e.g. /api/programs/:id): the first
 * route of its method, as Hono runs them in registration order (middleware is registered for ALL
 * methods, and the console's catch-all comes after the API).
 */
const endpointOf = (c: Parameters<MiddlewareHandler<AppEnv>>[0]) =>
  matchedRoutes(c).find((route) => route.method !== 'ALL')?.path

/**
 * Refuses anonymous calls to non-public API routes before their input is even validated, and API
 * tokens on routes outside their scopes (403).
 */
export const loginGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (isPublicApi(c.req.path)) return next()
  if (!c.get('user')) {
    throw new AppError('unauthenticated', said('login.required'))
  }
  const credential = c.get('credential')
  if (credential?.kind === 'token') {
    const path = endpointOf(c)
    if (path && !tokenMayCall(credential.scopes, c.req.method, path)) {
      throw AppError.forbidden(said('token.scope-forbidden'))
    }
  }
  await next()
}
