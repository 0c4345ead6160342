// Share links: list and create per questionnaire, change one, and download its QR code.
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { problems } from '../../http/openapi-responses'
import { requireRole, requireUser } from '../../http/permissions'
import { IdParamSchema } from '../questionnaires/schemas'
import { qrFilename, qrPng, qrSvg } from './qr'
import {
  CreateLinkSchema,
  LinkIdParamSchema,
  LinkListSchema,
  LinkSchema,
  UpdateLinkSchema,
} from './schemas'
import { createLink, getLinkForRead, listLinks, updateLink } from './service'

const json = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})

/** Writes are for admins and owners; checked before the body so evaluators get 403, not 422. */
const writers: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireRole(c, 'admin', 'owner')
  await next()
}

const tags = ['links']

export function linkRoutes(deps: AppDeps) {
  const base = (c: Context<AppEnv>) => deps.config.publicUrl ?? new URL(c.req.url).origin

  const qr = (ext: 'svg' | 'png', type: string) =>
    async function (c: Context<AppEnv>) {
      const id = Number(c.req.param('id'))
      const { link, program } = await getLinkForRead(
        deps.db,
        requireUser(c),
        id,
        base(c),
        deps.now(),
      )
      const body = ext === 'svg' ? await qrSvg(link.url) : new Uint8Array(await qrPng(link.url))
      return c.body(body, 200, {
        'content-type': type,
        'content-disposition': `attachment; filename="${qrFilename(program.name, link.channel, ext)}"`,
        'cache-control': 'private, no-cache',
      })
    }

  return new Hono<AppEnv>()
    .get(
      '/questionnaires/:id/links',
      describeRoute({
        tags,
        summary: "A questionnaire's share links with their state now",
        responses: { 200: json(LinkListSchema, 'The links'), ...problems(404) },
      }),
      validate('param', IdParamSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        const items = await listLinks(deps.db, requireUser(c), id, base(c), deps.now())
        return c.json({ items })
      },
    )
    .post(
      '/questionnaires/:id/links',
      describeRoute({
        tags,
        summary: 'Create a share link for a channel (admin; owners of the program agency)',
        responses: { 201: json(LinkSchema, 'The link with its public URL'), ...problems(404) },
      }),
      writers,
      validate('param', IdParamSchema),
      validate('json', CreateLinkSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        const input = c.req.valid('json')
        const user = requireUser(c)
        return c.json(await createLink(deps.db, user, id, input, base(c), deps.now()), 201)
      },
    )
    .get(
      '/links/:id',
      describeRoute({
        tags,
        summary: 'One share link',
        responses: { 200: json(LinkSchema, 'The link'), ...problems(404) },
      }),
      validate('param', LinkIdParamSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        const { link } = await getLinkForRead(deps.db, requireUser(c), id, base(c), deps.now())
        return c.json(link)
      },
    )
    .patch(
      '/links/:id',
      describeRoute({
        tags,
        summary: 'Change a link: channel, window, cap, active, one response per device, pin',
        responses: { 200: json(LinkSchema, 'The link'), ...problems(404) },
      }),
      writers,
      validate('param', LinkIdParamSchema),
      validate('json', UpdateLinkSchema),
      async (c) => {
        const id = Number(c.req.valid('param').id)
        const input = c.req.valid('json')
        const user = requireUser(c)
        return c.json(await updateLink(deps.db, user, id, input, base(c), deps.now()))
      },
    )
    .get(
      '/links/:id/qr.svg',
      describeRoute({
        tags,
        summary: "The link's QR code as SVG (download)",
        responses: {
          200: { description: 'SVG', content: { 'image/svg+xml': {} } },
          ...problems(404),
        },
      }),
      validate('param', LinkIdParamSchema),
      qr('svg', 'image/svg+xml; charset=utf-8'),
    )
    .get(
      '/links/:id/qr.png',
      describeRoute({
        tags,
        summary: "The link's QR code as a 1024 px PNG (download)",
        responses: { 200: { description: 'PNG', content: { 'image/png': {} } }, ...problems(404) },
      }),
      validate('param', LinkIdParamSchema),
      qr('png', 'image/png'),
    )
}
