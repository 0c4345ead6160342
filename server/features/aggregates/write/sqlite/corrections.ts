// Exact corrections of the sums when a stored response stops counting (it is excluded: a test,
// spam, a duplicate) or counts again (restored): its increments, built by the same accumulator
// as ingestion's, are subtracted or added back key by key, and a row no response counts in any
// more is deleted, so the tables equal a rebuild from the responses that count. Runs inside the
// caller's transaction, on the thread that owns the deferred sums (after a flush), so a response
// is never corrected while its own increments still wait in memory.
import type SQLite from 'better-sqlite3'
import { AggregateAccumulator } from '../accumulator'
import { writeAggregates } from './aggregate-tables'
import { inputOf, planReader } from './recovery'
import type { AggregateDeltas } from '../rows'
import { aggregateStatements, SUMMED, type PendingRow } from './statements'

/** The stored responses with these ids (in chunks: each id is a parameter of json_each). */
export function storedResponses(sqlite: SQLite.Database, ids: readonly number[]): PendingRow[] {
  const st = aggregateStatements(sqlite)
  const rows: PendingRow[] = []
  for (let i = 0; i < ids.length; i += 10_000)
    rows.push(...st.storedResponses.all({ ids: JSON.stringify(ids.slice(i, i + 10_000)) }))
  return rows
}

function negate(deltas: AggregateDeltas): AggregateDeltas {
  for (const kind of Object.keys(SUMMED) as (keyof AggregateDeltas)[]) {
    for (const row of deltas[kind]) {
      const r = row as unknown as Record<string, number>
      for (const column of SUMMED[kind]) r[column] = -r[column]!
    }
  }
  return deltas
}

/**
 * Adds (`sign` 1) or subtracts (-1) the increments of these stored, aggregated responses; with
 * -1, deletes the rows they leave empty.
 */
export function correctAggregates(
  sqlite: SQLite.Database,
  rows: readonly PendingRow[],
  sign: 1 | -1,
): void {
  if (rows.length === 0) return
  const planOf = planReader(sqlite)
  const sums = new AggregateAccumulator()
  for (const row of rows) sums.add(inputOf(row, planOf))
  const deltas = sums.drain()
  if (sign === 1) return writeAggregates(sqlite, deltas)
  writeAggregates(sqlite, negate(deltas))
  const st = aggregateStatements(sqlite)
  for (const kind of Object.keys(SUMMED) as (keyof AggregateDeltas)[])
    for (const row of deltas[kind]) st.deleteEmpty[kind].run(row)
}
