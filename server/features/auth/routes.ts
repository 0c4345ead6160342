// POST /api/auth/login, POST /api/auth/logout, GET /api/me.
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { describeRoute, resolver } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { requireUser } from '../../http/permissions'
import { LoginSchema, MeSchema } from './schemas'
import { createLoginGuard, login, logout } from './service'
import { SESSION_COOKIE } from './session'

export function authRoutes(deps: AppDeps) {
  const guard = createLoginGuard()
  return new Hono<AppEnv>()
    .post(
      '/auth/login',
      describeRoute({
        tags: ['auth'],
        summary: 'Log in with email and password; sets the session cookie',
        responses: {
          200: {
            description: 'The user',
            content: { 'application/json': { schema: resolver(MeSchema) } },
          },
        },
      }),
      validate('json', LoginSchema),
      async (c) => {
        const { token, user, expiresAt } = await login(
          deps,
          guard,
          c.req.valid('json'),
          c.get('clientAddress'),
        )
        setCookie(c, SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: 'Lax',
          secure: deps.config.secureCookies,
          path: '/',
          expires: expiresAt,
        })
        return c.json(user)
      },
    )
    .post(
      '/auth/logout',
      describeRoute({ tags: ['auth'], summary: 'End the session' }),
      async (c) => {
        const token = getCookie(c, SESSION_COOKIE)
        if (token) await logout(deps, token, c.get('user'))
        deleteCookie(c, SESSION_COOKIE, { path: '/' })
        return c.body(null, 204)
      },
    )
    .get(
      '/me',
      describeRoute({
        tags: ['auth'],
        summary: 'The logged-in user',
        responses: {
          200: {
            description: 'The user',
            content: { 'application/json': { schema: resolver(MeSchema) } },
          },
        },
      }),
      (c) => c.json(requireUser(c)),
    )
}
