// GET,POST /api/programs/:id/follow-ups, PATCH /api/follow-ups/:id and its history: a program's
// follow-up plans for its readers; admins and the program's owners enter and change them.
import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { onlyRoles, requireUser } from '../../http/permissions'
import { json, problems } from '../../http/openapi-responses'
import { validate } from '../../http/validate'
import {
  CreateFollowUpSchema,
  FollowUpHistorySchema,
  FollowUpListSchema,
  FollowUpParamSchema,
  FollowUpSchema,
  ProgramParamSchema,
  UpdateFollowUpSchema,
} from './schemas'
import { createFollowUp, followUpHistory, listFollowUps, updateFollowUp } from './service'

/** Admins and owners write; checked before the body, so evaluators get 403 rather than 422. */
const writers = onlyRoles('admin', 'owner')

const tags = ['follow-ups']

export function followUpRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/programs/:id/follow-ups',
      describeRoute({
        tags,
        summary:
          "A program's follow-up plans, each finished one with whether its element or criterion moved (95% interval), and what they may target (its readers)",
        responses: {
          200: json(FollowUpListSchema, 'The follow-ups, oldest first'),
          ...problems(404),
        },
      }),
      validate('param', ProgramParamSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await listFollowUps(deps, requireUser(c), id))
      },
    )
    .post(
      '/programs/:id/follow-ups',
      describeRoute({
        tags,
        summary: 'Enter a follow-up action (admin, the program owners; audited)',
        responses: { 201: json(FollowUpSchema, 'The follow-up'), ...problems(404) },
      }),
      writers,
      validate('param', ProgramParamSchema),
      validate('json', CreateFollowUpSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        const created = await createFollowUp(deps, requireUser(c), id, c.req.valid('json'))
        return c.json(created, 201)
      },
    )
    .patch(
      '/follow-ups/:id',
      describeRoute({
        tags,
        summary: 'Change a follow-up: status, notes, action, unit, quarter or target (audited)',
        responses: { 200: json(FollowUpSchema, 'The follow-up'), ...problems(404) },
      }),
      writers,
      validate('param', FollowUpParamSchema),
      validate('json', UpdateFollowUpSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await updateFollowUp(deps, requireUser(c), id, c.req.valid('json')))
      },
    )
    .get(
      '/follow-ups/:id/history',
      describeRoute({
        tags,
        summary: "A follow-up's history from the audit trail, oldest first (the program readers)",
        responses: {
          200: json(FollowUpHistorySchema, 'Each change with who made it'),
          ...problems(404),
        },
      }),
      validate('param', FollowUpParamSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await followUpHistory(deps.db, requireUser(c), id))
      },
    )
}
