// Builds the Hono application: middleware, the feature routes under /api, the OpenAPI document,
// and one error handler. `createApp` is what tests drive with app.request().
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { openAPIRouteHandler } from 'hono-openapi'
import { bodyLimit } from './http/body-limit'
import { clientAddress } from './http/client-address'
import type { AppDeps } from './deps'
import type { AppEnv } from './http/context'
import { originCheck } from './http/origin-check'
import { requestLog } from './http/request-log'
import { securityHeaders } from './http/security-headers'
import { handleError, handleNotFound } from './http/problem'
import { auditRoutes } from './features/audit/routes'
import { authRoutes } from './features/auth/routes'
import { loginGate, sessionMiddleware } from './features/auth/session'
import { agencyRoutes } from './features/agencies/routes'
import { analyticsRoutes } from './features/analytics/routes'
import { dimensionRoutes } from './features/dimensions/routes'
import { programRoutes } from './features/programs/routes'
import { regionRoutes } from './features/regions/routes'
import { userRoutes } from './features/users/routes'
import { linkRoutes } from './features/links/routes'
import { formPageRoutes, publicFormRoutes } from './features/public-forms/routes'
import { responseRoutes } from './features/responses/routes'
import { questionnaireRoutes } from './features/questionnaires/routes'
import { templateRoutes } from './features/templates/routes'
import { scoreRoutes } from './features/scores/routes'
import { assessmentRoutes } from './features/assessments/routes'
import { evaluationRoutes } from './features/evaluations/routes'
import { exportRoutes } from './features/exports/routes'
import { healthRoutes } from './features/health/routes'
import { responseWorkspaceRoutes } from './features/response-workspace/routes'

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

/** How every validation failure is answered (see server/http/problem.ts). */
const VALIDATION_PROBLEM = {
  description: 'The request is not valid: every offending field with its path',
  content: {
    'application/problem+json': {
      schema: {
        type: 'object' as const,
        required: ['type', 'title', 'status'],
        properties: {
          type: { type: 'string' as const },
          title: { type: 'string' as const },
          status: { type: 'integer' as const },
          detail: { type: 'string' as const },
          errors: {
            type: 'array' as const,
            items: {
              type: 'object' as const,
              properties: {
                path: { type: 'string' as const },
                message: { type: 'string' as const },
              },
            },
          },
        },
      },
    },
  },
}

/** The API routes, chained so that `hc<ApiType>` can infer them. */
export function apiRoutes(deps: AppDeps) {
  return (
    new Hono<AppEnv>()
      .route('/', authRoutes(deps))
      .route('/', auditRoutes(deps))
      .route('/', userRoutes(deps))
      .route('/', regionRoutes(deps))
      .route('/', agencyRoutes(deps))
      .route('/', dimensionRoutes())
      .route('/', programRoutes(deps))
      .route('/', analyticsRoutes(deps))
      .route('/', templateRoutes(deps))
      .route('/', questionnaireRoutes(deps))
      .route('/', linkRoutes(deps))
      .route('/', publicFormRoutes(deps))
      .route('/', responseRoutes(deps))
      .route('/', responseWorkspaceRoutes(deps))
      .route('/', scoreRoutes(deps))
      .route('/', assessmentRoutes(deps))
      // Exports first: /evaluations/:regionId/export.csv must not reach /evaluations/:regionId/:year.
      .route('/', exportRoutes(deps))
      .route('/', evaluationRoutes(deps))
  )
}

export type ApiType = ReturnType<typeof apiRoutes>

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.onError(handleError)
  app.notFound(handleNotFound)
  app.use('*', securityHeaders(CONTENT_SECURITY_POLICY))
  app.use('*', requestLog(deps.log))
  app.use('*', clientAddress(process.env.TRUST_PROXY === '1'))
  // Pages and assets travel gzipped to citizens' phones on weak mobile data; the API stays
  // uncompressed so ingestion spends no CPU on it and streamed exports flow as written.
  const compressPages = compress()
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : compressPages(c, next)))
  app.use('/api/*', bodyLimit(deps.config.bodyLimitBytes))
  app.use(
    '/api/*',
    originCheck(deps.config.publicUrl ? [new URL(deps.config.publicUrl).origin] : []),
  )
  app.use('/api/*', sessionMiddleware(deps))
  app.use('/api/*', loginGate)
  const api = apiRoutes(deps)
  app.route('/api', api)
  app.get(
    '/api/openapi.json',
    openAPIRouteHandler(app, {
      defaultValidationErrorResponse: VALIDATION_PROBLEM,
      // Only routes with describeRoute are listed; /api/evaluations/export.csv is one, not a
      // static file (the default drops parameterless paths whose last segment has a dot).
      excludeStaticFile: false,
      documentation: {
        info: {
          title: 'Quick-win survey and impact platform API',
          version: '1.0.0',
          description: 'JSON API; errors are application/problem+json (RFC 9457).',
        },
      },
    }),
  )
  app.all('/api/*', (c) => handleNotFound(c))
  app.route('/', healthRoutes(deps))
  // Before main.ts's catch-all for the console: Hono matches in registration order.
  app.route('/', formPageRoutes(deps))
  return app
}
