// GET,POST /api/programs and GET,PATCH /api/programs/:id, scoped by role (see service.ts).
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { problems } from '../../http/openapi-responses'
import { requireUser } from '../../http/permissions'
import {
  CreateProgramSchema,
  ProgramIdParamSchema,
  ProgramListQuerySchema,
  ProgramPageSchema,
  ProgramSchema,
  UpdateProgramSchema,
} from './schemas'
import { createProgram, getProgramForRead, listPrograms, updateProgram } from './service'

const json = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})

const toNumber = (value: string | undefined) => (value === undefined ? undefined : Number(value))

export function programRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/programs',
      describeRoute({
        tags: ['programs'],
        summary: 'Programs the caller may see, by dimension then name, filtered and paged',
        responses: { 200: json(ProgramPageSchema, 'A page of programs') },
      }),
      validate('query', ProgramListQuerySchema),
      async (c) => {
        const user = requireUser(c)
        const q = c.req.valid('query')
        const filter = {
          regionId: toNumber(q.regionId),
          agencyId: toNumber(q.agencyId),
          year: toNumber(q.year),
          dimension: q.dimension,
          q: q.q?.trim() || undefined,
        }
        const page = { limit: toNumber(q.limit) ?? 50, offset: toNumber(q.offset) ?? 0 }
        return c.json(await listPrograms(deps.db, user, filter, page))
      },
    )
    .post(
      '/programs',
      describeRoute({
        tags: ['programs'],
        summary: 'Add a program (admin; owners for their own agency)',
        responses: { 201: json(ProgramSchema, 'The program'), ...problems(409) },
      }),
      validate('json', CreateProgramSchema),
      async (c) => {
        const user = requireUser(c)
        return c.json(await createProgram(deps.db, user, c.req.valid('json'), deps.now()), 201)
      },
    )
    .get(
      '/programs/:id',
      describeRoute({
        tags: ['programs'],
        summary: 'One program (403 when it is outside the caller scope)',
        responses: { 200: json(ProgramSchema, 'The program'), ...problems(404) },
      }),
      validate('param', ProgramIdParamSchema),
      async (c) => {
        const user = requireUser(c)
        return c.json(await getProgramForRead(deps.db, user, Number(c.req.valid('param').id)))
      },
    )
    .patch(
      '/programs/:id',
      describeRoute({
        tags: ['programs'],
        summary: 'Change a program (admin; owners for their own agency, within it)',
        responses: { 200: json(ProgramSchema, 'The program'), ...problems(404, 409) },
      }),
      validate('param', ProgramIdParamSchema),
      validate('json', UpdateProgramSchema),
      async (c) => {
        const user = requireUser(c)
        const id = Number(c.req.valid('param').id)
        return c.json(await updateProgram(deps.db, user, id, c.req.valid('json'), deps.now()))
      },
    )
}
