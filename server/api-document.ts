// /api/openapi.json: the document hono-openapi generates from the routes' descriptions and
// validators, completed with what the middleware answers on every route (401 and 403 from the
// login gate, 400 and 413 from the body limit, 422 from validation), the security each operation
// takes (a session cookie, and the API token scopes of api-tokens/scopes.ts), and the shared
// problem schema. It is built once per app; test/support/api-contract.ts checks every response
// of the API tests against it.
import type { Hono } from 'hono'
import { generateSpecs } from 'hono-openapi'
import type { AppEnv } from './http/context'
import { PROBLEM_SCHEMA, problem } from './http/openapi-responses'
import { SCOPE_TEXT, TOKEN_SCOPES, scopesFor } from './features/api-tokens/scopes'
import { isPublicApi } from './features/auth/session'

type Operation = {
  parameters?: unknown[]
  requestBody?: unknown
  responses: Record<string, unknown>
  security?: Record<string, string[]>[]
  [key: string]: unknown
}
type Document = Awaited<ReturnType<typeof generateSpecs>>

/** hono-openapi puts a validated operation's failure here; this server answers 422. */
const VALIDATION_MARK = { description: 'validation', content: {} }

const METHODS_WITH_BODY = new Set(['post', 'put', 'patch', 'delete'])

/** `/api/programs/{id}` as Hono registers it: `/api/programs/:id`. */
const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1')

function complete(path: string, method: string, op: Operation): void {
  const responses = op.responses
  const validated = responses['400'] === VALIDATION_MARK || '400' in responses
  delete responses['400']
  const common: Record<string, ReturnType<typeof problem>> = {
    // The body limit reads Content-Length on every request, whatever its method.
    400: problem(400),
    413: problem(413),
  }
  if (validated) common[422] = problem(422)
  if (!isPublicApi(path)) {
    common[401] = problem(401)
    common[403] = problem(403)
  } else if (METHODS_WITH_BODY.has(method)) {
    common[403] = problem(403, 'A cross-site request (Origin or Sec-Fetch-Site of another site)')
  }
  for (const [status, answer] of Object.entries(common)) responses[status] ??= answer
  op.responses = Object.fromEntries(
    Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)),
  )
  if (isPublicApi(path)) {
    op.security = []
    return
  }
  const scopes = scopesFor(method.toUpperCase(), honoPath(path))
  op.security = [{ session: [] }]
  if (scopes) op.security.push({ bearerToken: [...scopes] })
}

/** The completed document of `app` (its /api routes and the form page). */
export async function buildApiDocument(app: Hono<AppEnv>): Promise<Document> {
  const doc = await generateSpecs(app, {
    defaultValidationErrorResponse: VALIDATION_MARK,
    // Only routes with describeRoute are listed; /api/evaluations/export.csv is one, not a
    // static file (the default drops parameterless paths whose last segment has a dot).
    excludeStaticFile: false,
    documentation: {
      info: {
        title: 'Quick-win survey and impact platform API',
        version: '1.1.0',
        description:
          'JSON API; errors are application/problem+json (RFC 9457), validation failures 422. ' +
          'Console calls carry the session cookie; other systems send a personal API token as ' +
          '`Authorization: Bearer` (GET,POST /api/tokens), limited to its scopes.',
      },
      components: {
        schemas: { Problem: PROBLEM_SCHEMA as never },
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'qw_session' },
          bearerToken: {
            type: 'http',
            scheme: 'bearer',
            description:
              'A personal API token (qwt_...). Scopes: ' +
              TOKEN_SCOPES.map((s) => `${s} (${SCOPE_TEXT[s].en})`).join('; ') +
              '. Every token may also read /api/me, dimensions, regions, agencies and programs.',
          },
        },
      },
    },
  })
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith('/api/')) continue
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      complete(path, method, op)
    }
  }
  return doc
}
