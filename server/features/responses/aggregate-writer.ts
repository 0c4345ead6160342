// Writes a batch of scored responses in ONE transaction: each response with its segments and the
// link's count (link state, cap and device re-checked inside the transaction), then one upsert per
// distinct aggregate key. The demo seeder and bulk loads store responses this way; ingestion
// stores them the same way but adds them to the aggregates later (deferred-aggregates.ts).
import type SQLite from 'better-sqlite3'
import { linkState, type LinkState } from '../links/link-state'
import {
  aggregateDeltas,
  segmentAnswers,
  wibDay,
  type AggregateDeltas,
  type ScoredResponse,
} from './aggregate-deltas'
import { newReceipt } from './receipt'
import { ingestStatements, type IngestStatements } from './repository'

/** Why a response was not stored; the codes are AppError codes. */
export type RefusalCode =
  | 'not_found'
  | 'link_inactive'
  | 'link_not_open'
  | 'link_closed'
  | 'link_capped'
  | 'already_responded'
  | 'conflict'

export type WriteOutcome =
  | { status: 'created'; id: number; receipt: string; submittedAt: string }
  /** The idempotency key was stored before: the first receipt, nothing new stored. */
  | { status: 'duplicate'; receipt: string; submittedAt: string }
  | { status: 'refused'; code: RefusalCode }

/** The refusal of each link state that refuses a response (others refuse as not_found). */
export const LINK_STATE_REFUSAL = {
  inactive: 'link_inactive',
  not_open: 'link_not_open',
  closed: 'link_closed',
  capped: 'link_capped',
} as const satisfies Partial<Record<LinkState, RefusalCode>>

const REFUSAL: Partial<Record<LinkState, RefusalCode>> = LINK_STATE_REFUSAL

interface LinkTally {
  limits: NonNullable<ReturnType<IngestStatements['linkLimits']['get']>>
  added: number
}

/** The outcome for a key stored before (earlier, or earlier in this batch), else null. */
function earlierOutcome(st: IngestStatements, r: ScoredResponse): WriteOutcome | null {
  const earlier = st.findByIdempotencyKey.get({ key: r.idempotencyKey })
  if (!earlier) return null
  if (earlier.link_id !== r.linkId) return { status: 'refused', code: 'conflict' }
  return { status: 'duplicate', receipt: earlier.receipt, submittedAt: earlier.submitted_at }
}

/** A refusal, unless the key was stored before: a retry gets its receipt, not the refusal. */
const refuse = (st: IngestStatements, r: ScoredResponse, code: RefusalCode): WriteOutcome =>
  earlierOutcome(st, r) ?? { status: 'refused', code }

const isUniqueViolation = (error: unknown, column: string) =>
  (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
  (error as Error).message.endsWith(`responses.${column}`)

function linkRefusal(link: LinkTally | null, r: ScoredResponse): RefusalCode | null {
  if (!link) return 'not_found'
  const { limits } = link
  const state = linkState(
    {
      active: limits.active === 1,
      opensAt: limits.opens_at,
      closesAt: limits.closes_at,
      maxResponses: limits.max_responses,
      responseCount: limits.response_count + link.added,
    },
    new Date(r.submittedAt),
    true,
  )
  return state === 'open' ? null : (REFUSAL[state] ?? 'not_found')
}

// The unique indexes on idempotency_key and receipt do the duplicate checks of the common path;
// a look-up happens only when an insert or a check fails.
function writeOne(
  st: IngestStatements,
  links: Map<number, LinkTally | null>,
  r: ScoredResponse,
  segmentRows: boolean,
): WriteOutcome {
  if (!links.has(r.linkId)) {
    const limits = st.linkLimits.get({ id: r.linkId })
    links.set(r.linkId, limits ? { limits, added: 0 } : null)
  }
  const link = links.get(r.linkId)!
  const refusal = linkRefusal(link, r)
  if (refusal) return refuse(st, r, refusal)
  if (r.deviceToken && link!.limits.allow_multiple === 0) {
    if (st.deviceHasResponded.get({ linkId: r.linkId, token: r.deviceToken }))
      return refuse(st, r, 'already_responded')
  }

  const segments = segmentAnswers(r.definition, r.answers)
  const row = {
    questionnaire_id: r.questionnaireId,
    version_id: r.versionId,
    program_id: r.programId,
    link_id: r.linkId,
    submitted_at: r.submittedAt,
    day: wibDay(r.submittedAt),
    idempotency_key: r.idempotencyKey,
    receipt: r.receipt ?? newReceipt(),
    device_token: r.deviceToken,
    answers: JSON.stringify(r.answers),
    segments: JSON.stringify(segments),
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
      if (isUniqueViolation(error, 'idempotency_key')) return earlierOutcome(st, r)!
      if (r.receipt || !isUniqueViolation(error, 'receipt')) throw error
      row.receipt = newReceipt()
    }
  }
  if (segmentRows) insertSegmentRows(st, r.questionnaireId, id, segments)
  link!.added++
  return { status: 'created', id, receipt: row.receipt, submittedAt: r.submittedAt }
}

