// Where a response is stored: one batch of validated, scored responses in ONE transaction, each
// with the submission rules checked again on the link's current row (submission-rules.ts), then
// the links' counts. Ingestion runs it on the writer thread (writer-thread.ts) and hands the
// stored responses to the deferred aggregates; the demo seeder and bulk loads write the
// aggregates in the same transaction.
import type SQLite from 'better-sqlite3'
import { segmentsOf } from '../../aggregates/counting-plan'
import { AggregateAccumulator } from '../../aggregates/write/accumulator'
import {
  markPending,
  writeAggregates,
  writeSegmentRows,
} from '../../aggregates/write/sqlite/aggregate-tables'
import type { StoredForAggregates } from '../../aggregates/write/sqlite/deferred'
import { newReceipt } from '../receipt'
import { responseStatements, type LinkLimitsRow, type ResponseStatements } from './statements'
import type { ScoredResponse, StoreOutcome } from '../response-store'
import { earlierSubmission, submissionRefusal, type Refusal } from '../submission-rules'

export type { ScoredResponse, StoreOutcome }

interface LinkTally {
  limits: LinkLimitsRow | undefined
  stored: number
}

/** A refusal, unless the key was stored before: a retry gets its receipt, not the refusal. */
function refuse(st: ResponseStatements, r: ScoredResponse, refusal: Refusal): StoreOutcome {
  const earlier = earlierSubmission(
    st.findByIdempotencyKey.get({ key: r.idempotencyKey }),
    r.linkId,
  )
  if (earlier === null) return { status: 'refused', refusal }
  if (earlier === 'conflict') return { status: 'refused', refusal: 'conflict' }
  return { status: 'duplicate', ...earlier }
}

const isUniqueViolation = (error: unknown, column: string) =>
  (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
  (error as Error).message.endsWith(`responses.${column}`)

// The unique indexes on idempotency_key and receipt do the duplicate checks of the common path;
// a look-up happens only when an insert or a rule fails.
function storeOne(
  st: ResponseStatements,
  links: Map<number, LinkTally>,
  r: ScoredResponse,
): StoreOutcome {
  let link = links.get(r.linkId)
  if (!link)
    links.set(r.linkId, (link = { limits: st.linkLimits.get({ id: r.linkId }), stored: 0 }))
  const refusal = submissionRefusal(link.limits, new Date(r.submittedAt), {
    published: true,
    stored: link.stored,
    deviceAnswered: () =>
      !!r.deviceToken && !!st.deviceHasResponded.get({ linkId: r.linkId, token: r.deviceToken }),
  })
  if (refusal) return refuse(st, r, refusal)

  const row = {
    questionnaire_id: r.questionnaireId,
    version_id: r.versionId,
    program_id: r.programId,
    link_id: r.linkId,
    submitted_at: r.submittedAt,
    day: r.day,
    idempotency_key: r.idempotencyKey,
    receipt: r.receipt ?? newReceipt(),
    device_token: r.deviceToken,
    answers: JSON.stringify(r.answers),
    segments: JSON.stringify(segmentsOf(r.plan, r.answers)),
    impact: r.score.impact,
    criteria: JSON.stringify(r.score.criteria),
    ikm_mean: r.score.ikmMean,
    nps: r.score.nps,
    sus: r.score.sus,
  }
  let id: number
  for (;;) {
    try {
      id = Number(st.insertResponse.run(row).lastInsertRowid)
      break
    } catch (error) {
      if (isUniqueViolation(error, 'idempotency_key')) return refuse(st, r, 'conflict')
      if (r.receipt || !isUniqueViolation(error, 'receipt')) throw error
      row.receipt = newReceipt()
    }
  }
  link.stored++
  return { status: 'created', id, receipt: row.receipt, submittedAt: r.submittedAt }
}

/** Stores responses and their links' counts inside the caller's transaction; one outcome each. */
function storeAll(sqlite: SQLite.Database, responses: readonly ScoredResponse[]): StoreOutcome[] {
  const st = responseStatements(sqlite)
  const links = new Map<number, LinkTally>()
  const outcomes = responses.map((r) => storeOne(st, links, r))
  for (const [id, link] of links) if (link.stored) st.addLinkResponses.run({ id, n: link.stored })
  return outcomes
}

/** The created responses of a batch with their ids, in order. */
function created(responses: readonly ScoredResponse[], outcomes: StoreOutcome[]) {
  const stored: StoredForAggregates[] = []
  outcomes.forEach((o, i) => {
    if (o.status === 'created') stored.push({ id: o.id, response: responses[i]! })
  })
  return stored
}

/**
 * Ingestion: stores a batch in one transaction, each created response listed in agg_pending in
 * the same transaction; answers one outcome per response, in order, and the created ones for the
 * deferred aggregates. A response whose idempotency key is already stored (earlier, or earlier in
 * the same batch) is a `duplicate`; one the rules refuse at its `submittedAt` is `refused`.
 * Throws, storing nothing, only on an unexpected database error.
 */
export function storeSubmissions(sqlite: SQLite.Database, responses: readonly ScoredResponse[]) {
  return sqlite.transaction(() => {
    const outcomes = storeAll(sqlite, responses)
    const stored = created(responses, outcomes)
    for (const s of stored) markPending(sqlite, s.id)
    return { outcomes, stored }
  })()
}

/**
 * The demo seeder and bulk loads: stores responses with their segment rows and aggregates in one
 * transaction, with the same outcomes as storeSubmissions.
 */
export function storeResponsesWithAggregates(
  sqlite: SQLite.Database,
  responses: readonly ScoredResponse[],
): StoreOutcome[] {
  return sqlite.transaction(() => {
    const outcomes = storeAll(sqlite, responses)
    const sums = new AggregateAccumulator()
    for (const { id, response } of created(responses, outcomes)) {
      writeSegmentRows(sqlite, response.questionnaireId, id, sums.add(response))
    }
    writeAggregates(sqlite, sums.drain())
    return outcomes
  })()
}
