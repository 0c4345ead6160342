// Role checks that fail closed: no user -> 401, a role not listed (or unknown) -> 403.
import type { Context, MiddlewareHandler } from 'hono'
import type { Role } from '../../db/database'
import { AppError, said } from './app-error'
import type { AppEnv, SessionUser } from './context'

export function requireUser(c: Context<AppEnv>): SessionUser {
  const user = c.get('user')
  if (!user) throw new AppError('unauthenticated', said('login.required'))
  return user
}

export function requireRole(c: Context<AppEnv>, ...roles: Role[]): SessionUser {
  const user = requireUser(c)
  if (!roles.includes(user.role)) throw AppError.forbidden()
  return user
}

/** A route's role check as middleware, run before its input is validated (a 403, not a 422). */
export function onlyRoles(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requireRole(c, ...roles)
    await next()
  }
}
