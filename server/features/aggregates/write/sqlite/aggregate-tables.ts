// Writing to the aggregate tables, inside the caller's transaction: summed increments (one upsert
// per row), a response's segment rows, and the listing of a stored response as pending.
import type SQLite from 'better-sqlite3'
import type { AggregateDeltas } from '../rows'
import { aggregateStatements } from './statements'

/** Adds summed increments to the aggregate tables: one upsert per row. */
export function writeAggregates(sqlite: SQLite.Database, deltas: AggregateDeltas): void {
  const st = aggregateStatements(sqlite)
  for (const row of deltas.daily) st.upsertDaily.run(row)
  for (const row of deltas.answers) st.upsertAnswer.run(row)
  for (const row of deltas.criteria) st.upsertCriterion.run(row)
  for (const row of deltas.answersTotal) st.upsertAnswerTotal.run(row)
  for (const row of deltas.criteriaTotal) st.upsertCriterionTotal.run(row)
  for (const row of deltas.segmentDaily) st.upsertSegmentDaily.run(row)
  for (const row of deltas.segmentAnswers) st.upsertSegmentAnswer.run(row)
  for (const row of deltas.segmentCriteria) st.upsertSegmentCriterion.run(row)
}

/** A response's response_segments rows; rows already there are left as they are. */
export function writeSegmentRows(
  sqlite: SQLite.Database,
  questionnaireId: number,
  responseId: number,
  segments: Record<string, string>,
): void {
  const st = aggregateStatements(sqlite)
  for (const code in segments) {
    st.insertSegment.run({
      questionnaire_id: questionnaireId,
      code,
      value: segments[code]!,
      response_id: responseId,
    })
  }
}

/**
 * Lists a response just stored as waiting for its aggregates, in the transaction that stores it:
 * if the process dies before the sums are written, start-up aggregates it (recovery.ts).
 */
export function markPending(sqlite: SQLite.Database, responseId: number): void {
  aggregateStatements(sqlite).insertPending.run({ responseId })
}
