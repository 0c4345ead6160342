// Finalised evaluations as numbered, frozen versions (evaluation_versions) and the published
// figures entered from official sources (published_evaluations).
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { EvaluationScores } from '../../domain/evaluation'

export interface VersionRecord {
  version: number
  reason: string
  finalisedAt: string
  finalisedBy: number | null
  reopenedAt: string | null
  reopenedBy: number | null
  reopenReason: string | null
}

type VersionRow = Database['evaluation_versions']

const toVersion = (r: VersionRow): VersionRecord => ({
  version: r.version,
  reason: r.reason,
  finalisedAt: r.finalised_at,
  finalisedBy: r.finalised_by,
  reopenedAt: r.reopened_at,
  reopenedBy: r.reopened_by,
  reopenReason: r.reopen_reason,
})

/** The versions of a region's year, oldest first. */
export async function listVersions(db: Kysely<Database>, regionId: number, year: number) {
  const rows = await db
    .selectFrom('evaluation_versions')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .orderBy('version')
    .execute()
  return rows.map(toVersion)
}

/** The frozen evaluation of a version (JSON as finalised). */
export async function findSnapshot(
  db: Kysely<Database>,
  key: { regionId: number; year: number; version: number },
) {
  const row = await db
    .selectFrom('evaluation_versions')
    .select('snapshot')
    .where('region_id', '=', key.regionId)
    .where('year', '=', key.year)
    .where('version', '=', key.version)
    .executeTakeFirst()
  return row && (JSON.parse(row.snapshot) as unknown)
}

export function insertVersion(
  db: Kysely<Database>,
  v: { regionId: number; year: number; version: number; snapshot: string; reason: string },
  by: { at: string; userId: number },
) {
  return db
    .insertInto('evaluation_versions')
    .values({
      region_id: v.regionId,
      year: v.year,
      version: v.version,
      snapshot: v.snapshot,
      reason: v.reason,
      finalised_at: by.at,
      finalised_by: by.userId,
    })
    .execute()
}

export function markReopened(
  db: Kysely<Database>,
  key: { regionId: number; year: number; version: number },
  by: { at: string; userId: number; reason: string },
) {
  return db
    .updateTable('evaluation_versions')
    .set({ reopened_at: by.at, reopened_by: by.userId, reopen_reason: by.reason })
    .where('region_id', '=', key.regionId)
    .where('year', '=', key.year)
    .where('version', '=', key.version)
    .execute()
}

/** Years of a region with anything to evaluate: programs, settings, versions or published figures. */
export async function listRegionYears(db: Kysely<Database>, regionId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('programs')
    .select('year')
    .where('region_id', '=', regionId)
    .union(db.selectFrom('evaluations').select('year').where('region_id', '=', regionId))
    .union(db.selectFrom('evaluation_versions').select('year').where('region_id', '=', regionId))
    .union(db.selectFrom('published_evaluations').select('year').where('region_id', '=', regionId))
    .execute()
  return rows.map((r) => r.year).sort((a, b) => a - b)
}

export interface PublishedRecord {
  regionId: number
  year: number
  index: number
  scores: EvaluationScores | null
  source: string
  publishedAt: string | null
  note: string | null
  rank: { national: number; of: number } | null
  createdAt: string
  createdBy: number | null
}

type PublishedRow = Database['published_evaluations']

const toPublished = (r: PublishedRow): PublishedRecord => ({
  regionId: r.region_id,
  year: r.year,
  index: r.index_value,
  scores: r.scores === null ? null : (JSON.parse(r.scores) as EvaluationScores),
  source: r.source,
  publishedAt: r.published_at,
  note: r.note,
  rank:
    r.published_rank === null ? null : (JSON.parse(r.published_rank) as PublishedRecord['rank']),
  createdAt: r.created_at,
  createdBy: r.created_by,
})

/** Published figures of some regions (all when `regionIds` is undefined), for one year or all. */
export async function listPublished(
  db: Kysely<Database>,
  f: { regionIds?: number[]; year?: number },
): Promise<PublishedRecord[]> {
  if (f.regionIds?.length === 0) return []
  let query = db.selectFrom('published_evaluations').selectAll().orderBy('year')
  if (f.regionIds !== undefined) query = query.where('region_id', 'in', f.regionIds)
  if (f.year !== undefined) query = query.where('year', '=', f.year)
  return (await query.execute()).map(toPublished)
}

/** Stores the published figure of a region's year, replacing an earlier one. */
export async function savePublished(db: Kysely<Database>, p: PublishedRecord) {
  const values = {
    index_value: p.index,
    scores: p.scores && JSON.stringify(p.scores),
    source: p.source,
    published_at: p.publishedAt,
    note: p.note,
    published_rank: p.rank && JSON.stringify(p.rank),
    created_at: p.createdAt,
    created_by: p.createdBy,
  }
  await db
    .insertInto('published_evaluations')
    .values({ region_id: p.regionId, year: p.year, ...values })
    .onConflict((oc) => oc.columns(['region_id', 'year']).doUpdateSet(values))
    .execute()
}
