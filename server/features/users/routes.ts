// GET,POST /api/users and PATCH /api/users/:id: user management (admin only).
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { problems } from '../../http/openapi-responses'
import { requireRole } from '../../http/permissions'
import {
  CreateUserSchema,
  UpdateUserSchema,
  UserIdParamSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
} from './schemas'
import { createUser, listUsers, updateUser } from './service'

const json = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})

export function userRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/users',
      describeRoute({
        tags: ['users'],
        summary: 'Users, by email, optionally filtered by role and agency (admin)',
        responses: { 200: json(UserPageSchema, 'A page of users') },
      }),
      validate('query', UserListQuerySchema),
      async (c) => {
        requireRole(c, 'admin')
        const q = c.req.valid('query')
        const filter = {
          role: q.role,
          agencyId: q.agencyId === undefined ? undefined : Number(q.agencyId),
        }
        const page = { limit: Number(q.limit ?? 50), offset: Number(q.offset ?? 0) }
        return c.json(await listUsers(deps.db, filter, page))
      },
    )
    .post(
      '/users',
      describeRoute({
        tags: ['users'],
        summary: 'Create a user (admin); owners need agencyId, evaluators regionId',
        responses: { 201: json(UserSchema, 'The user'), ...problems(409) },
      }),
      validate('json', CreateUserSchema),
      async (c) => {
        const actor = requireRole(c, 'admin')
        return c.json(await createUser(deps.db, actor, c.req.valid('json'), deps.now()), 201)
      },
    )
    .patch(
      '/users/:id',
      describeRoute({
        tags: ['users'],
        summary: 'Change a user (admin); deactivating ends their sessions',
        responses: { 200: json(UserSchema, 'The user'), ...problems(404, 409) },
      }),
      validate('param', UserIdParamSchema),
      validate('json', UpdateUserSchema),
      async (c) => {
        const actor = requireRole(c, 'admin')
        const id = Number(c.req.valid('param').id)
        const credential = c.get('credential')
        const session = credential?.kind === 'session' ? credential.id : null
        const input = c.req.valid('json')
        return c.json(await updateUser(deps.db, actor, id, input, deps.now(), session))
      },
    )
}
