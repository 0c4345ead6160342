// Pending aggregate work on PostgreSQL lives in the database: a stored response is listed in
// agg_pending in the transaction that stores it, and any instance drains the list. A drain
// claims a chunk of rows with FOR UPDATE SKIP LOCKED (two instances never take the same rows and
// never wait for each other), deletes them, sums their responses and upserts the sums, all in one
// transaction: a response is counted exactly once, whichever instance does it, and a crash only
// rolls the claim back. Settling drains what was listed when it started and waits for rows that
// another instance is draining at that moment, so a reader on instance A sees what instance B
// acknowledged a moment earlier.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../../../../../db/database'
import type { Definition } from '../../../../domain/questionnaire'
import { countingPlan, segmentsOf, type CountingPlan } from '../../counting-plan'
import { AggregateAccumulator, type AggregateInput } from '../accumulator'
import {
  insertSegmentRows,
  segmentRowsOf,
  upsertAggregates,
  type SegmentRow,
} from './aggregate-tables'

type Trx = Transaction<Database> | Kysely<Database>

/** Responses summed per drain transaction. */
export const DRAIN_CHUNK = 5_000

const plans = new WeakMap<Kysely<Database>, Map<number, CountingPlan>>()

/** Counting plans of frozen versions, read once per database handle. */
export async function planOfVersions(trx: Trx, root: Kysely<Database>, versionIds: number[]) {
  let cache = plans.get(root)
  if (!cache) plans.set(root, (cache = new Map()))
  const missing = [...new Set(versionIds)].filter((id) => !cache.has(id))
  if (missing.length > 0) {
    const rows = await trx
      .selectFrom('questionnaire_versions')
      .select(['id', 'definition'])
      .where('id', 'in', missing)
      .execute()
    for (const r of rows)
      cache.set(r.id, countingPlan(r.id, JSON.parse(r.definition) as Definition))
  }
  return (id: number) => {
    const plan = cache.get(id)
    if (!plan) throw new Error(`No questionnaire version ${id}.`)
    return plan
  }
}

const STORED = [
  'id',
  'questionnaire_id',
  'version_id',
  'link_id',
  'submitted_at',
  'day',
  'answers',
  'impact',
  'criteria',
  'ikm_mean',
  'nps',
  'sus',
  'excluded_at',
] as const

export type StoredRow = Pick<
  Database['responses'],
  (typeof STORED)[number] & keyof Database['responses']
> & {
  id: number
  excluded_at: string | null
}

/** The stored responses with these ids (for correction and recovery). */
export async function storedResponses(trx: Trx, ids: readonly number[]): Promise<StoredRow[]> {
  const rows: StoredRow[] = []
  for (let i = 0; i < ids.length; i += 10_000) {
    const chunk = ids.slice(i, i + 10_000)
    if (chunk.length === 0) continue
    rows.push(
      ...((await trx
        .selectFrom('responses')
        .select(STORED)
        .where('id', 'in', chunk)
        .orderBy('id')
        .execute()) as StoredRow[]),
    )
  }
  return rows
}

export const inputOf = (
  row: StoredRow,
  plan: (versionId: number) => CountingPlan,
): AggregateInput => ({
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
  plan: plan(row.version_id),
})

/**
 * Sums stored responses into the tables with their segment rows (excluded ones get their segment
 * rows only: they count nowhere), inside the caller's transaction.
 */
export async function aggregateStored(
  trx: Trx,
  root: Kysely<Database>,
  rows: readonly StoredRow[],
) {
  if (rows.length === 0) return
  const plan = await planOfVersions(
    trx,
    root,
    rows.map((r) => r.version_id),
  )
  const sums = new AggregateAccumulator()
  const segments: SegmentRow[] = []
  for (const row of rows) {
    const input = inputOf(row, plan)
    const own = row.excluded_at === null ? sums.add(input) : segmentsOf(input.plan, input.answers)
    segments.push(...segmentRowsOf(row.questionnaire_id, row.id, own))
  }
  await insertSegmentRows(trx, segments)
  await upsertAggregates(trx, sums.drain())
}

/** Lists stored responses as pending, inside the transaction that stores them. */
export async function markPending(trx: Trx, responseIds: readonly number[]): Promise<void> {
  if (responseIds.length === 0) return
  await trx
    .insertInto('agg_pending')
    .values(responseIds.map((id) => ({ response_id: id })))
    .execute()
}

/** Takes responses off the pending list; answers those that were on it (not yet summed). */
export async function unlistPending(
  trx: Trx,
  responseIds: readonly number[],
): Promise<Set<number>> {
  if (responseIds.length === 0) return new Set()
  const rows = await trx
    .deleteFrom('agg_pending')
    .where('response_id', 'in', [...responseIds])
    .returning('response_id')
    .execute()
  return new Set(rows.map((r) => r.response_id))
}

/**
 * One drain: claims up to DRAIN_CHUNK pending responses (up to `upTo` when given) that no other
 * instance holds, and aggregates them in one transaction. Answers how many it aggregated.
 */
export async function drainOnce(db: Kysely<Database>, upTo?: number): Promise<number> {
  return retried(() =>
    db.transaction().execute(async (trx) => {
      let claim = trx
        .selectFrom('agg_pending')
        .select('response_id')
        .orderBy('response_id')
        .limit(DRAIN_CHUNK)
        .forUpdate()
        .skipLocked()
      if (upTo !== undefined) claim = claim.where('response_id', '<=', upTo)
      const claimed = await trx
        .deleteFrom('agg_pending')
        .where('response_id', 'in', claim)
        .returning('response_id')
        .execute()
      const ids = claimed.map((r) => r.response_id)
      await aggregateStored(trx, db, await storedResponses(trx, ids))
      return ids.length
    }),
  )
}

/**
 * Everything listed as pending when it starts is in the aggregates when it resolves: drained here,
 * or by another instance that held some rows (it waits for their transaction to end).
 */
export async function settlePending(db: Kysely<Database>): Promise<void> {
  const top = await db
    .selectFrom('agg_pending')
    .select((eb) => eb.fn.max('response_id').as('top'))
    .executeTakeFirst()
  const upTo = top?.top as number | null | undefined
  if (upTo === null || upTo === undefined) return
  for (;;) {
    while ((await drainOnce(db, upTo)) > 0);
    // Rows another instance is draining now: wait for its transaction (FOR UPDATE blocks until
    // it ends; the rows it drained are gone by then), then drain whatever it left.
    const left = await db
      .transaction()
      .execute((trx) =>
        trx
          .selectFrom('agg_pending')
          .select('response_id')
          .where('response_id', '<=', upTo)
          .limit(1)
          .forUpdate()
          .execute(),
      )
    if (left.length === 0) return
  }
}

/** Retries a transaction that lost a deadlock or a serialization race (40P01, 40001). */
export async function retried<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run()
    } catch (error) {
      const code = (error as { code?: string }).code
      if (i >= attempts || (code !== '40P01' && code !== '40001')) throw error
      await new Promise((resolve) => setTimeout(resolve, 5 * i))
    }
  }
}
