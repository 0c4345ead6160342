// Reference data: the six dimensions with their elements, regions, agencies and the official
// province and kabupaten/kota list used to add a region.
import { action, query } from '@solidjs/router'
import type { InferResponseType } from 'hono/client'
import { api } from './client'
import { unwrap } from './unwrap'

export const getDimensions = query(
  async () => (await unwrap(api.dimensions.$get())).items,
  'dimensions',
)
export type Dimension = InferResponseType<typeof api.dimensions.$get, 200>['items'][number]

export const getRegions = query(async () => (await unwrap(api.regions.$get())).items, 'regions')
export type Region = InferResponseType<typeof api.regions.$get, 200>['items'][number]

export const getAgencies = query(
  async (regionId?: string) =>
    (await unwrap(api.agencies.$get({ query: regionId ? { regionId } : {} }))).items,
  'agencies',
)
export type Agency = InferResponseType<typeof api.agencies.$get, 200>['items'][number]

export const getProvinces = query(
  async () => (await unwrap(api.area.provinces.$get())).items,
  'provinces',
)

export const getRegencies = query(
  async (province: string) =>
    (await unwrap(api.area.regencies.$get({ query: { province } }))).items,
  'regencies',
)

export const addRegion = action(
  async (code: string) => unwrap(api.regions.$post({ json: { code } })),
  'addRegion',
)

export const addAgency = action(
  async (input: { regionId: number; code: string; name: string }) =>
    unwrap(api.agencies.$post({ json: input })),
  'addAgency',
)

/** Changes a region's time zone (admin): its responses move to their days in the new zone. */
export const changeRegionTimeZone = action(
  async (id: number, timeZone: string) =>
    unwrap(api.regions[':id'].$patch({ param: { id: String(id) }, json: { timeZone } })),
  'changeRegionTimeZone',
)
