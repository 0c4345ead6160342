// GET /api/dimensions: the six smart-city dimensions with their elements, from reference data.
import { Hono } from 'hono'
import { describeRoute, resolver } from 'hono-openapi'
import * as v from 'valibot'
import { DIMENSION_CODES, DIMENSIONS } from '../../domain/reference'
import type { AppEnv } from '../../http/context'
import { requireUser } from '../../http/permissions'

const TextSchema = v.object({ id: v.string(), en: v.optional(v.string()) })

const DimensionListSchema = v.object({
  items: v.array(
    v.object({
      code: v.picklist(DIMENSION_CODES),
      name: TextSchema,
      elements: v.array(v.object({ code: v.string(), name: TextSchema })),
    }),
  ),
})

export function dimensionRoutes() {
  return new Hono<AppEnv>().get(
    '/dimensions',
    describeRoute({
      tags: ['reference'],
      summary: 'The six smart-city dimensions, each with its three elements',
      responses: {
        200: {
          description: 'Dimensions',
          content: { 'application/json': { schema: resolver(DimensionListSchema) } },
        },
      },
    }),
    (c) => {
      requireUser(c)
      return c.json({ items: DIMENSIONS })
    },
  )
}
