// Users (admin): list, create, change role, agency, region or active state.
import { action, query } from '@solidjs/router'
import type { InferRequestType, InferResponseType } from 'hono/client'
import { api } from './client'
import { unwrap } from './unwrap'

export type NewUser = InferRequestType<typeof api.users.$post>['json']
export type UserChanges = InferRequestType<(typeof api.users)[':id']['$patch']>['json']

export const listUsers = query(
  async () => (await unwrap(api.users.$get({ query: { limit: '200' } }))).items,
  'users',
)
export type User = InferResponseType<typeof api.users.$get, 200>['items'][number]

export const createUser = action(
  async (input: NewUser) => unwrap(api.users.$post({ json: input })),
  'createUser',
)

export const updateUser = action(
  async (id: number, changes: UserChanges) =>
    unwrap(api.users[':id'].$patch({ param: { id: String(id) }, json: changes })),
  'updateUser',
)
