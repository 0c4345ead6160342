// Follow-up plans of a program: the list (with each finished action's effect and the targets),
// entering and changing an action, and its history.
import { query, revalidate } from '@solidjs/router'
import type { InferRequestType, InferResponseType } from 'hono/client'
import { api } from './client'
import { unwrap } from './unwrap'

const list = api.programs[':id']['follow-ups']
const one = api['follow-ups'][':id']

export const getFollowUps = query(
  async (programId: string) => unwrap(list.$get({ param: { id: programId } })),
  'followUps',
)
export type FollowUpList = InferResponseType<typeof list.$get, 200>
export type FollowUp = FollowUpList['items'][number]
export type FollowUpEffect = NonNullable<FollowUp['effect']>
export type FollowUpTarget = FollowUpList['targets'][number]
export type FollowUpInput = InferRequestType<typeof list.$post>['json']
export type FollowUpChanges = InferRequestType<typeof one.$patch>['json']

export async function createFollowUp(programId: string, input: FollowUpInput) {
  const created = await unwrap(list.$post({ param: { id: programId }, json: input }))
  await revalidate(getFollowUps.keyFor(programId))
  return created
}

export async function updateFollowUp(programId: string, id: number, changes: FollowUpChanges) {
  const updated = await unwrap(one.$patch({ param: { id: String(id) }, json: changes }))
  await revalidate(getFollowUps.keyFor(programId))
  return updated
}

export const fetchFollowUpHistory = (id: number) =>
  unwrap(one.history.$get({ param: { id: String(id) } }))
export type FollowUpHistory = Awaited<ReturnType<typeof fetchFollowUpHistory>>
