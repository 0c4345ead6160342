// The aggregate tables on PostgreSQL, inside the caller's transaction: multi-row additive upserts
// (`on conflict do update set col = col + excluded.col`), a statement per table and chunk, rows in
// one order so that concurrent transactions of several instances lock keys in the same order and
// never deadlock; segment rows insert-or-ignore; a correction's emptied rows deleted.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../../../../../db/database'
import type { AggregateDeltas } from '../rows'

type Trx = Transaction<Database> | Kysely<Database>

const DAILY_KEY = ['questionnaire_id', 'version_id', 'link_id', 'day']
const TOTAL_KEY = ['questionnaire_id', 'version_id', 'link_id']
const SEGMENT_KEY = ['questionnaire_id', 'segment_code', 'segment_value', 'link_id', 'day']
const DAILY_SUMS = [
  ...['responses', 'impact_n', 'impact_sum', 'impact_sumsq', 'ikm_n', 'ikm_sum'],
  ...['ikm_sumsq', 'nps_promoters', 'nps_passives', 'nps_detractors', 'sus_n', 'sus_sum'],
  'sus_sumsq',
]
const MOMENTS = ['n', 'sum', 'sumsq']

/** Each delta kind: its table, its key columns, its summed columns and its count column. */
export const TABLES = {
  daily: { table: 'agg_daily', key: DAILY_KEY, sums: DAILY_SUMS, count: 'responses' },
  answers: { table: 'agg_answers', key: [...DAILY_KEY, 'code', 'value'], sums: ['n'], count: 'n' },
  criteria: { table: 'agg_criteria', key: [...DAILY_KEY, 'criterion'], sums: MOMENTS, count: 'n' },
  answersTotal: {
    table: 'agg_answers_total',
    key: [...TOTAL_KEY, 'code', 'value'],
    sums: ['n'],
    count: 'n',
  },
  criteriaTotal: {
    table: 'agg_criteria_total',
    key: [...TOTAL_KEY, 'criterion'],
    sums: MOMENTS,
    count: 'n',
  },
  segmentDaily: {
    table: 'agg_segment_daily',
    key: SEGMENT_KEY,
    sums: DAILY_SUMS,
    count: 'responses',
  },
  segmentAnswers: {
    table: 'agg_segment_answers',
    key: [...SEGMENT_KEY, 'version_id', 'code', 'value'],
    sums: ['n'],
    count: 'n',
  },
  segmentCriteria: {
    table: 'agg_segment_criteria',
    key: [...SEGMENT_KEY, 'criterion'],
    sums: MOMENTS,
    count: 'n',
  },
} as const satisfies Record<keyof AggregateDeltas, unknown>

/** Rows per statement: PostgreSQL takes at most 65,535 parameters, a daily row has 17. */
const CHUNK = 1000

const keyOf = (row: Record<string, unknown>, key: readonly string[]) =>
  key.map((c) => String(row[c])).join('\u0000')

function sorted<T extends object>(rows: readonly T[], key: readonly string[]): T[] {
  return rows
    .map((row) => ({ row, k: keyOf(row as Record<string, unknown>, key) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.row)
}

/** Adds the deltas to the aggregate tables (negative deltas subtract). */
export async function upsertAggregates(trx: Trx, deltas: AggregateDeltas): Promise<void> {
  const db = trx as Kysely<any>
  for (const kind of Object.keys(TABLES) as (keyof AggregateDeltas)[]) {
    const { table, key, sums } = TABLES[kind]
    const rows = sorted(deltas[kind] as unknown as Record<string, unknown>[], key)
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insertInto(table)
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) =>
          oc
            .columns([...key])
            .doUpdateSet((eb) =>
              Object.fromEntries(
                sums.map((c) => [c, eb(eb.ref(`${table}.${c}`), '+', eb.ref(`excluded.${c}`))]),
              ),
            ),
        )
        .execute()
    }
  }
}

/** Deletes the rows of the deltas' keys that no response counts in any more. */
export async function deleteEmptyRows(trx: Trx, deltas: AggregateDeltas): Promise<void> {
  const db = trx as Kysely<any>
  for (const kind of Object.keys(TABLES) as (keyof AggregateDeltas)[]) {
    const { table, key, count } = TABLES[kind]
    const rows = sorted(deltas[kind] as unknown as Record<string, unknown>[], key)
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK)
      if (chunk.length === 0) continue
      const tuples = chunk.map((r) => sql`(${sql.join(key.map((c) => r[c]))})`)
      await db
        .deleteFrom(table)
        .where(count, '=', 0)
        .where(sql<boolean>`(${sql.join(key.map((c) => sql.ref(c)))}) in (${sql.join(tuples)})`)
        .execute()
    }
  }
}

export interface SegmentRow {
  questionnaire_id: number
  code: string
  value: string
  response_id: number
}

/** Response segment rows; rows already there are kept (recovery may write them again). */
export async function insertSegmentRows(trx: Trx, rows: readonly SegmentRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('response_segments')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
}

/** The segment rows of a response's segment answers. */
export const segmentRowsOf = (
  questionnaireId: number,
  responseId: number,
  segments: Record<string, string>,
): SegmentRow[] =>
  Object.entries(segments).map(([code, value]) => ({
    questionnaire_id: questionnaireId,
    code,
    value,
    response_id: responseId,
  }))
