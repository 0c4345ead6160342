// GET /api/audit: the audit trail, newest first, for admins.
import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import * as v from 'valibot'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { requireRole } from '../../http/permissions'
import { listAuditEvents } from './service'

const AuditQuerySchema = v.object({
  objectType: v.optional(v.pipe(v.string(), v.maxLength(40))),
  objectId: v.optional(v.pipe(v.string(), v.maxLength(40))),
  before: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'id.event'))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'limit.1-500'))),
})

export function auditRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/audit',
    describeRoute({ tags: ['audit'], summary: 'Audit events, newest first (admin)' }),
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
