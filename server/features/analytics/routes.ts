// GET /api/programs/:id/analytics (+ /crosstab, /comments, /summary, /stream): what citizens
// said about a program, for admins, owners of its agency and evaluators of its region.
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import { streamSSE } from 'hono/streaming'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { problems } from '../../http/openapi-responses'
import { validate } from '../../http/validate'
import { requireUser } from '../../http/permissions'
import { listComments } from './comments'
import { getCrosstab } from './crosstab'
import { createLiveHub } from './live'
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
import { getAnalytics, getSummary, liveAccess, liveSummaryReader } from './service'

const json = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})

const tags = ['analytics']
const scopeNote = '403 when the program is outside the caller scope, 404 when it does not exist.'

export function analyticsRoutes(deps: AppDeps) {
  const live = createLiveHub(liveSummaryReader(deps), {
    perSession: deps.config.liveStreamsPerSession,
    total: deps.config.liveStreamsTotal,
    pollMs: deps.config.livePollMs,
  })
  return new Hono<AppEnv>()
    .get(
      '/programs/:id/analytics',
      describeRoute({
        tags,
        summary: 'Counts, daily trend, links, per-question distributions and means',
        description: `Filters: from, to (YYYY-MM-DD), link, questionnaire and segment.KEY=VALUE (any segment question, e.g. segment.kecamatan=63.71.01). ${scopeNote}`,
        responses: { 200: json(AnalyticsSchema, 'The analytics of the program'), ...problems(404) },
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
        responses: { 200: json(CrosstabSchema, 'One row per segment value'), ...problems(404) },
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
        responses: { 200: json(CommentsSchema, 'A page of comments'), ...problems(404) },
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
        responses: { 200: json(SummarySchema, 'The summary'), ...problems(404) },
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
        description: `Read every 2 s from the aggregates, one read per program for all its streams; a comment line every 15 s. At most LIVE_STREAMS_PER_SESSION streams per session or token and LIVE_STREAMS_TOTAL in all (429). Access is checked again on every read: an \`end\` event closes the stream after a logout, a deactivation or a change of scope. ${scopeNote}`,
        responses: {
          200: {
            description: 'text/event-stream of `summary` events { total, lastResponseAt }',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          ...problems(403, 404, 429),
        },
      }),
      validate('param', ProgramIdParamSchema),
      async (c) => {
        const user = requireUser(c)
        const credential = c.get('credential')!
        const id = Number(c.req.valid('param').id)
        const stillAllowed = await liveAccess(deps, user, credential, id)
        const release = live.admit(`${credential.kind}:${credential.id}`)
        return streamSSE(c, (stream) => live.stream(id, stream, stillAllowed).finally(release))
      },
    )
}
