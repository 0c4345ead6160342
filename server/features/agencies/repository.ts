// Agencies (SKPD/OPD) of the regions.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

export function listAgencyRows(
  db: Kysely<Database>,
  f: { regionId?: number; agencyId?: number; provinceCode?: string },
) {
  let query = db.selectFrom('agencies').selectAll().orderBy('region_id').orderBy('code')
  if (f.regionId !== undefined) query = query.where('region_id', '=', f.regionId)
  if (f.provinceCode !== undefined) {
    const inProvince = db
      .selectFrom('regions')
      .select('id')
      .where('code', 'like', `${f.provinceCode}.%`)
    query = query.where('region_id', 'in', inProvince)
  }
  if (f.agencyId !== undefined) query = query.where('id', '=', f.agencyId)
  return query.execute()
}

export function findAgencyById(db: Kysely<Database>, id: number) {
  return db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst()
}

export function findAgencyByCode(db: Kysely<Database>, regionId: number, code: string) {
  return db
    .selectFrom('agencies')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('code', '=', code)
    .executeTakeFirst()
}

export async function insertAgency(
  db: Kysely<Database>,
  a: { regionId: number; code: string; name: string; createdAt: string },
): Promise<number> {
  const { id } = await db
    .insertInto('agencies')
    .values({ region_id: a.regionId, code: a.code, name: a.name, created_at: a.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
