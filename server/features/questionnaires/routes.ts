// Questionnaires: create from a template and list per program, read and save the draft, publish
// it as a frozen version, read a version, and see what the draft changes since the latest one.
import { Hono, type MiddlewareHandler } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { problems } from '../../http/openapi-responses'
import { requireRole, requireUser } from '../../http/permissions'
import {
  ChecksSchema,
  CreateQuestionnaireSchema,
  DiffSchema,
  IdParamSchema,
  PublishedSchema,
  QuestionnaireListSchema,
  QuestionnaireSchema,
  UpdateQuestionnaireSchema,
  VersionParamSchema,
  VersionSchema,
} from './schemas'
import {
  createQuestionnaire,
  describeQuestionnaire,
  getDraftChanges,
  getPublishChecks,
  getQuestionnaireForRead,
  getVersion,
  listQuestionnaires,
  publishQuestionnaire,
  updateQuestionnaire,
} from './service'

const json = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})

/** Writes are for admins and owners; checked before the body so evaluators get 403, not 422. */
const writers: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c, 'admin', 'owner')
  await next()
}

const tags = ['questionnaires']

export function questionnaireRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post(
      '/programs/:id/questionnaires',
      describeRoute({
        tags,
        summary: "Create a questionnaire from a template (admin; owners of the program's agency)",
        responses: {
          201: json(QuestionnaireSchema, 'The questionnaire with its draft'),
          ...problems(404),
        },
      }),
      writers,
      validate('param', IdParamSchema),
      validate('json', CreateQuestionnaireSchema),
      async (c) => {
        const user = requireUser(c)
        const programId = Number(c.req.valid('param').id)
        const body = c.req.valid('json')
        return c.json(await createQuestionnaire(deps.db, user, programId, body, deps.now()), 201)
      },
    )
    .get(
      '/programs/:id/questionnaires',
      describeRoute({
        tags,
        summary: "A program's questionnaires (readers of the program)",
        responses: { 200: json(QuestionnaireListSchema, 'The questionnaires'), ...problems(404) },
      }),
      validate('param', IdParamSchema),
      async (c) => {
        const user = requireUser(c)
        const programId = Number(c.req.valid('param').id)
        return c.json({ items: await listQuestionnaires(deps.db, user, programId) })
      },
    )
    .get(
      '/questionnaires/:id',
      describeRoute({
        tags,
        summary: 'A questionnaire: its draft, versions and whether the draft changed since',
        responses: { 200: json(QuestionnaireSchema, 'The questionnaire'), ...problems(404) },
      }),
      validate('param', IdParamSchema),
      async (c) => {
        const { row, program } = await getQuestionnaireForRead(
          deps.db,
          requireUser(c),
          Number(c.req.valid('param').id),
        )
        return c.json(await describeQuestionnaire(deps.db, row, program))
      },
    )
    .put(
      '/questionnaires/:id',
      describeRoute({
        tags,
        summary: 'Save the draft (published versions never change)',
        responses: { 200: json(QuestionnaireSchema, 'The questionnaire'), ...problems(404) },
      }),
      writers,
      validate('param', IdParamSchema),
      validate('json', UpdateQuestionnaireSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        const body = c.req.valid('json')
        return c.json(await updateQuestionnaire(deps.db, requireUser(c), id, body, deps.now()))
      },
    )
    .post(
      '/questionnaires/:id/publish',
      describeRoute({
        tags,
        summary:
          'Freeze the draft as the next numbered version, with the privacy notice citizens read; 422 with every blocking problem of the checks',
        responses: {
          201: json(PublishedSchema, 'The new version and what it changed'),
          ...problems(404, 409),
        },
      }),
      writers,
      validate('param', IdParamSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await publishQuestionnaire(deps.db, requireUser(c), id, deps.now()), 201)
      },
    )
    .get(
      '/questionnaires/:id/checks',
      describeRoute({
        tags,
        summary:
          'The checks before publishing the draft: blockers (publishing answers 422 while any is left) and warnings, each with its message code and the path of its field',
        responses: {
          200: json(ChecksSchema, 'Blockers, warnings, languages and privacy notice'),
          ...problems(404),
        },
      }),
      validate('param', IdParamSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await getPublishChecks(deps.db, requireUser(c), id))
      },
    )
    .get(
      '/questionnaires/:id/diff',
      describeRoute({
        tags,
        summary: 'What the draft changes since the latest published version',
        responses: {
          200: json(DiffSchema, 'Questions added, removed and changed, by code'),
          ...problems(404),
        },
      }),
      validate('param', IdParamSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await getDraftChanges(deps.db, requireUser(c), id))
      },
    )
    .get(
      '/questionnaires/:id/versions/:version',
      describeRoute({
        tags,
        summary: 'One published version with its frozen definition',
        responses: { 200: json(VersionSchema, 'The version'), ...problems(404) },
      }),
      validate('param', VersionParamSchema),
      async (c) => {
        const { id, version } = c.req.valid('param')
        return c.json(await getVersion(deps.db, requireUser(c), Number(id), Number(version)))
      },
    )
}
