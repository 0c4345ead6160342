// The rows that ingestion derives from a questionnaire's responses (aggregates and segment rows),
// as comparable snapshots: tests compare what a path wrote with a rebuild from the stored rows.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/database'
import { rebuildQuestionnaires } from '../../server/features/aggregates/write/postgres/corrections'
import { aggregatePendingResponses } from '../../server/features/aggregates/write/sqlite/recovery'
import type { AppDeps } from '../../server/deps'

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

/**
 * Drops every derived row of the questionnaire and aggregates its stored responses again from
 * scratch, as recovery does (on SQLite its recovery, on PostgreSQL its drain); answers the result.
 */
export async function rebuiltSnapshot(deps: AppDeps, questionnaireId: number) {
  if (deps.dialect === 'postgres') {
    await rebuildQuestionnaires(deps.db, [questionnaireId])
    return derivedSnapshot(deps.db, questionnaireId)
  }
  for (const table of DERIVED_TABLES)
    await deps.db.deleteFrom(table).where('questionnaire_id', '=', questionnaireId).execute()
  await sql`insert or ignore into agg_pending (response_id)
    select id from responses where questionnaire_id = ${questionnaireId}`.execute(deps.db)
  aggregatePendingResponses(deps.sqlite!)
  return derivedSnapshot(deps.db, questionnaireId)
}
