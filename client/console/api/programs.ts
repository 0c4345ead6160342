// Programs: the filtered list, one program, create and update.
import { action, query } from '@solidjs/router'
import type { InferRequestType, InferResponseType } from 'hono/client'
import { api } from './client'
import { unwrap } from './unwrap'

export type ProgramQuery = InferRequestType<typeof api.programs.$get>['query']
export type ProgramInput = InferRequestType<typeof api.programs.$post>['json']
export type ProgramChanges = InferRequestType<(typeof api.programs)[':id']['$patch']>['json']

export const listPrograms = query(
  async (filter: ProgramQuery) => unwrap(api.programs.$get({ query: filter })),
  'programs',
)
export type Program = InferResponseType<typeof api.programs.$get, 200>['items'][number]

export const getProgram = query(
  async (id: string) => unwrap(api.programs[':id'].$get({ param: { id } })),
  'program',
)

export const createProgram = action(
  async (input: ProgramInput) => unwrap(api.programs.$post({ json: input })),
  'createProgram',
)

export const updateProgram = action(
  async (id: string, changes: ProgramChanges) =>
    unwrap(api.programs[':id'].$patch({ param: { id }, json: changes })),
  'updateProgram',
)
