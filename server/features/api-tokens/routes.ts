// GET,POST /api/tokens and DELETE /api/tokens/:id: the caller's personal API tokens. Only a
// console session manages tokens: a token calling these routes is refused (scopes.ts).
import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { json, problems } from '../../http/openapi-responses'
import { requireUser } from '../../http/permissions'
import { validate } from '../../http/validate'
import {
  CreatedTokenSchema,
  CreateTokenSchema,
  TokenIdParamSchema,
  TokenListSchema,
} from './schemas'
import { createToken, listTokens, revokeToken } from './service'

const tags = ['tokens']

export function apiTokenRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/tokens',
      describeRoute({
        tags,
        summary: 'Your API tokens, newest first (revoked ones included); never the token itself',
        responses: { 200: json(TokenListSchema, 'The tokens') },
      }),
      async (c) => c.json(await listTokens(deps, requireUser(c))),
    )
    .post(
      '/tokens',
      describeRoute({
        tags,
        summary:
          'Create an API token with scopes and an expiry (default 90 days, at most a year); the answer is the only time the token is shown',
        responses: { 201: json(CreatedTokenSchema, 'The token, shown once') },
      }),
      validate('json', CreateTokenSchema),
      async (c) => c.json(await createToken(deps, requireUser(c), c.req.valid('json')), 201),
    )
    .delete(
      '/tokens/:id',
      describeRoute({
        tags,
        summary: 'Revoke one of your tokens (admins: anyone’s); it stops working at once',
        responses: { 204: { description: 'Revoked' }, ...problems(404) },
      }),
      validate('param', TokenIdParamSchema),
      async (c) => {
        await revokeToken(deps, requireUser(c), Number(c.req.valid('param').id))
        return c.body(null, 204)
      },
    )
}
