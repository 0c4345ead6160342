// The request body limit. A body that declares its length is judged by its Content-Length header
// alone, without touching `c.req.raw.body`: on @hono/node-server that getter turns the request
// into a web-stream Request, and the handler's `c.req.json()` then loses node-server's direct read
// of the socket (which cost a submission more than the echo route spends in all). Bodies without
// a declared length (chunked, or a Request built in-process) are counted as they stream, by Hono's
// own bodyLimit. A 413 says `Connection: close` and the server closes the connection after it.
import type { MiddlewareHandler } from 'hono'
import { bodyLimit as streamedBodyLimit } from 'hono/body-limit'
import { AppError, said } from './app-error'

export function bodyLimit(maxSize: number): MiddlewareHandler {
  // The rest of a refused body is never read, so the connection cannot carry another request:
  // saying so lets a pooling client open a new one instead of failing its next request.
  const tooLarge = () => {
    throw new AppError(
      'payload_too_large',
      said('request.too-large', { max: maxSize }),
      undefined,
      { connection: 'close' },
    )
  }
  const streamed = streamedBodyLimit({ maxSize, onError: tooLarge })
  return async (c, next) => {
    const length = c.req.header('content-length')
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) {
      return c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : streamed(c, next)
    }
    const size = Number(length)
    if (!/^\d+$/.test(length) || !Number.isSafeInteger(size)) {
      throw new AppError('malformed', said('request.length-header'))
    }
    if (size > maxSize) tooLarge()
    await next()
  }
}
