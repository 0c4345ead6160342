// Publication (GET,PUT /api/programs/:id/publication and its approved comments) for the console,
// and the public results under /api/public (a program's, 404 unless published; a region's).
import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { onlyRoles, requireUser } from '../../http/permissions'
import { json, problems } from '../../http/openapi-responses'
import { validate } from '../../http/validate'
import {
  ApproveCommentSchema,
  CommentParamSchema,
  ProgramParamSchema,
  PublicationInputSchema,
  PublicationSchema,
  PublicResultsSchema,
  RegionParamSchema,
  RegionResultsSchema,
} from './schemas'
import {
  approveComment,
  getPublication,
  publicRegionResults,
  publicResults,
  setPublication,
  withdrawComment,
} from './service'

/** Admins and owners write; checked before the body, so evaluators get 403 rather than 422. */
const writers = onlyRoles('admin', 'owner')

const tags = ['public results']

export function publicationRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/programs/:id/publication',
      describeRoute({
        tags,
        summary: "Whether a program's results are published, where, and the approved comments",
        responses: { 200: json(PublicationSchema, 'The publication'), ...problems(404) },
      }),
      validate('param', ProgramParamSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await getPublication(deps.db, requireUser(c), id))
      },
    )
    .put(
      '/programs/:id/publication',
      describeRoute({
        tags,
        summary: "Publish or withdraw a program's results (admin, the program owners; audited)",
        responses: { 200: json(PublicationSchema, 'The publication'), ...problems(404) },
      }),
      writers,
      validate('param', ProgramParamSchema),
      validate('json', PublicationInputSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        const { published } = c.req.valid('json')
        return c.json(await setPublication(deps, requireUser(c), id, published))
      },
    )
    .post(
      '/programs/:id/publication/comments',
      describeRoute({
        tags,
        summary: 'Approve a free-text answer for the public results page (audited)',
        responses: {
          201: json(PublicationSchema, 'The publication with the comment'),
          ...problems(404),
        },
      }),
      writers,
      validate('param', ProgramParamSchema),
      validate('json', ApproveCommentSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await approveComment(deps, requireUser(c), id, c.req.valid('json')), 201)
      },
    )
    .delete(
      '/programs/:id/publication/comments/:responseId/:code',
      describeRoute({
        tags,
        summary: 'Withdraw an approved comment from the public page (audited)',
        responses: { 204: { description: 'Withdrawn' }, ...problems(404) },
      }),
      writers,
      validate('param', CommentParamSchema),
      async (c) => {
        const p = c.req.valid('param')
        await withdrawComment(deps, requireUser(c), Number(p.id), Number(p.responseId), p.code)
        return c.body(null, 204)
      },
    )
    .get(
      '/public/programs/:id/results',
      describeRoute({
        tags,
        summary:
          "A published program's latest results (anyone): IKM and mutu, impact with its interval, n, period, follow-ups; 404 unless published. ETag / If-None-Match.",
        responses: {
          200: json(PublicResultsSchema, 'The results'),
          304: { description: 'Unchanged since the ETag sent' },
          ...problems(404),
        },
      }),
      validate('param', ProgramParamSchema),
      async (c) => {
        const cached = await publicResults(deps, Number(c.req.valid('param').id))
        const headers = { etag: cached.etag, 'cache-control': 'no-cache' }
        if (c.req.header('if-none-match') === cached.etag) return c.body(null, 304, headers)
        return c.body(cached.json, 200, {
          ...headers,
          'content-type': 'application/json; charset=utf-8',
        })
      },
    )
    .get(
      '/public/regions/:id/results',
      describeRoute({
        tags,
        summary: "Every program of a region with published results, with each one's results",
        responses: {
          200: json(RegionResultsSchema, 'The region and its programs'),
          ...problems(404),
        },
      }),
      validate('param', RegionParamSchema),
      async (c) => {
        const { region, programs } = await publicRegionResults(
          deps,
          Number(c.req.valid('param').id),
        )
        c.header('cache-control', 'no-cache')
        return c.json({ region, programs: programs.map((p) => p.results) })
      },
    )
}
