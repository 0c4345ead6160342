// GET,PUT /api/programs/:id/assessment: the quick-win criteria marks of a program; readers see
// the means, evaluators of the program's region record their own marks.
import { Hono, type MiddlewareHandler } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { problems } from '../../http/openapi-responses'
import { requireRole, requireUser } from '../../http/permissions'
import { AssessmentInputSchema, AssessmentParamSchema, AssessmentSchema } from './schemas'
import { getAssessment, putAssessment } from './service'

const reply = {
  200: {
    description: 'The criteria with their means, your own marks and the quick-win mark',
    content: { 'application/json': { schema: resolver(AssessmentSchema) } },
  },
  ...problems(404),
}

/** Checked before the body, so owners and admins get 403 rather than 422. */
const evaluatorsOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c, 'evaluator')
  await next()
}

export function assessmentRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/programs/:id/assessment',
      describeRoute({
        tags: ['assessments'],
        summary: "A program's quick-win criteria, mean marks and your own marks (its readers)",
        responses: reply,
      }),
      validate('param', AssessmentParamSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await getAssessment(deps.db, requireUser(c), id))
      },
    )
    .put(
      '/programs/:id/assessment',
      describeRoute({
        tags: ['assessments'],
        summary: "Record your 1-5 marks and notes (evaluators of the program's region; audited)",
        responses: reply,
      }),
      evaluatorsOnly,
      validate('param', AssessmentParamSchema),
      validate('json', AssessmentInputSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        const body = c.req.valid('json')
        return c.json(await putAssessment(deps.db, requireUser(c), id, body, deps.now()))
      },
    )
}
