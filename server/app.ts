// Builds the Hono application: middleware, the feature routes under /api, the OpenAPI document,
// and one error handler. `createApp` is what tests drive with app.request().
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { buildApiDocument } from './api-document'
import { bodyLimit } from './http/body-limit'
import { clientAddress } from './http/client-address'
import type { AppDeps } from './deps'
import type { AppEnv } from './http/context'
import { originCheck } from './http/origin-check'
import { requestLog } from './http/request-log'
import { securityHeaders } from './http/security-headers'
import { handleError, handleNotFound } from './http/problem'
import { apiTokenRoutes } from './features/api-tokens/routes'
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
import { webhookRoutes } from './features/webhooks/routes'
import { followUpRoutes } from './features/follow-ups/routes'
import { skmReportRoutes } from './features/skm-report/routes'
import { publicationRoutes } from './features/public-results/routes'
import { resultsPageRoutes } from './features/public-results/page-routes'

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
      .route('/', apiTokenRoutes(deps))
      .route('/', webhookRoutes(deps))
      .route('/', followUpRoutes(deps))
      .route('/', skmReportRoutes(deps))
      .route('/', publicationRoutes(deps))
  )
}

export type ApiType = ReturnType<typeof apiRoutes>

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.onError(handleError)
  app.notFound(handleNotFound)
  app.use('*', securityHeaders(CONTENT_SECURITY_POLICY))
  app.use('*', requestLog(deps.log))
  app.use('*', clientAddress(deps.config.trustProxyHops))
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
  let document: ReturnType<typeof buildApiDocument> | undefined
  app.get('/api/openapi.json', async (c) => c.json(await (document ??= buildApiDocument(app))))
  app.all('/api/*', (c) => handleNotFound(c))
  app.route('/', healthRoutes(deps))
  // Before main.ts's catch-all for the console: Hono matches in registration order.
  app.route('/', formPageRoutes(deps))
  app.route('/', resultsPageRoutes(deps))
  return app
}
