// POST /api/auth/login, POST /api/auth/logout, GET /api/me, PUT /api/me/password.
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { describeRoute } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { AppError, said } from '../../http/app-error'
import { json, problems } from '../../http/openapi-responses'
import { validate } from '../../http/validate'
import { requireUser } from '../../http/permissions'
import { LOGIN_DEVICE_COOKIE, LOGIN_DEVICE_MAX_AGE } from './login-device'
import { LoginSchema, MeSchema, PasswordChangeSchema } from './schemas'
import { changeOwnPassword, createLoginGuard, login, logout } from './service'
import { SESSION_COOKIE } from './session'

export function authRoutes(deps: AppDeps) {
  const guard = createLoginGuard()
  return new Hono<AppEnv>()
    .post(
      '/auth/login',
      describeRoute({
        tags: ['auth'],
        summary: 'Log in with email and password; sets the session cookie',
        description:
          'Failed attempts are throttled with growing waits (429 with Retry-After) per account and address, or per account and browser once it has logged in before; see the README.',
        responses: {
          200: json(MeSchema, 'The user'),
          ...problems(401, 429),
        },
      }),
      validate('json', LoginSchema),
      async (c) => {
        const result = await login(deps, guard, c.req.valid('json'), {
          address: c.get('clientAddress'),
          deviceCookie: getCookie(c, LOGIN_DEVICE_COOKIE),
        })
        const cookie = { httpOnly: true, sameSite: 'Lax', secure: deps.config.secureCookies }
        setCookie(c, SESSION_COOKIE, result.token, {
          ...cookie,
          sameSite: 'Lax',
          path: '/',
          expires: result.expiresAt,
        })
        setCookie(c, LOGIN_DEVICE_COOKIE, result.deviceCookie, {
          ...cookie,
          sameSite: 'Lax',
          path: '/api/auth',
          maxAge: LOGIN_DEVICE_MAX_AGE,
        })
        return c.json(result.user)
      },
    )
    .post(
      '/auth/logout',
      describeRoute({
        tags: ['auth'],
        summary: 'End the session (also its live streams); without one, nothing to end',
        responses: { 204: { description: 'Logged out' } },
      }),
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
        summary: 'The logged-in user (or the owner of the API token)',
        responses: { 200: json(MeSchema, 'The user') },
      }),
      (c) => c.json(requireUser(c)),
    )
    .put(
      '/me/password',
      describeRoute({
        tags: ['auth'],
        summary:
          'Change your own password (the current one is checked); your other sessions end, this one stays',
        responses: { 204: { description: 'Changed' }, ...problems(429) },
      }),
      validate('json', PasswordChangeSchema),
      async (c) => {
        const user = requireUser(c)
        const credential = c.get('credential')
        if (credential?.kind !== 'session') throw AppError.forbidden(said('password.from-session'))
        const input = c.req.valid('json')
        await changeOwnPassword(deps, guard, user, credential.id, input, c.get('clientAddress'))
        return c.body(null, 204)
      },
    )
}
