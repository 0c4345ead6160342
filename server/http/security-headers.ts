// Security headers on every response: the set Hono's secureHeaders middleware sends by default,
// with our Content-Security-Policy and without Cross-Origin-Embedder-Policy (see app.ts).
//
// Served by node-server, the headers go straight onto Node's ServerResponse before the handler
// runs; node merges them into the response's own headers (which win if a route sets one). Hono's
// middleware sets them on `c.res` after the handler instead, which turns node-server's
// lightweight response into a full web Response with a Headers object: measured on the public
// submission route, that alone cost a quarter of its throughput. Under app.request() (tests)
// there is no ServerResponse, and the headers are set on the Response as Hono would.
import type { HttpBindings } from '@hono/node-server'
import type { MiddlewareHandler } from 'hono'

/** Content-Security-Policy directives by name, as Hono's secureHeaders takes them. */
export type CspDirectives = Record<string, string[]>

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** The header value of CSP directives: `default-src 'self'; script-src 'self'; ...`. */
export function cspHeader(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => [kebab(name), ...values].join(' '))
    .join('; ')
}

/** Every security header with its value. */
export function securityHeaderList(csp: CspDirectives): ReadonlyArray<readonly [string, string]> {
  return [
    ['Content-Security-Policy', cspHeader(csp)],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Referrer-Policy', 'no-referrer'],
    ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-DNS-Prefetch-Control', 'off'],
    ['X-Download-Options', 'noopen'],
    ['X-Frame-Options', 'SAMEORIGIN'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ['X-XSS-Protection', '0'],
  ]
}

export function securityHeaders(csp: CspDirectives): MiddlewareHandler {
  const headers = securityHeaderList(csp)
  return async (c, next) => {
    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing
    if (outgoing && typeof outgoing.setHeader === 'function') {
      for (const [name, value] of headers) outgoing.setHeader(name, value)
      return next()
    }
    await next()
    for (const [name, value] of headers) c.res.headers.set(name, value)
  }
}
