// Middleware that resolves the session cookie into `c.var.user` (null when absent or expired).
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { AppError, said } from '../../http/app-error'
import { resolveSession } from './service'

export const SESSION_COOKIE = 'qw_session'

export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE)
    c.set('user', token ? await resolveSession(deps, token) : null)
    await next()
  }
}

/** API paths anyone may call; everything else under /api needs a session (401 before anything). */
const PUBLIC_API = [
  /^\/api\/auth\/login$/,
  /^\/api\/auth\/logout$/,
  /^\/api\/public\//,
  /^\/api\/openapi\.json$/,
]

/** Refuses anonymous calls to non-public API routes before their input is even validated. */
export const loginGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('user') && !PUBLIC_API.some((re) => re.test(c.req.path))) {
    throw new AppError('unauthenticated', said('login.required'))
  }
  await next()
}
