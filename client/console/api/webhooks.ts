// A program's webhooks and their delivery log.
import { action, query } from '@solidjs/router'
import type { InferRequestType, InferResponseType } from 'hono/client'
import { api } from './client'
import { unwrap } from './unwrap'

const programHooks = api.programs[':id'].webhooks
const hook = api.webhooks[':id']

export type NewWebhook = InferRequestType<typeof programHooks.$post>['json']
export type WebhookChanges = InferRequestType<typeof hook.$patch>['json']
export type Webhook = InferResponseType<typeof programHooks.$get, 200>['items'][number]
export type Delivery = InferResponseType<(typeof hook)['deliveries']['$get'], 200>['items'][number]

export const listWebhooks = query(
  async (programId: string) =>
    (await unwrap(programHooks.$get({ param: { id: programId } }))).items,
  'webhooks',
)

export const listDeliveries = query(
  async (webhookId: number) =>
    unwrap(hook.deliveries.$get({ param: { id: String(webhookId) }, query: { limit: '50' } })),
  'webhookDeliveries',
)

export const createWebhook = action(
  async (programId: string, input: NewWebhook) =>
    unwrap(programHooks.$post({ param: { id: programId }, json: input })),
  'createWebhook',
)

export const updateWebhook = action(
  async (id: number, changes: WebhookChanges) =>
    unwrap(hook.$patch({ param: { id: String(id) }, json: changes })),
  'updateWebhook',
)

export const deleteWebhook = action(
  async (id: number) => unwrap(hook.$delete({ param: { id: String(id) } })),
  'deleteWebhook',
)
