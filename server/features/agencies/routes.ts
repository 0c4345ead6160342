// GET /api/agencies (scoped to the caller), POST /api/agencies (admin).
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { problems } from '../../http/openapi-responses'
import { requireRole, requireUser } from '../../http/permissions'
import {
  AgencyListQuerySchema,
  AgencyListSchema,
  AgencySchema,
  CreateAgencySchema,
} from './schemas'
import { createAgency, listAgencies } from './service'

export function agencyRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/agencies',
      describeRoute({
        tags: ['setup'],
        summary: 'Agencies: all (admin), own agency (owner), own region (evaluator)',
        responses: {
          200: {
            description: 'Agencies',
            content: { 'application/json': { schema: resolver(AgencyListSchema) } },
          },
        },
      }),
      validate('query', AgencyListQuerySchema),
      async (c) => {
        const user = requireUser(c)
        const { regionId } = c.req.valid('query')
        const items = await listAgencies(deps.db, user, {
          regionId: regionId === undefined ? undefined : Number(regionId),
        })
        return c.json({ items })
      },
    )
    .post(
      '/agencies',
      describeRoute({
        tags: ['setup'],
        summary: 'Add an agency to a region (admin)',
        responses: {
          201: {
            description: 'The agency',
            content: { 'application/json': { schema: resolver(AgencySchema) } },
          },
          ...problems(409),
        },
      }),
      validate('json', CreateAgencySchema),
      async (c) => {
        const user = requireRole(c, 'admin')
        return c.json(await createAgency(deps.db, user, c.req.valid('json'), deps.now()), 201)
      },
    )
}
