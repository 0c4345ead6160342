// GET /healthz for load balancers and orchestrators: 200 `{ status: "ok", database }` while the
// database answers, 503 (problem+json) when it does not. Anonymous, outside /api.
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import * as v from 'valibot'
import type { AppDeps } from '../../deps'
import { AppError, said } from '../../http/app-error'
import type { AppEnv } from '../../http/context'
import { problem } from '../../http/openapi-responses'
import { checkHealth } from './service'

const HealthSchema = v.object({
  status: v.literal('ok'),
  database: v.picklist(['sqlite', 'postgres']),
})

export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/healthz',
    describeRoute({
      tags: ['operations'],
      summary: 'Liveness and readiness: 200 while the database answers, 503 when it does not',
      responses: {
        200: {
          description: 'Healthy',
          content: { 'application/json': { schema: resolver(HealthSchema) } },
        },
        503: problem(503, 'The database does not answer'),
      },
    }),
    async (c) => {
      const health = await checkHealth(deps)
      c.header('cache-control', 'no-store')
      if (health.ok) return c.json({ status: 'ok' as const, database: health.database })
      throw new AppError('unavailable', said('health.database'), undefined, undefined, {
        database: health.database,
      })
    },
  )
}
