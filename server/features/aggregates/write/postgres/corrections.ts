// Exact corrections of the sums on PostgreSQL when stored responses stop counting (excluded) or
// count again (restored), inside the caller's transaction, as on SQLite
// (../sqlite/corrections.ts): the increments of those responses subtracted or added back key by
// key, and the rows no response counts in any more deleted. A rebuild drops a set of
// questionnaires' rows and lists their responses as pending again.
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../../../../db/database'
import { AggregateAccumulator } from '../accumulator'
import type { AggregateDeltas } from '../rows'
import { deleteEmptyRows, TABLES, upsertAggregates } from './aggregate-tables'
import { inputOf, planOfVersions, settlePending, type StoredRow } from './pending'

type Trx = Transaction<Database> | Kysely<Database>

function negate(deltas: AggregateDeltas): AggregateDeltas {
  for (const kind of Object.keys(TABLES) as (keyof AggregateDeltas)[]) {
    for (const row of deltas[kind]) {
      const r = row as unknown as Record<string, number>
      for (const column of TABLES[kind].sums) r[column] = -r[column]!
    }
  }
  return deltas
}

/** Adds (1) or subtracts (-1) the increments of stored, aggregated responses. */
export async function correctAggregates(
  trx: Trx,
  root: Kysely<Database>,
  rows: readonly StoredRow[],
  sign: 1 | -1,
): Promise<void> {
  if (rows.length === 0) return
  const plan = await planOfVersions(
    trx,
    root,
    rows.map((r) => r.version_id),
  )
  const sums = new AggregateAccumulator()
  for (const row of rows) sums.add(inputOf(row, plan))
  const deltas = sums.drain()
  if (sign === 1) return upsertAggregates(trx, deltas)
  await upsertAggregates(trx, negate(deltas))
  await deleteEmptyRows(trx, deltas)
}

const DERIVED = [...Object.values(TABLES).map((t) => t.table), 'response_segments'] as const

/** Rebuilds every aggregate and segment row of these questionnaires from their responses. */
export async function rebuildQuestionnaires(db: Kysely<Database>, questionnaireIds: number[]) {
  if (questionnaireIds.length === 0) return
  await db.transaction().execute(async (trx) => {
    for (const table of DERIVED)
      await (trx as Kysely<any>)
        .deleteFrom(table)
        .where('questionnaire_id', 'in', questionnaireIds)
        .execute()
    await trx
      .insertInto('agg_pending')
      .columns(['response_id'])
      .expression((eb) =>
        eb.selectFrom('responses').select('id').where('questionnaire_id', 'in', questionnaireIds),
      )
      .onConflict((oc) => oc.doNothing())
      .execute()
  })
  await settlePending(db)
}
