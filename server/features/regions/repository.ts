// Regions and their kecamatan.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

/** The regions of a filter (one region, one province, or all), by name. */
export function listRegionRowsIn(
  db: Kysely<Database>,
  filter: { regionId?: number; provinceCode?: string },
) {
  let query = db.selectFrom('regions').selectAll().orderBy('name')
  if (filter.regionId !== undefined) query = query.where('id', '=', filter.regionId)
  if (filter.provinceCode !== undefined)
    query = query.where('code', 'like', `${filter.provinceCode}.%`)
  return query.execute()
}

export async function listRegionCodes(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('regions').select('code').execute()
  return rows.map((r) => r.code)
}

export function findRegionById(db: Kysely<Database>, id: number) {
  return db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst()
}

export function findRegionByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst()
}

export function listKecamatan(db: Kysely<Database>, regionId: number) {
  return db
    .selectFrom('kecamatan')
    .select(['code', 'name'])
    .where('region_id', '=', regionId)
    .orderBy('code')
    .execute()
}

export function listKecamatanOfRegions(db: Kysely<Database>, regionIds: number[]) {
  if (regionIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('kecamatan')
    .select(['region_id', 'code', 'name'])
    .where('region_id', 'in', regionIds)
    .orderBy('code')
    .execute()
}

export async function insertRegion(
  db: Kysely<Database>,
  region: {
    code: string
    name: string
    kind: 'kota' | 'kabupaten'
    province: string
    timeZone: string
    createdAt: string
  },
  kecamatan: { code: string; name: string }[],
): Promise<number> {
  const { id } = await db
    .insertInto('regions')
    .values({
      code: region.code,
      name: region.name,
      kind: region.kind,
      province: region.province,
      time_zone: region.timeZone,
      created_at: region.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (kecamatan.length > 0) {
    await db
      .insertInto('kecamatan')
      .values(kecamatan.map((k) => ({ region_id: id, code: k.code, name: k.name })))
      .execute()
  }
  return id
}

export async function updateRegionTimeZone(db: Kysely<Database>, id: number, timeZone: string) {
  await db.updateTable('regions').set({ time_zone: timeZone }).where('id', '=', id).execute()
}
