// The client's address for rate limits: the socket's remote address, or behind reverse proxies
// (TRUST_PROXY=N) the address N entries from the right of X-Forwarded-For. Each proxy appends
// the address it received the request from, so the right-most N entries were written by the N
// trusted proxies and everything left of them by the client, who can write anything there.
import { getConnInfo } from '@hono/node-server/conninfo'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './context'

/** The client address from `X-Forwarded-For` behind `hops` trusted proxies, or undefined. */
export function forwardedAddress(header: string | undefined, hops: number): string | undefined {
  if (hops <= 0 || !header) return undefined
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Fewer entries than proxies: the request skipped the outer ones; the furthest is the best guess.
  return entries[Math.max(0, entries.length - hops)]
}

export function clientAddress(trustProxyHops: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let address = forwardedAddress(c.req.header('x-forwarded-for'), trustProxyHops)
    if (!address) {
      try {
        address = getConnInfo(c).remote.address
      } catch {
        // app.request() in tests has no socket
      }
    }
    c.set('clientAddress', address ?? 'local')
    await next()
  }
}
