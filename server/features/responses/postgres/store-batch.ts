// Where a response is stored on PostgreSQL: one batch of the group commit in one transaction,
// with multi-row statements. The batch's links are locked (FOR UPDATE, in id order) so that the
// response cap and window are checked against their current counts whichever instance stores;
// earlier idempotency keys and one-per-device tokens are looked up for the whole batch at once;
// the rules are those of every store (../submission-rules.ts); the accepted responses are
// inserted in one statement, listed in agg_pending (or aggregated at once for bulk loads), and
// the links' counts raised.
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../../../db/database'
import { segmentsOf } from '../../aggregates/counting-plan'
import {
  markPending,
  aggregateStored,
  storedResponses,
} from '../../aggregates/write/postgres/pending'
import { newReceipt } from '../receipt'
import type { ScoredResponse, StoreOutcome } from '../response-store'
import { earlierSubmission, submissionRefusal } from '../submission-rules'

type Trx = Transaction<Database>

const LINK_LIMITS = [
  'id',
  'active',
  'opens_at',
  'closes_at',
  'max_responses',
  'response_count',
  'allow_multiple',
] as const

function rowOf(r: ScoredResponse, receipt: string) {
  return {
    questionnaire_id: r.questionnaireId,
    version_id: r.versionId,
    program_id: r.programId,
    link_id: r.linkId,
    submitted_at: r.submittedAt,
    day: r.day,
    idempotency_key: r.idempotencyKey,
    receipt,
    device_token: r.deviceToken,
    answers: JSON.stringify(r.answers),
    segments: JSON.stringify(segmentsOf(r.plan, r.answers)),
    impact: r.score.impact,
    criteria: JSON.stringify(r.score.criteria),
    ikm_mean: r.score.ikmMean,
    nps: r.score.nps,
    sus: r.score.sus,
  }
}

async function earlierKeys(trx: Trx, keys: string[]) {
  const rows = await trx
    .selectFrom('responses')
    .select(['idempotency_key', 'receipt', 'submitted_at', 'link_id'])
    .where('idempotency_key', 'in', keys)
    .execute()
  return new Map(rows.map((r) => [r.idempotency_key, r]))
}

async function answeredDevices(trx: Trx, items: ScoredResponse[], oncePerDevice: Set<number>) {
  const asked = items.filter((r) => r.deviceToken && oncePerDevice.has(r.linkId))
  if (asked.length === 0) return new Set<string>()
  const rows = await trx
    .selectFrom('responses')
    .select(['link_id', 'device_token'])
    .where('link_id', 'in', [...new Set(asked.map((r) => r.linkId))])
    .where('device_token', 'in', [...new Set(asked.map((r) => r.deviceToken!))])
    .execute()
  return new Set(rows.map((r) => `${r.link_id}|${r.device_token}`))
}

/**
 * Stores a batch; answers one outcome per response, in order. With `aggregateNow` the created
 * responses are aggregated in the same transaction instead of listed as pending (demo, imports).
 */
export async function storeBatch(
  db: Kysely<Database>,
  items: ScoredResponse[],
  aggregateNow = false,
): Promise<StoreOutcome[]> {
  return db.transaction().execute(async (trx) => {
    const linkIds = [...new Set(items.map((r) => r.linkId))].sort((a, b) => a - b)
    const links = await trx
      .selectFrom('links')
      .select(LINK_LIMITS)
      .where('id', 'in', linkIds)
      .orderBy('id')
      .forUpdate()
      .execute()
    const linkById = new Map(links.map((l) => [l.id, { limits: l, stored: 0 }]))
    const earlier = await earlierKeys(
      trx,
      items.map((r) => r.idempotencyKey),
    )
    const devices = await answeredDevices(
      trx,
      items,
      new Set(links.filter((l) => l.allow_multiple === 0).map((l) => l.id)),
    )
    const outcomes: (StoreOutcome | null)[] = []
    const accepted: { index: number; row: ReturnType<typeof rowOf> }[] = []
    const inBatch = new Map<string, number>()
    const deviceInBatch = new Set<string>()
    items.forEach((r, index) => {
      const before = earlierSubmission(earlier.get(r.idempotencyKey), r.linkId)
      const sameBatch = inBatch.get(r.idempotencyKey)
      if (sameBatch !== undefined) {
        // Resolved after the insert: the first one's receipt (or its refusal's conflict).
        outcomes.push(null)
        return
      }
      inBatch.set(r.idempotencyKey, index)
      if (before === 'conflict') return outcomes.push({ status: 'refused', refusal: 'conflict' })
      if (before) return outcomes.push({ status: 'duplicate', ...before })
      const link = linkById.get(r.linkId)
      const device = `${r.linkId}|${r.deviceToken}`
      const refusal = submissionRefusal(link?.limits, new Date(r.submittedAt), {
        published: true,
        stored: link?.stored ?? 0,
        deviceAnswered: () => !!r.deviceToken && (devices.has(device) || deviceInBatch.has(device)),
      })
      if (refusal) return outcomes.push({ status: 'refused', refusal })
      link!.stored++
      if (r.deviceToken) deviceInBatch.add(device)
      accepted.push({ index, row: rowOf(r, r.receipt ?? newReceipt()) })
      outcomes.push(null)
    })
    const created = await insertAccepted(
      trx,
      accepted.map((a) => a.row),
    )
    const ids: number[] = []
    for (const a of accepted) {
      const stored = created.get(a.row.idempotency_key)!
      outcomes[a.index] = {
        status: 'created',
        id: stored.id,
        receipt: stored.receipt,
        submittedAt: a.row.submitted_at,
      }
      ids.push(stored.id)
    }
    // A key sent twice in one batch answers the first one's outcome.
    items.forEach((r, index) => {
      if (outcomes[index] !== null) return
      const first = outcomes[inBatch.get(r.idempotencyKey)!]!
      if (first.status === 'refused') outcomes[index] = first
      else if (items[inBatch.get(r.idempotencyKey)!]!.linkId !== r.linkId)
        outcomes[index] = { status: 'refused', refusal: 'conflict' }
      else
        outcomes[index] = {
          status: 'duplicate',
          receipt: first.receipt,
          submittedAt: first.submittedAt,
        }
    })
    for (const [id, link] of linkById) {
      if (link.stored === 0) continue
      await trx
        .updateTable('links')
        .set((eb) => ({ response_count: eb('response_count', '+', link.stored) }))
        .where('id', '=', id)
        .execute()
    }
    if (aggregateNow) await aggregateStored(trx, db, await storedResponses(trx, ids))
    else await markPending(trx, ids)
    return outcomes as StoreOutcome[]
  })
}

/**
 * Inserts the accepted rows in one statement; a receipt already taken (40 random bits: rare) is
 * drawn again for that row. Answers the stored id and receipt by idempotency key.
 */
async function insertAccepted(trx: Trx, rows: ReturnType<typeof rowOf>[]) {
  const stored = new Map<string, { id: number; receipt: string }>()
  let pending = rows
  while (pending.length > 0) {
    const inserted = await trx
      .insertInto('responses')
      .values(pending)
      .onConflict((oc) => oc.column('receipt').doNothing())
      .returning(['id', 'idempotency_key', 'receipt'])
      .execute()
    for (const r of inserted) stored.set(r.idempotency_key, { id: r.id, receipt: r.receipt })
    pending = pending
      .filter((r) => !stored.has(r.idempotency_key))
      .map((r) => ({ ...r, receipt: newReceipt() }))
  }
  return stored
}
