// Renders every failure as application/problem+json: AppError, Hono's HTTPException (malformed
// JSON, body limit), and anything unexpected (logged, answered as a bare 500 without a trace).
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { CodedMessage } from '../domain/messages'
import { AppError, said, type ErrorCode } from './app-error'

export function problemResponse(c: Context, error: AppError): Response {
  const headers = new Headers({ 'content-type': 'application/problem+json; charset=utf-8' })
  for (const [k, v] of Object.entries(error.headers ?? {})) headers.set(k, v)
  return new Response(JSON.stringify({ ...error.toProblem(), instance: c.req.path }), {
    status: error.status,
    headers,
  })
}

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'malformed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
}

/** What Hono's own refusals say (its English message is not passed on). */
const HTTP_DETAIL: Record<number, CodedMessage | undefined> = {
  400: said('request.malformed'),
}

/** The single error handler of the app. */
export const handleError: ErrorHandler = (err, c) => {
  if (err instanceof AppError) return problemResponse(c, err)
  if (err instanceof HTTPException) {
    const code = HTTP_CODES[err.status]
    if (code) return problemResponse(c, new AppError(code, HTTP_DETAIL[err.status]))
  }
  console.error(`[error] ${c.req.method} ${c.req.path}`, err)
  return c.body(
    JSON.stringify({
      type: 'about:blank',
      title: 'Internal server error',
      status: 500,
      detail: 'Something went wrong on our side; nothing you sent was half-stored.',
    }),
    500,
    { 'content-type': 'application/problem+json; charset=utf-8' },
  )
}

export const handleNotFound: NotFoundHandler = (c) =>
  problemResponse(
    c,
    new AppError('not_found', said('route.unknown', { route: `${c.req.method} ${c.req.path}` })),
  )
