// GET,POST /api/programs/:id/webhooks, PATCH,DELETE /api/webhooks/:id and
// GET /api/webhooks/:id/deliveries: a program's webhooks and their delivery log.
import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { json, problems } from '../../http/openapi-responses'
import { requireUser } from '../../http/permissions'
import { validate } from '../../http/validate'
import {
  CreateWebhookSchema,
  DeliveryPageSchema,
  DeliveryQuerySchema,
  ProgramParamSchema,
  UpdateWebhookSchema,
  WebhookListSchema,
  WebhookParamSchema,
  WebhookWithSecretSchema,
} from './schemas'
import {
  createWebhook,
  deleteWebhook,
  listDeliveries,
  listWebhooks,
  updateWebhook,
} from './service'

const tags = ['webhooks']
const signing =
  'Deliveries are signed as Standard Webhooks says (headers webhook-id, webhook-timestamp, webhook-signature `v1,<base64 HMAC-SHA256 of id.timestamp.body>` with the key after `whsec_`), retried with backoff for about a day, and never sent to loopback, private or link-local addresses unless an admin allowed it for the webhook.'

export function webhookRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/programs/:id/webhooks',
      describeRoute({
        tags,
        summary: "A program's webhooks (readers of the program); never their secrets",
        responses: { 200: json(WebhookListSchema, 'The webhooks'), ...problems(404) },
      }),
      validate('param', ProgramParamSchema),
      async (c) =>
        c.json(await listWebhooks(deps, requireUser(c), Number(c.req.valid('param').id))),
    )
    .post(
      '/programs/:id/webhooks',
      describeRoute({
        tags,
        summary:
          'Subscribe a URL to events of the program (admin; owners of its agency); the answer holds the signing secret, shown once',
        description: signing,
        responses: {
          201: json(WebhookWithSecretSchema, 'The webhook and its secret'),
          ...problems(404),
        },
      }),
      validate('param', ProgramParamSchema),
      validate('json', CreateWebhookSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await createWebhook(deps, requireUser(c), id, c.req.valid('json')), 201)
      },
    )
    .patch(
      '/webhooks/:id',
      describeRoute({
        tags,
        summary:
          'Change a webhook: URL, events, active, private networks (admin), or rotate its secret (answered once; the old one signs for 24 h more)',
        responses: { 200: json(WebhookWithSecretSchema, 'The webhook'), ...problems(404) },
      }),
      validate('param', WebhookParamSchema),
      validate('json', UpdateWebhookSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        return c.json(await updateWebhook(deps, requireUser(c), id, c.req.valid('json')))
      },
    )
    .delete(
      '/webhooks/:id',
      describeRoute({
        tags,
        summary: 'Remove a webhook and its delivery log',
        responses: { 204: { description: 'Removed' }, ...problems(404) },
      }),
      validate('param', WebhookParamSchema),
      async (c) => {
        await deleteWebhook(deps, requireUser(c), Number(c.req.valid('param').id))
        return c.body(null, 204)
      },
    )
    .get(
      '/webhooks/:id/deliveries',
      describeRoute({
        tags,
        summary: 'The delivery log, newest first: status, attempts, last answer, the body sent',
        responses: { 200: json(DeliveryPageSchema, 'A page of deliveries'), ...problems(404) },
      }),
      validate('param', WebhookParamSchema),
      validate('query', DeliveryQuerySchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        const q = c.req.valid('query')
        const page = {
          before: q.before === undefined ? undefined : Number(q.before),
          limit: Number(q.limit ?? 50),
        }
        return c.json(await listDeliveries(deps, requireUser(c), id, page))
      },
    )
}
