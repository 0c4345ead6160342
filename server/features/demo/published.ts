// The published smart-city figures of the demo data (reference/demo-regions.json,
// publishedEvaluations.smartCity), loaded as published entries so a fresh install shows a ranking
// (Jambi 2024) and a trajectory (Banjarmasin 2021-2024) at once. Regions named there that the demo
// set does not hold yet are set up from the official code list first.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { MONTHS } from '../../domain/periods'
import { DEMO_REGIONS } from '../../domain/reference'
import { seedPublishedFigure } from '../evaluations/seeding'
import { addRegionFromCode, findRegionByCode } from '../regions/service'

/** The date a source text states, such as "(5 January 2025)", as YYYY-MM-DD; null without one. */
export function sourceDate(source: string): string | null {
  const m = /\((\d{1,2}) ([A-Z][a-z]+) (\d{4})\)/.exec(source)
  const month = m ? MONTHS.en.indexOf(m[2]!) : -1
  if (!m || month < 0) return null
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
}

/** Regions of the published figures (smart city and SPBE) that are not set up yet. */
async function setUpNamedRegions(db: Kysely<Database>, now: Date) {
  const { smartCity, spbe } = DEMO_REGIONS.publishedEvaluations
  for (const code of new Set([...smartCity, ...spbe].map((e) => e.region))) {
    if (!(await findRegionByCode(db, code))) await addRegionFromCode(db, null, code, now)
  }
}

export async function seedPublishedFigures(db: Kysely<Database>, now: Date) {
  await setUpNamedRegions(db, now)
  for (const entry of DEMO_REGIONS.publishedEvaluations.smartCity) {
    const region = (await findRegionByCode(db, entry.region))!
    const e = entry as typeof entry & {
      scores?: Record<string, number>
      rank?: { national: number; of: number }
      note?: string
    }
    await seedPublishedFigure(db, {
      regionId: region.id,
      year: e.year,
      index: e.index,
      scores: e.scores ?? null,
      source: e.source,
      publishedAt: sourceDate(e.source),
      note: e.note ?? null,
      rank: e.rank ?? null,
      createdAt: now.toISOString(),
      createdBy: null,
    })
  }
}
