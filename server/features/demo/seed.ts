// Seeds a fresh database with the demo regions (from the official code list), their agencies
// and quick-win programs (server/domain/reference/demo-regions.json). Runs only when the database
// has no region yet, so it never touches real data.
import type { Kysely } from 'kysely'
import demoElements from '../../../db/seed/demo-elements.json'
import type { Database } from '../../../db/database'
import { DEMO_REGIONS, findDimension } from '../../domain/reference'
import { addRegionFromCode } from '../regions/service'
import { seedPublishedFigures } from './published'

const ELEMENTS: Record<string, string> = demoElements.elements

/** Loads the demo set; answers false (and does nothing) when regions already exist. */
export async function seedDemoData(db: Kysely<Database>, now: Date): Promise<boolean> {
  const existing = await db.selectFrom('regions').select('id').limit(1).executeTakeFirst()
  if (existing) return false
  const at = now.toISOString()
  for (const demo of DEMO_REGIONS.regions) {
    const region = await addRegionFromCode(db, null, demo.code, now)
    const agencyIds = new Map<string, number>()
    for (const agency of demo.agencies) {
      const { id } = await db
        .insertInto('agencies')
        .values({ region_id: region.id, code: agency.code, name: agency.name, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow()
      agencyIds.set(agency.code, id)
    }
    for (const p of demo.programs) {
      const dimension = findDimension(p.dimension)
      const element = ELEMENTS[p.name] ?? dimension?.elements[0]?.code
      if (!dimension || !element) throw new Error(`Demo program ${p.name} has no known dimension`)
      await db
        .insertInto('programs')
        .values({
          region_id: region.id,
          agency_id: agencyIds.get(p.agency)!,
          dimension: dimension.code,
          element,
          year: p.year,
          name: p.name,
          description_id: p.description.id,
          description_en: p.description.en,
          target_population: p.targetPopulation,
          created_at: at,
          updated_at: at,
        })
        .execute()
    }
  }
  await seedPublishedFigures(db, now)
  return true
}
