// Personal API tokens of the logged-in user: list, create (the token is answered once), revoke.
import { action, query } from '@solidjs/router'
import type { InferRequestType, InferResponseType } from 'hono/client'
import { api } from './client'
import { unwrap } from './unwrap'

export type NewToken = InferRequestType<typeof api.tokens.$post>['json']
export type Token = InferResponseType<typeof api.tokens.$get, 200>['items'][number]
export type CreatedToken = InferResponseType<typeof api.tokens.$post, 201>

export const listTokens = query(async () => (await unwrap(api.tokens.$get())).items, 'tokens')

export const createToken = action(
  async (input: NewToken) => unwrap(api.tokens.$post({ json: input })),
  'createToken',
)

export const revokeToken = action(
  async (id: number) => unwrap(api.tokens[':id'].$delete({ param: { id: String(id) } })),
  'revokeToken',
)
