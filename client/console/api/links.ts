// Share links of a questionnaire: list, create, change (active, window, cap), and the addresses
// of a link's QR code images.
import { action, query } from '@solidjs/router'
import type { InferRequestType, InferResponseType } from 'hono/client'
import { api } from './client'
import { unwrap } from './unwrap'

export type NewLink = InferRequestType<(typeof api.questionnaires)[':id']['links']['$post']>['json']
export type LinkChanges = InferRequestType<(typeof api.links)[':id']['$patch']>['json']

export const listLinks = query(
  async (questionnaireId: string) =>
    (await unwrap(api.questionnaires[':id'].links.$get({ param: { id: questionnaireId } }))).items,
  'links',
)
export type Link = InferResponseType<
  (typeof api.questionnaires)[':id']['links']['$get'],
  200
>['items'][number]
export type LinkState = Link['state']

export const createLink = action(
  async (questionnaireId: string, input: NewLink) =>
    unwrap(api.questionnaires[':id'].links.$post({ param: { id: questionnaireId }, json: input })),
  'createLink',
)

export const updateLink = action(
  async (id: number, changes: LinkChanges) =>
    unwrap(api.links[':id'].$patch({ param: { id: String(id) }, json: changes })),
  'updateLink',
)

/** Where the QR code of a link is served (same origin, session cookie). */
export const qrUrl = (id: number, ext: 'svg' | 'png') => `/api/links/${id}/qr.${ext}`