/** A response's response_segments rows; rows already there are left as they are. */
export function insertSegmentRows(
  st: IngestStatements,
  questionnaireId: number,
  responseId: number,
  segments: Record<string, string>,
): void {
  for (const code in segments) {
    const value = segments[code]!
    st.insertSegment.run({
      questionnaire_id: questionnaireId,
      code,
      value,
      response_id: responseId,
    })
  }
}

/** Adds summed increments to the aggregate tables: one upsert per row (inside a transaction). */
export function writeAggregates(st: IngestStatements, deltas: AggregateDeltas): void {
  for (const row of deltas.daily) st.upsertDaily.run(row)
  for (const row of deltas.answers) st.upsertAnswer.run(row)
  for (const row of deltas.criteria) st.upsertCriterion.run(row)
  for (const row of deltas.answersTotal) st.upsertAnswerTotal.run(row)
  for (const row of deltas.criteriaTotal) st.upsertCriterionTotal.run(row)
  for (const row of deltas.segmentDaily) st.upsertSegmentDaily.run(row)
  for (const row of deltas.segmentAnswers) st.upsertSegmentAnswer.run(row)
  for (const row of deltas.segmentCriteria) st.upsertSegmentCriterion.run(row)
}

/**
 * Stores responses and their links' counts, without aggregates; the caller runs it inside its
 * transaction. One outcome per response, in order (see writeResponses). The response_segments
 * rows go with them unless `segmentRows` is false: the deferred path writes them with the
 * aggregates (insertSegmentRows), where rows of the same segment value share pages.
 */
export function storeResponses(
  st: IngestStatements,
  responses: readonly ScoredResponse[],
  segmentRows = true,
): WriteOutcome[] {
  const links = new Map<number, LinkTally | null>()
  const outcomes = responses.map((r) => writeOne(st, links, r, segmentRows))
  for (const [id, link] of links) if (link?.added) st.addLinkResponses.run({ id, n: link.added })
  return outcomes
}

/**
 * Stores scored responses with their aggregates in one transaction and answers one outcome per
 * response, in order. A response whose idempotency key is already stored (earlier, or earlier in
 * the same batch) is a `duplicate`; one that its link no longer accepts at its `submittedAt`
 * (inactive, outside its window, capped, or a second response from a one-per-device token) is
 * `refused`. Throws, storing nothing, only on an unexpected database error. (Public submissions
 * defer the aggregates instead: deferred-aggregates.ts.)
 */
export function writeResponses(
  sqlite: SQLite.Database,
  responses: readonly ScoredResponse[],
): WriteOutcome[] {
  const st = ingestStatements(sqlite)
  return sqlite.transaction(() => {
    const outcomes = storeResponses(st, responses)
    writeAggregates(
      st,
      aggregateDeltas(responses.filter((_, i) => outcomes[i]!.status === 'created')),
    )
    return outcomes
  })()
}
