// A request id for every request (the caller's `X-Request-Id` when it is a sane token, else a new
// one), answered in the `X-Request-Id` header, and one structured log line per request: method,
// path, status, duration and the user, under that id, so a citizen's or an operator's report can
// be followed through the logs of every instance behind a load balancer.
import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../logger'
import type { AppEnv } from './context'

const SANE_ID = /^[A-Za-z0-9._:-]{1,64}$/

export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id')
    const id = given && SANE_ID.test(given) ? given : randomUUID()
    c.set('requestId', id)
    const started = performance.now()
    try {
      await next()
    } finally {
      c.header('x-request-id', id)
      if (log.isLevelEnabled('info')) {
        log.info({
          msg: 'request',
          requestId: id,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          user: c.get('user')?.id,
        })
      }
    }
  }
}
