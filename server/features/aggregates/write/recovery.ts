// Aggregating from the agg_pending list: what a crash (or a failed flush) left unaggregated is
// summed again from the stored responses, with the counting plan of each frozen version read from
// the database, in chunks of one transaction each. Start-up and a new writer thread run it before
// anything else; a flush that failed runs it on its next turn.
import type SQLite from 'better-sqlite3'
import type { Definition } from '../../../domain/questionnaire'
import { AggregateAccumulator } from './accumulator'
import { countingPlan, type CountingPlan } from '../counting-plan'
import { aggregateStatements } from './statements'
import { writeAggregates, writeSegmentRows } from './aggregate-tables'

/** Responses read back per transaction. */
const CHUNK = 10_000

/** Counting plans by version id, read from the frozen definitions (one reader per run). */
function planReader(sqlite: SQLite.Database): (versionId: number) => CountingPlan {
  const st = aggregateStatements(sqlite)
  const plans = new Map<number, CountingPlan>()
  return (versionId) => {
    let plan = plans.get(versionId)
    if (!plan) {
      const row = st.versionDefinition.get({ id: versionId })
      if (!row) throw new Error(`No questionnaire version ${versionId}.`)
      plan = countingPlan(versionId, JSON.parse(row.definition) as Definition)
      plans.set(versionId, plan)
    }
    return plan
  }
}

/**
 * Aggregates every response listed in agg_pending from its stored row and removes it from the
 * list, a chunk per transaction. Answers how many responses it aggregated.
 */
export function aggregatePendingResponses(sqlite: SQLite.Database): number {
  const st = aggregateStatements(sqlite)
  const planOf = planReader(sqlite)
  let done = 0
  for (;;) {
    const count = sqlite
      .transaction(() => {
        const rows = st.pendingResponses.all({ limit: CHUNK })
        const sums = new AggregateAccumulator()
        for (const row of rows) {
          const segments = sums.add({
            questionnaireId: row.questionnaire_id,
            versionId: row.version_id,
            linkId: row.link_id,
            submittedAt: row.submitted_at,
            answers: JSON.parse(row.answers),
            score: {
              impact: row.impact,
              criteria: JSON.parse(row.criteria),
              ikmMean: row.ikm_mean,
              nps: row.nps,
              sus: row.sus,
            },
            plan: planOf(row.version_id),
          })
          writeSegmentRows(sqlite, row.questionnaire_id, row.id, segments)
          st.deletePending.run({ responseId: row.id })
        }
        writeAggregates(sqlite, sums.drain())
        return rows.length
      })
      .immediate()
    done += count
    if (count < CHUNK) return done
  }
}
