// The rows that ingestion derives from a questionnaire's responses (aggregates and segment rows),
// as comparable snapshots: tests compare what a path wrote with a rebuild from the stored rows.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/database'

export const DERIVED_TABLES = [
  'agg_daily',
  'agg_answers',
  'agg_criteria',
  'agg_answers_total',
  'agg_criteria_total',
  'agg_segment_daily',
  'agg_segment_answers',
  'agg_segment_criteria',
  'response_segments',
] as const

/** Every derived row of the questionnaire, as sorted JSON with numbers rounded to 9 places. */
export async function derivedSnapshot(db: Kysely<Database>, questionnaireId: number) {
  const out: Record<string, string[]> = {}
  for (const table of DERIVED_TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}
      where questionnaire_id = ${questionnaireId}`.execute(db)
    out[table] = rows
      .map((r) => JSON.stringify(r, (_, v) => (typeof v === 'number' ? Number(v.toFixed(9)) : v)))
      .sort()
  }
  return out
}
