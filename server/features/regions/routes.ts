// GET,POST /api/regions and the picker over the official list: GET /api/area/provinces,
// GET /api/area/regencies?province=63 (admin).
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import type { AppDeps } from '../../deps'
import type { AppEnv } from '../../http/context'
import { validate } from '../../http/validate'
import { requireRole, requireUser } from '../../http/permissions'
import {
  CreateRegionSchema,
  ProvinceListSchema,
  RegencyListSchema,
  RegencyQuerySchema,
  RegionIdParamSchema,
  RegionListSchema,
  RegionSchema,
  UpdateRegionSchema,
} from './schemas'
import {
  addRegionFromCode,
  changeRegionTimeZone,
  listAreaProvinces,
  listAreaRegencies,
  listRegions,
} from './service'

const json = (schema: Parameters<typeof resolver>[0], description: string) => ({
  description,
  content: { 'application/json': { schema: resolver(schema) } },
})

export function regionRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/regions',
      describeRoute({
        tags: ['setup'],
        summary: 'Regions with their kecamatan (non-admins: their own region)',
        responses: { 200: json(RegionListSchema, 'Regions') },
      }),
      async (c) => c.json({ items: await listRegions(deps.db, requireUser(c)) }),
    )
    .post(
      '/regions',
      describeRoute({
        tags: ['setup'],
        summary: 'Set up a kabupaten/kota from the Kemendagri list, with its kecamatan (admin)',
        responses: { 201: json(RegionSchema, 'The region') },
      }),
      validate('json', CreateRegionSchema),
      async (c) => {
        const user = requireRole(c, 'admin')
        const region = await addRegionFromCode(
          deps.db,
          user.id,
          c.req.valid('json').code,
          deps.now(),
        )
        return c.json(region, 201)
      },
    )
    .patch(
      '/regions/:id',
      describeRoute({
        tags: ['setup'],
        summary:
          "Change a region's time zone (admin): its responses move to their calendar day in the new zone and their aggregates are rebuilt",
        responses: { 200: json(RegionSchema, 'The region') },
      }),
      validate('param', RegionIdParamSchema),
      validate('json', UpdateRegionSchema),
      async (c) => {
        const user = requireRole(c, 'admin')
        const id = Number(c.req.valid('param').id)
        return c.json(await changeRegionTimeZone(deps, user, id, c.req.valid('json').timeZone))
      },
    )
    .get(
      '/area/provinces',
      describeRoute({
        tags: ['setup'],
        summary: 'Provinces of the official Kemendagri list (admin)',
        responses: { 200: json(ProvinceListSchema, 'Provinces') },
      }),
      (c) => {
        requireRole(c, 'admin')
        return c.json({ items: listAreaProvinces() })
      },
    )
    .get(
      '/area/regencies',
      describeRoute({
        tags: ['setup'],
        summary: 'Kabupaten/kota of a province, marked when already set up (admin)',
        responses: { 200: json(RegencyListSchema, 'Kabupaten/kota') },
      }),
      validate('query', RegencyQuerySchema),
      async (c) => {
        requireRole(c, 'admin')
        return c.json({ items: await listAreaRegencies(deps.db, c.req.valid('query').province) })
      },
    )
}
