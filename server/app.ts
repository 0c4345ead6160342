// Builds the Hono application: middleware, the feature routes under /api, the OpenAPI document,
// and one error handler. `createApp` is what tests drive with app.request().
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import { openAPIRouteHandler } from 'hono-openapi'
import { AppError } from './http/app-error'
import { clientAddress } from './http/client-address'
import type { AppDeps, AppEnv } from './http/context'
import { originCheck } from './http/origin-check'
import { handleError, handleNotFound } from './http/problem'
import { auditRoutes } from './features/audit/routes'
import { authRoutes } from './features/auth/routes'
import { sessionMiddleware } from './features/auth/session'
import { agencyRoutes } from './features/agencies/routes'
import { dimensionRoutes } from './features/dimensions/routes'
import { programRoutes } from './features/programs/routes'
import { regionRoutes } from './features/regions/routes'
import { userRoutes } from './features/users/routes'

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
  return new Hono<AppEnv>()
    .route('/', authRoutes(deps))
    .route('/', auditRoutes(deps))
    .route('/', userRoutes(deps))
    .route('/', regionRoutes(deps))
    .route('/', agencyRoutes(deps))
    .route('/', dimensionRoutes())
    .route('/', programRoutes(deps))
}

export type ApiType = ReturnType<typeof apiRoutes>

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.onError(handleError)
  app.notFound(handleNotFound)
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      crossOriginEmbedderPolicy: false,
    }),
  )
  app.use('*', clientAddress(process.env.TRUST_PROXY === '1'))
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.config.bodyLimitBytes,
      onError: () => {
        throw new AppError(
          'payload_too_large',
          `Request bodies are limited to ${deps.config.bodyLimitBytes} bytes.`,
        )
      },
    }),
  )
  app.use(
    '/api/*',
    originCheck(deps.config.publicUrl ? [new URL(deps.config.publicUrl).origin] : []),
  )
  app.use('/api/*', sessionMiddleware(deps))
  const api = apiRoutes(deps)
  app.route('/api', api)
  app.get(
    '/api/openapi.json',
    openAPIRouteHandler(app, {
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
  return app
}
