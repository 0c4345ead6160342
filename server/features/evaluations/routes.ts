// GET,PUT /api/evaluations/:regionId/:year: the dimension evaluation and smart-city index of a
// region's year (admins and the region's evaluators; the PUT sets entered scores, overrides,
// weights and the citizen weight).
import { Hono, type MiddlewareHandler } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { problems } from '../../http/openapi-responses'
import { requireRole, requireUser } from '../../http/permissions'
import { EvaluationInputSchema, EvaluationParamSchema, EvaluationSchema } from './schemas'
import { getEvaluation, putEvaluation } from './service'

const reply = {
  200: {
    description: 'The evaluation',
    content: { 'application/json': { schema: resolver(EvaluationSchema) } },
  },
  ...problems(404),
}

/** Checked before the body, so owners get 403 rather than 422. */
const evaluators: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c, 'admin', 'evaluator')
  await next()
}

export function evaluationRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/evaluations/:regionId/:year',
      describeRoute({
        tags: ['evaluations'],
        summary:
          "A region's dimension evaluation: programs by dimension and element, the five scores, weights, index and change (admin, the region's evaluators)",
        responses: reply,
      }),
      evaluators,
      validate('param', EvaluationParamSchema),
      async (c) => {
        const { regionId, year } = c.req.valid('param')
        return c.json(await getEvaluation(deps, requireUser(c), Number(regionId), Number(year)))
      },
    )
    .put(
      '/evaluations/:regionId/:year',
      describeRoute({
        tags: ['evaluations'],
        summary:
          'Set Baseline/Output/Outcome, override Impact or Quick Win with a reason, set weights and the citizen weight (audited)',
        responses: reply,
      }),
      evaluators,
      validate('param', EvaluationParamSchema),
      validate('json', EvaluationInputSchema),
      async (c) => {
        const { regionId, year } = c.req.valid('param')
        const user = requireUser(c)
        const input = c.req.valid('json')
        return c.json(
          await putEvaluation(deps, user, Number(regionId), Number(year), input, deps.now()),
        )
      },
    )
}
