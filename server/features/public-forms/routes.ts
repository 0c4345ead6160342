// The public form of a share link: GET /api/public/forms/:slug (JSON payload or a problem) and
// the page GET /s/:slug (the form shell with the payload inlined, in every state).
import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { describeRoute, resolver } from 'hono-openapi'
import * as v from 'valibot'
import { DefinitionSchema } from '../../domain/questionnaire'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { problem, problems } from '../../http/openapi-responses'
import { DEVICE_COOKIE } from '../responses/device-token'
import { createFormPage } from './form-page'
import { linkProblem } from '../links/service'
import { describePublicForm, payloadStatus } from './service'

const PayloadSchema = v.object({
  slug: v.string(),
  state: v.picklist(['open', 'not_open', 'closed', 'capped', 'inactive', 'unpublished', 'unknown']),
  opensAt: v.optional(v.string()),
  closesAt: v.optional(v.string()),
  program: v.optional(
    v.object({
      name: v.string(),
      description: v.object({ id: v.string(), en: v.optional(v.string()) }),
      url: v.optional(v.string()),
    }),
  ),
  questionnaireId: v.optional(v.number()),
  version: v.optional(v.number()),
  definition: v.optional(DefinitionSchema),
  alreadyResponded: v.optional(v.boolean()),
  submitUrl: v.string(),
})

/** GET /api/public/forms/:slug, mounted under /api. */
export function publicFormRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/public/forms/:slug',
    describeRoute({
      tags: ['public'],
      summary: 'The published form of an open link (anyone); other states answer their problem',
      responses: {
        200: {
          description: 'The form payload',
          content: { 'application/json': { schema: resolver(PayloadSchema) } },
        },
        ...problems(404),
        403: problem(403, 'The link is not open yet (its opensAt is in the problem)'),
        410: problem(410, 'The link is closed, full or inactive (its state is in the problem)'),
      },
    }),
    async (c) => {
      const payload = await describePublicForm(
        deps,
        c.req.param('slug'),
        getCookie(c, DEVICE_COOKIE),
      )
      if (payload.state !== 'open') {
        const link = { opensAt: payload.opensAt ?? null, closesAt: payload.closesAt ?? null }
        throw linkProblem(payload.state, link)
      }
      c.header('cache-control', 'no-store')
      return c.json(payload)
    },
  )
}

/** GET /s/:slug, mounted at the root before the console's catch-all. */
export function formPageRoutes(deps: AppDeps) {
  const render = createFormPage(deps.config.clientDist)
  return new Hono<AppEnv>().get(
    '/s/:slug',
    describeRoute({
      tags: ['public'],
      summary: 'The citizen form page of a link, in every state (HTML)',
      responses: Object.fromEntries(
        (
          [
            [200, 'The form'],
            [403, 'The page saying when the form opens'],
            [404, 'The page saying the link is unknown or unpublished'],
            [410, 'The page saying the form is closed, full or inactive'],
          ] as const
        ).map(([status, description]) => [
          status,
          { description, content: { 'text/html': { schema: { type: 'string' } } } },
        ]),
      ),
    }),
    async (c) => {
      const payload = await describePublicForm(
        deps,
        c.req.param('slug'),
        getCookie(c, DEVICE_COOKIE),
      )
      c.header('cache-control', 'no-store')
      return c.html(render(payload), payloadStatus(payload) as ContentfulStatusCode)
    },
  )
}
