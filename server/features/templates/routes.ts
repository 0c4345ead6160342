// GET /api/templates: the questionnaire templates that ship with the platform, for the picker;
// with `programId`, counted as they would be created for that program.
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import * as v from 'valibot'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { requireRole, requireUser } from '../../http/permissions'
import { IdString } from '../../http/query-schemas'
import { validate } from '../../http/validate'
import { listTemplatesFor } from '../questionnaires/service'
import { TemplateListSchema } from './schemas'

const QuerySchema = v.object({ programId: v.optional(IdString) })

export function templateRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/templates',
    describeRoute({
      tags: ['questionnaires'],
      summary:
        'Questionnaire templates: SKM, quick-win impact, NPS, SUS, blank (admin, owner); with programId, the questions and sections each creates for that program',
      responses: {
        200: {
          description: 'The templates',
          content: { 'application/json': { schema: resolver(TemplateListSchema) } },
        },
      },
    }),
    async (c, next) => {
      requireRole(c, 'admin', 'owner')
      await next()
    },
    validate('query', QuerySchema),
    async (c) => {
      const { programId } = c.req.valid('query')
      const user = requireUser(c)
      const id = programId === undefined ? undefined : Number(programId)
      return c.json({ items: await listTemplatesFor(deps.db, user, id) })
    },
  )
}
