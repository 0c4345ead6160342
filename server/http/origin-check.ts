// Refuses state-changing requests that a browser sent from another site: the session cookie is
// SameSite=Lax, and this closes the remaining gaps (same-site subdomains, old browsers).
import type { MiddlewareHandler } from 'hono'
import { AppError, said } from './app-error'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

export function originCheck(allowedOrigins: string[] = []): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      const origin = c.req.header('origin')
      const site = c.req.header('sec-fetch-site')
      const own = new URL(c.req.url).origin
      const originOk = !origin || origin === own || allowedOrigins.includes(origin)
      const siteOk = !site || site === 'same-origin' || site === 'none'
      if (!originOk || (!origin && !siteOk)) {
        throw new AppError('forbidden', said('request.cross-site'))
      }
    }
    await next()
  }
}
