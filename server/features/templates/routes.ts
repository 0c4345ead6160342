// GET /api/templates: the questionnaire templates that ship with the platform, for the picker.
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { listTemplates } from '../../domain/templates'
import type { AppEnv } from '../../http/context'
import { requireRole } from '../../http/permissions'
import { TemplateListSchema } from './schemas'

export function templateRoutes() {
  return new Hono<AppEnv>().get(
    '/templates',
    describeRoute({
      tags: ['questionnaires'],
      summary: 'Questionnaire templates: SKM, quick-win impact, NPS, SUS, blank (admin, owner)',
      responses: {
        200: {
          description: 'The templates',
          content: { 'application/json': { schema: resolver(TemplateListSchema) } },
        },
      },
    }),
    (c) => {
      requireRole(c, 'admin', 'owner')
      return c.json({ items: listTemplates() })
    },
  )
}
