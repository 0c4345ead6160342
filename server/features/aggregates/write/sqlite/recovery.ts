// Aggregating from the agg_pending list: what a crash (or a failed flush) left unaggregated is
// summed again from the stored responses, with the counting plan of each frozen version read from
// the database, in chunks of one transaction each. Start-up and a new writer thread run it before
// anything else; a flush that failed runs it on its next turn.
import type SQLite from 'better-sqlite3'
import type { Definition } from '../../../../domain/questionnaire'
import { AggregateAccumulator } from '../accumulator'
import { countingPlan, segmentsOf, type CountingPlan } from '../../counting-plan'
import { aggregateStatements, type PendingRow } from './statements'
import { writeAggregates, writeSegmentRows } from './aggregate-tables'

/** Responses read back per transaction. */
const CHUNK = 10_000

/** Counting plans by version id, read from the frozen definitions (one reader per run). */
export function planReader(sqlite: SQLite.Database): (versionId: number) => CountingPlan {
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

/** A stored response as the accumulator takes it. */
export function inputOf(row: PendingRow, planOf: (versionId: number) => CountingPlan) {
  return {
    questionnaireId: row.questionnaire_id,
    versionId: row.version_id,
    linkId: row.link_id,
    submittedAt: row.submitted_at,
    day: row.day,
    answers: JSON.parse(row.answers),
    score: {
      impact: row.impact,
      criteria: JSON.parse(row.criteria),
      ikmMean: row.ikm_mean,
      nps: row.nps,
      sus: row.sus,
    },
    plan: planOf(row.version_id),
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
    const count = sqlite.transaction(() => {
      const rows = st.pendingResponses.all({ limit: CHUNK })
      const sums = new AggregateAccumulator()
      for (const row of rows) {
        if (row.excluded_at !== null) {
          // Excluded: counted nowhere; its segment rows index it all the same.
          const plan = planOf(row.version_id)
          writeSegmentRows(
            sqlite,
            row.questionnaire_id,
            row.id,
            segmentsOf(plan, JSON.parse(row.answers)),
          )
          st.deletePending.run({ responseId: row.id })
          continue
        }
        const segments = sums.add(inputOf(row, planOf))
        writeSegmentRows(sqlite, row.questionnaire_id, row.id, segments)
        st.deletePending.run({ responseId: row.id })
      }
      writeAggregates(sqlite, sums.drain())
      return rows.length
    })()
    done += count
    if (count < CHUNK) return done
  }
}

const DERIVED_TABLES = [
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

/**
 * Rebuilds every aggregate and segment row of these questionnaires from their stored responses
 * (after their days moved to another time zone): drops the rows, lists the responses as pending
 * and aggregates them as recovery does.
 */
export function rebuildQuestionnaires(sqlite: SQLite.Database, questionnaireIds: number[]): void {
  if (questionnaireIds.length === 0) return
  const ids = JSON.stringify(questionnaireIds)
  sqlite.transaction(() => {
    for (const table of DERIVED_TABLES) {
      sqlite
        .prepare(`delete from ${table} where questionnaire_id in (select value from json_each(?))`)
        .run(ids)
    }
    sqlite
      .prepare(
        `insert or ignore into agg_pending (response_id) select id from responses
         where questionnaire_id in (select value from json_each(?))`,
      )
      .run(ids)
  })()
  aggregatePendingResponses(sqlite)
}
