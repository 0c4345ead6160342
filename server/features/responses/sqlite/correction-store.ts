// Corrections of stored responses, run by the writer thread after it has flushed its pending sums
// (writer-thread.ts): excluding responses from every figure or restoring them, and moving a
// region's responses to the calendar days of a new time zone. Each is one transaction that
// changes the response rows and corrects the aggregates exactly (aggregates/write/corrections.ts)
// or rebuilds them (recovery), so the tables always equal a rebuild.
import type SQLite from 'better-sqlite3'
import { localDay } from '../../../domain/calendar'
import { correctAggregates, storedResponses } from '../../aggregates/write/sqlite/corrections'
import { rebuildQuestionnaires } from '../../aggregates/write/sqlite/recovery'
import type { Exclusion } from '../response-store'
import { correctionStatements } from './statements'

/** Excludes those of `ids` that count; answers how many it excluded. */
export function excludeStored(sqlite: SQLite.Database, ids: readonly number[], e: Exclusion) {
  return sqlite.transaction(() => {
    const rows = storedResponses(sqlite, ids).filter((r) => r.excluded_at === null)
    const st = correctionStatements(sqlite)
    for (const row of rows) st.exclude.run({ id: row.id, at: e.at, by: e.by, reason: e.reason })
    correctAggregates(sqlite, rows, -1)
    return rows.length
  })()
}

/** Restores those of `ids` that are excluded; answers how many it restored. */
export function restoreStored(sqlite: SQLite.Database, ids: readonly number[]) {
  return sqlite.transaction(() => {
    const rows = storedResponses(sqlite, ids).filter((r) => r.excluded_at !== null)
    const st = correctionStatements(sqlite)
    for (const row of rows) st.restore.run({ id: row.id })
    correctAggregates(sqlite, rows, 1)
    return rows.length
  })()
}

/**
 * Moves every response of a region's programs to its calendar day in `timeZone` and rebuilds the
 * aggregates of their questionnaires; answers how many responses changed day.
 */
export function rebucketRegion(sqlite: SQLite.Database, regionId: number, timeZone: string) {
  const st = correctionStatements(sqlite)
  const moved = sqlite.transaction(() => {
    let changed = 0
    const questionnaires = new Set<number>()
    for (let after = 0; ;) {
      const rows = st.regionResponses.all({ regionId, after, limit: 10_000 })
      for (const row of rows) {
        questionnaires.add(row.questionnaire_id)
        const day = localDay(row.submitted_at, timeZone)
        if (day === row.day) continue
        st.setDay.run({ id: row.id, day })
        changed++
      }
      if (rows.length < 10_000) break
      after = rows.at(-1)!.id
    }
    return { changed, questionnaires: [...questionnaires] }
  })()
  if (moved.changed > 0) rebuildQuestionnaires(sqlite, moved.questionnaires)
  return moved.changed
}
