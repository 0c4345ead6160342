// The client's address for rate limits: the socket's remote address; behind a reverse proxy
// (TRUST_PROXY=1) the left-most X-Forwarded-For entry.
import { getConnInfo } from '@hono/node-server/conninfo'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './context'

export function clientAddress(trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let address = 'local'
    const forwarded = trustProxy ? c.req.header('x-forwarded-for') : undefined
    if (forwarded) address = forwarded.split(',')[0]!.trim()
    else {
      try {
        address = getConnInfo(c).remote.address ?? 'local'
      } catch {
        // app.request() in tests has no socket
      }
    }
    c.set('clientAddress', address)
    await next()
  }
}
