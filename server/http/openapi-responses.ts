// How routes describe their answers in /api/openapi.json: a JSON body from a valibot schema, and
// the problems (application/problem+json, RFC 9457) each route can answer besides the ones every
// route shares (401, 403, 400, 413, 422: added to every operation by server/api-document.ts).
import { resolver } from 'hono-openapi'

export const PROBLEM_REF = '#/components/schemas/Problem'

/** The problem body: `{ type, title, status, detail?, errors?, instance }` and extra fields. */
export const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const

const WHY: Record<number, string> = {
  400: 'The request could not be read (malformed JSON, a bad Content-Length)',
  401: 'Login required: no session, or an unknown, expired or revoked API token',
  403: 'Not allowed: role, scope of the data, API token scope, or a cross-site request',
  404: 'Not found: no object has this id',
  409: 'Conflict with the current state',
  410: 'No longer available',
  413: 'The request body is larger than BODY_LIMIT_BYTES (the connection is closed)',
  415: 'Unsupported media type',
  422: 'The request is not valid: every offending field with its path',
  429: 'Too many requests: wait for Retry-After seconds',
}

/** A problem+json answer for `status`, with why this route answers it. */
export function problem(status: number, description = WHY[status] ?? 'A problem') {
  return {
    description,
    content: { 'application/problem+json': { schema: { $ref: PROBLEM_REF } } },
    ...(status === 429
      ? { headers: { 'Retry-After': { schema: { type: 'integer' as const, minimum: 1 } } } }
      : {}),
  }
}

/** The problem answers of `statuses` with their usual reasons, for a route's `responses`. */
export function problems(...statuses: number[]): Record<number, ReturnType<typeof problem>> {
  return Object.fromEntries(statuses.map((status) => [status, problem(status)]))
}

/** A JSON answer whose body a valibot schema describes. */
export const json = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})
