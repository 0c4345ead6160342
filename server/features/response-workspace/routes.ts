// The response workspace: GET /api/questionnaires/:id/responses and /api/programs/:id/responses
// (the table), GET /api/responses/:id (one in full), GET /api/responses/receipt/:receipt,
// POST/DELETE /api/responses/:id/exclusion and POST/DELETE /api/questionnaires/:id/exclusions.
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { requireRole, requireUser } from '../../http/permissions'
import { validate } from '../../http/validate'
import {
  ExcludedCountSchema,
  ExclusionSchema,
  IdParamSchema,
  ListQuerySchema,
  ReceiptParamSchema,
  ResponseDetailSchema,
  ResponsePageSchema,
  RestoredCountSchema,
} from './schemas'
import {
  getResponse,
  getResponseByReceipt,
  listResponses,
  setExclusion,
  setExclusions,
} from './service'

const json = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})

const tags = ['responses']
const filters =
  'Filters as the dashboard: from, to (YYYY-MM-DD, the region calendar), link, questionnaire (program list), segment.KEY=VALUE; receipt; excluded=0 (default: counted), 1 (excluded only) or all. Paged newest first: limit (1-200, default 50) and after (the previous page `next`).'

export function responseWorkspaceRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/questionnaires/:id/responses',
      describeRoute({
        tags,
        summary: "A questionnaire's responses, newest first",
        description: filters,
        responses: { 200: json(ResponsePageSchema, 'A page of responses') },
      }),
      validate('param', IdParamSchema),
      validate('query', ListQuerySchema),
      async (c) => {
        const target = { questionnaireId: Number(c.req.valid('param').id) }
        return c.json(await listResponses(deps, requireUser(c), target, c.req.valid('query')))
      },
    )
    .get(
      '/programs/:id/responses',
      describeRoute({
        tags,
        summary: "A program's responses across its questionnaires, newest first",
        description: filters,
        responses: { 200: json(ResponsePageSchema, 'A page of responses') },
      }),
      validate('param', IdParamSchema),
      validate('query', ListQuerySchema),
      async (c) => {
        const target = { programId: Number(c.req.valid('param').id) }
        return c.json(await listResponses(deps, requireUser(c), target, c.req.valid('query')))
      },
    )
    .get(
      '/responses/receipt/:receipt',
      describeRoute({
        tags,
        summary: "The response a citizen's receipt names (staff, in their scope)",
        responses: { 200: json(ResponseDetailSchema, 'The response') },
      }),
      validate('param', ReceiptParamSchema),
      async (c) =>
        c.json(await getResponseByReceipt(deps, requireUser(c), c.req.valid('param').receipt)),
    )
    .get(
      '/responses/:id',
      describeRoute({
        tags,
        summary: 'One response in full: every question of its version with its answer and label',
        responses: { 200: json(ResponseDetailSchema, 'The response') },
      }),
      validate('param', IdParamSchema),
      async (c) => c.json(await getResponse(deps, requireUser(c), Number(c.req.valid('param').id))),
    )
    .post(
      '/responses/:id/exclusion',
      describeRoute({
        tags,
        summary:
          'Exclude a response from every figure, with a reason (admin, owners of its program)',
        responses: { 200: json(ResponseDetailSchema, 'The response, excluded') },
      }),
      validate('param', IdParamSchema),
      validate('json', ExclusionSchema),
      async (c) => {
        const user = requireRole(c, 'admin', 'owner')
        const id = Number(c.req.valid('param').id)
        const { reason } = c.req.valid('json')
        return c.json(await setExclusion(deps, user, id, { exclude: true, reason }))
      },
    )
    .delete(
      '/responses/:id/exclusion',
      describeRoute({
        tags,
        summary: 'Count an excluded response again (admin, owners of its program)',
        responses: { 200: json(ResponseDetailSchema, 'The response, restored') },
      }),
      validate('param', IdParamSchema),
      async (c) => {
        const user = requireRole(c, 'admin', 'owner')
        const id = Number(c.req.valid('param').id)
        return c.json(await setExclusion(deps, user, id, { exclude: false }))
      },
    )
    .post(
      '/questionnaires/:id/exclusions',
      describeRoute({
        tags,
        summary: 'Exclude every counted response the filters match, with one reason',
        description: `The query takes the list's filters. ${filters}`,
        responses: { 200: json(ExcludedCountSchema, 'How many were excluded') },
      }),
      validate('param', IdParamSchema),
      validate('query', ListQuerySchema),
      validate('json', ExclusionSchema),
      async (c) => {
        const user = requireRole(c, 'admin', 'owner')
        const id = Number(c.req.valid('param').id)
        const change = { exclude: true as const, reason: c.req.valid('json').reason }
        const excluded = await setExclusions(deps, user, id, c.req.valid('query'), change)
        return c.json({ excluded })
      },
    )
    .delete(
      '/questionnaires/:id/exclusions',
      describeRoute({
        tags,
        summary: 'Restore every excluded response the filters match',
        description: `The query takes the list's filters. ${filters}`,
        responses: { 200: json(RestoredCountSchema, 'How many were restored') },
      }),
      validate('param', IdParamSchema),
      validate('query', ListQuerySchema),
      async (c) => {
        const user = requireRole(c, 'admin', 'owner')
        const id = Number(c.req.valid('param').id)
        const query = c.req.valid('query')
        const restored = await setExclusions(deps, user, id, query, { exclude: false })
        return c.json({ restored })
      },
    )
}
