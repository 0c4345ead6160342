// GET /api/audit: the audit trail, newest first, for admins.
import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import * as v from 'valibot'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { json } from '../../http/openapi-responses'
import { validate } from '../../http/validate'
import { requireRole } from '../../http/permissions'
import { listAuditEvents } from './service'

const AuditQuerySchema = v.object({
  objectType: v.optional(v.pipe(v.string(), v.maxLength(40))),
  objectId: v.optional(v.pipe(v.string(), v.maxLength(40))),
  before: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'id.event'))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'limit.1-500'))),
})

const AuditPageSchema = v.object({
  items: v.array(
    v.object({
      id: v.number(),
      at: v.string(),
      userId: v.nullable(v.number()),
      action: v.string(),
      objectType: v.string(),
      objectId: v.nullable(v.string()),
      /** The object before and after the change, as the feature recorded it. */
      before: v.unknown(),
      after: v.unknown(),
    }),
  ),
  /** The `before` of the next page, or null at the end. */
  nextBefore: v.nullable(v.number()),
})

export function auditRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/audit',
    describeRoute({
      tags: ['audit'],
      summary: 'Audit events, newest first, paged with `before` (admin)',
      responses: { 200: json(AuditPageSchema, 'A page of events') },
    }),
    validate('query', AuditQuerySchema),
    async (c) => {
      const user = requireRole(c, 'admin')
      const q = c.req.valid('query')
      const page = await listAuditEvents(deps.db, user, {
        objectType: q.objectType,
        objectId: q.objectId,
        before: q.before ? Number(q.before) : undefined,
        limit: Math.min(500, Math.max(1, Number(q.limit ?? 100))),
      })
      return c.json(page)
    },
  )
}
