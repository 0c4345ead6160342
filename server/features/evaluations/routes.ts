// The evaluation routes (admins and evaluators whose scope holds the region): GET,PUT
// /api/evaluations/:regionId/:year (the dimension evaluation and smart-city index; the PUT sets
// entered scores, overrides, weights and the citizen weight), its finalisation and reopening, the
// published figure of a year, the comparison of a year and a region's trajectory.
import { Hono, type MiddlewareHandler } from 'hono'
import { describeRoute } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { json, problems } from '../../http/openapi-responses'
import { requireRole, requireUser } from '../../http/permissions'
import { getComparison, getTrajectory, recordPublished } from './across'
import { finaliseEvaluation, reopenEvaluation } from './finalisation'
import {
  ComparisonSchema,
  EvaluationItemSchema,
  EvaluationSchema,
  TrajectorySchema,
} from './output-schemas'
import {
  ComparisonQuerySchema,
  EvaluationInputSchema,
  EvaluationParamSchema,
  PublishedInputSchema,
  ReasonInputSchema,
  RegionParamSchema,
} from './schemas'
import { getEvaluation, putEvaluation } from './service'

const reply = { 200: json(EvaluationSchema, 'The evaluation'), ...problems(404) }

/** Finalising a final evaluation, reopening one that is not, or changing a finalised one. */
const changeReply = { ...reply, ...problems(409) }

/** Checked before the body, so owners get 403 rather than 422. */
const evaluators: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c, 'admin', 'evaluator')
  await next()
}

export function evaluationRoutes(deps: AppDeps) {
  const key = (param: { regionId: string; year: string }) => ({
    regionId: Number(param.regionId),
    year: Number(param.year),
  })
  return new Hono<AppEnv>()
    .get(
      '/evaluations',
      describeRoute({
        tags: ['evaluations'],
        summary:
          "Comparison of a year: every region of the caller's scope with its five components, index, status, source (computed or published) and ranks nationally and within its province; filters province and kind (admin, evaluators)",
        responses: { 200: json(ComparisonSchema, 'The year, its items and the ranking rule') },
      }),
      evaluators,
      validate('query', ComparisonQuerySchema),
      async (c) => c.json(await getComparison(deps, requireUser(c), c.req.valid('query'))),
    )
    .get(
      '/evaluations/:regionId{[0-9]+}',
      describeRoute({
        tags: ['evaluations'],
        summary:
          "A region's trajectory: its years (computed with their version, published with their source), the change from year to year and the component that moved it most, SPBE indices as context and the history of its continuing quick wins",
        responses: {
          200: json(TrajectorySchema, "The region's items, changes, context and program histories"),
          ...problems(404),
        },
      }),
      evaluators,
      validate('param', RegionParamSchema),
      async (c) =>
        c.json(await getTrajectory(deps, requireUser(c), Number(c.req.valid('param').regionId))),
    )
    .post(
      '/evaluations/:regionId/:year/published',
      describeRoute({
        tags: ['evaluations'],
        summary:
          "Record the published figure of a region's year from an official source (index, components if given, source, date); replaces an earlier one; never recomputed (audited)",
        responses: {
          200: json(EvaluationItemSchema, 'The published item, replacing an earlier one'),
          201: json(EvaluationItemSchema, 'The published item'),
          ...problems(404),
        },
      }),
      evaluators,
      validate('param', EvaluationParamSchema),
      validate('json', PublishedInputSchema),
      async (c) => {
        const input = c.req.valid('json')
        const at = deps.now()
        const done = await recordPublished(
          deps,
          requireUser(c),
          key(c.req.valid('param')),
          input,
          at,
        )
        return c.json(done.item, done.replaced ? 200 : 201)
      },
    )
    .post(
      '/evaluations/:regionId/:year/finalise',
      describeRoute({
        tags: ['evaluations'],
        summary:
          'Finalise the evaluation with a reason: frozen as the next numbered version, status final (audited); 409 when already final',
        responses: changeReply,
      }),
      evaluators,
      validate('param', EvaluationParamSchema),
      validate('json', ReasonInputSchema),
      async (c) => {
        const { reason } = c.req.valid('json')
        const k = key(c.req.valid('param'))
        return c.json(await finaliseEvaluation(deps, requireUser(c), k, reason, deps.now()))
      },
    )
    .post(
      '/evaluations/:regionId/:year/reopen',
      describeRoute({
        tags: ['evaluations'],
        summary:
          'Reopen a finalised evaluation with a reason: computed and editable again until it is finalised as the next version (audited)',
        responses: changeReply,
      }),
      evaluators,
      validate('param', EvaluationParamSchema),
      validate('json', ReasonInputSchema),
      async (c) => {
        const { reason } = c.req.valid('json')
        const k = key(c.req.valid('param'))
        return c.json(await reopenEvaluation(deps, requireUser(c), k, reason, deps.now()))
      },
    )
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
        responses: changeReply,
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
