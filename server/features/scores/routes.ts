// GET /api/programs/:id/score and /history: the program's impact score with its criteria, IKM, NPS, SUS,
// sample target and method (readers of the program: admin, its agency's owners, its evaluators).
import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { json, problems } from '../../http/openapi-responses'
import { requireUser } from '../../http/permissions'
import { ProgramHistorySchema, ScoreParamSchema, ScoreQuerySchema, ScoreSchema } from './schemas'
import { getProgramHistory } from './history'
import { getProgramScore } from './service'

export function scoreRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/programs/:id/score',
      describeRoute({
        tags: ['scores'],
        summary:
          "A program's impact score, criteria, IKM, NPS, SUS, sample target and method; the period is the program's year unless from/to or year is given; filters link and segment.KEY=VALUE",
        responses: {
          200: json(ScoreSchema, 'The score'),
          ...problems(404),
        },
      }),
      validate('param', ScoreParamSchema),
      validate('query', ScoreQuerySchema),
      async (c) => {
        const user = requireUser(c)
        const id = Number(c.req.valid('param').id)
        return c.json(await getProgramScore(deps, user, id, c.req.valid('query')))
      },
    )
    .get(
      '/programs/:id/history',
      describeRoute({
        tags: ['scores'],
        summary:
          "A quick win over the years: impact score and IKM per year with 95% intervals, from the region's programs of the same name and the later years a program kept collecting responses (readers of the program)",
        responses: {
          200: json(ProgramHistorySchema, 'The history'),
          ...problems(404),
        },
      }),
      validate('param', ScoreParamSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await getProgramHistory(deps, requireUser(c), id))
      },
    )
}
