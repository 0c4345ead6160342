// GET /api/programs/:id/analytics (+ /crosstab, /comments, /summary, /stream): what citizens
// said about a program, for admins, owners of its agency and evaluators of its region.
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { streamSSE } from 'hono/streaming'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { requireUser } from '../../http/permissions'
import { listComments } from './comments'
import { getCrosstab } from './crosstab'
import { streamSummary } from './live'
import {
  AnalyticsQuerySchema,
  AnalyticsSchema,
  CommentsQuerySchema,
  CommentsSchema,
  CrosstabQuerySchema,
  CrosstabSchema,
  ProgramIdParamSchema,
  SummarySchema,
} from './schemas'
import { getAnalytics, getSummary, summaryReader } from './service'

const json = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})

const tags = ['analytics']
const scopeNote = '403 when the program is outside the caller scope, 404 when it does not exist.'

export function analyticsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/programs/:id/analytics',
      describeRoute({
        tags,
        summary: 'Counts, daily trend, links, per-question distributions and means',
        description: `Filters: from, to (YYYY-MM-DD), link, questionnaire and segment.KEY=VALUE (any segment question, e.g. segment.kecamatan=63.71.01). ${scopeNote}`,
        responses: { 200: json(AnalyticsSchema, 'The analytics of the program') },
      }),
      validate('param', ProgramIdParamSchema),
      validate('query', AnalyticsQuerySchema),
      async (c) => {
        const user = requireUser(c)
        const id = Number(c.req.valid('param').id)
        return c.json(await getAnalytics(deps, user, id, c.req.valid('query')))
      },
    )
    .get(
      '/programs/:id/analytics/crosstab',
      describeRoute({
        tags,
        summary: 'One question (or impact, the respondent score 0-5) by one segment',
        description: `Same filters as the analytics. ${scopeNote}`,
        responses: { 200: json(CrosstabSchema, 'One row per segment value') },
      }),
      validate('param', ProgramIdParamSchema),
      validate('query', CrosstabQuerySchema),
      async (c) => {
        const user = requireUser(c)
        const id = Number(c.req.valid('param').id)
        return c.json(await getCrosstab(deps, user, id, c.req.valid('query')))
      },
    )
    .get(
      '/programs/:id/analytics/comments',
      describeRoute({
        tags,
        summary: 'Free-text answers, newest first, searchable and paged with `before`',
        description: `Only text questions not marked personal. ${scopeNote}`,
        responses: { 200: json(CommentsSchema, 'A page of comments') },
      }),
      validate('param', ProgramIdParamSchema),
      validate('query', CommentsQuerySchema),
      async (c) => {
        const user = requireUser(c)
        const id = Number(c.req.valid('param').id)
        return c.json(await listComments(deps, user, id, c.req.valid('query')))
      },
    )
    .get(
      '/programs/:id/analytics/summary',
      describeRoute({
        tags,
        summary: 'The response count and the time of the latest response, for polling',
        responses: { 200: json(SummarySchema, 'The summary') },
      }),
      validate('param', ProgramIdParamSchema),
      async (c) => {
        const user = requireUser(c)
        return c.json(await getSummary(deps, user, Number(c.req.valid('param').id)))
      },
    )
    .get(
      '/programs/:id/analytics/stream',
      describeRoute({
        tags,
        summary: 'Server-sent events: a `summary` event whenever the response count changes',
        description: `Polled every 2 s on the aggregates; a comment line every 15 s. ${scopeNote}`,
        responses: { 200: { description: 'text/event-stream of { total, lastResponseAt }' } },
      }),
      validate('param', ProgramIdParamSchema),
      async (c) => {
        const user = requireUser(c)
        const id = Number(c.req.valid('param').id)
        const read = await summaryReader(deps, user, id)
        return streamSSE(c, (stream) => streamSummary(stream, read))
      },
    )
}
