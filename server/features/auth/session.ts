// Middleware that resolves the session cookie into `c.var.user` (null when absent or expired).
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AppDeps, AppEnv } from '../../http/context'
import { resolveSession } from './service'

export const SESSION_COOKIE = 'qw_session'

export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE)
    c.set('user', token ? await resolveSession(deps, token) : null)
    await next()
  }
}
