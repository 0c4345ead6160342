// Ingestion's aggregates, deferred. A public submission's transaction stores the response and a
// row in agg_pending; its increments are summed in memory (AggregateAccumulator) and written to
// the aggregate tables later, for many responses at once: a few hundred upserts for thousands of
// responses, where writing them with each batch cost ~28 upserts per response and bounded
// ingestion. Its response_segments rows go with them too (keyed by segment value first, a batch's
// rows landed on some sixty pages per commit; a flush's share a few pages per value). A timed
// flush writes those segment rows first, a slice of responses per transaction, so that batches
// commit in between (one transaction for everything stalled every batch for 15-40 ms); they are
// insert-or-ignore, so recovery may write them again. The upserts and the deletion of the pending
// rows go in one transaction, so a response is counted exactly once, and everything that reads
// aggregates or segment rows settles first:
// - before anything reads aggregates, the app settles them (ResponseWriter.settle; app.ts runs it
//   for every console request, outside /api/public/, and the live stream before each summary);
// - otherwise at most FLUSH_DELAY_MS after a response arrives, or once MAX_PENDING wait;
// - after a crash, or a failed flush, the responses still listed in agg_pending are aggregated
//   again from their stored rows (aggregatePendingResponses), at start-up or on the next flush.
import type SQLite from 'better-sqlite3'
import type { Definition } from '../../domain/questionnaire'
import { AggregateAccumulator, type AggregateDeltas, type ScoredResponse } from './aggregate-deltas'
import {
  insertSegmentRows,
  storeResponses,
  writeAggregates,
  type WriteOutcome,
} from './aggregate-writer'
import { findPendingResponses, ingestStatements } from './repository'

export const FLUSH_DELAY_MS = 500
export const MAX_PENDING = 5_000
/** Responses whose segment rows a timed flush writes per transaction (deferredAggregates). */
export const SEGMENT_SLICE = 100
/** Responses read back per transaction when aggregating from agg_pending. */
const RECOVERY_CHUNK = 10_000

export interface DeferredAggregates {
  /**
   * Stores responses in one transaction like writeResponses and answers the same outcomes; the
   * created ones are listed in agg_pending and summed in memory, and their response_segments rows
   * kept, until the next flush.
   */
  write(responses: readonly ScoredResponse[]): WriteOutcome[]
  /** Writes every pending increment now: a flush in progress, then what arrived since. */
  flush(): void
}

/** Frozen version definitions by id, parsed once per reader (versions never change). */
export function definitionReader(sqlite: SQLite.Database): (versionId: number) => Definition {
  const st = ingestStatements(sqlite)
  const definitions = new Map<number, Definition>()
  return (versionId) => {
    let def = definitions.get(versionId)
    if (!def) {
      const row = st.versionDefinition.get({ id: versionId })
      if (!row) throw new Error(`No questionnaire version ${versionId}.`)
      definitions.set(versionId, (def = JSON.parse(row.definition) as Definition))
    }
    return def
  }
}

/**
 * Aggregates every response listed in agg_pending from its stored row and removes it from the
 * list, a chunk per transaction. Answers how many responses it aggregated.
 */
export function aggregatePendingResponses(sqlite: SQLite.Database): number {
  const st = ingestStatements(sqlite)
  const definitionOf = definitionReader(sqlite)
  let done = 0
  for (;;) {
    const count = sqlite.transaction(() => {
      const rows = findPendingResponses(sqlite, RECOVERY_CHUNK)
      const sums = new AggregateAccumulator()
      for (const row of rows) {
        const segments = sums.add({
          questionnaireId: row.questionnaire_id,
          versionId: row.version_id,
          programId: row.program_id,
          linkId: row.link_id,
          definition: definitionOf(row.version_id),
          submittedAt: row.submitted_at,
          idempotencyKey: row.idempotency_key,
          deviceToken: row.device_token,
          answers: JSON.parse(row.answers),
          score: {
            impact: row.impact,
            criteria: JSON.parse(row.criteria),
            ikmMean: row.ikm_mean,
            nps: row.nps,
            sus: row.sus,
          },
          receipt: row.receipt,
        })
        insertSegmentRows(st, row.questionnaire_id, row.id, segments)
        st.deletePending.run({ responseId: row.id })
      }
      writeAggregates(st, sums.drain())
      return rows.length
    })()
    done += count
    if (count < RECOVERY_CHUNK) return done
  }
}

interface PendingResponse {
  id: number
  questionnaireId: number
  segments: Record<string, string>
}

/** The responses of one flush: their sums, and how many of their segment rows are written. */
interface FlushJob {
  drained: PendingResponse[]
  sums: AggregateDeltas
  /** drained[0..segmentsDone) have their segment rows stored already. */
  segmentsDone: number
}

function create(sqlite: SQLite.Database, flushDelayMs: number): DeferredAggregates {
  const st = ingestStatements(sqlite)
  const sums = new AggregateAccumulator()
  /** The responses summed since the last flush began, with their segment rows to insert. */
  let pending: PendingResponse[] = []
  /** A flush on the timer, writing its segment rows a slice per turn of the event loop. */
  let job: FlushJob | null = null
  let timer: NodeJS.Timeout | undefined
  let nextSlice: NodeJS.Immediate | undefined
  /** A flush failed: memory was dropped and agg_pending is the record to aggregate from. */
  let fromTable = false

  const write = sqlite.transaction((responses: readonly ScoredResponse[]) => {
    const outcomes = storeResponses(st, responses, false)
    for (const outcome of outcomes) {
      if (outcome.status === 'created') st.insertPending.run({ responseId: outcome.id })
    }
    return outcomes
  })

  const segmentRows = (from: readonly PendingResponse[]) => {
    for (const p of from) insertSegmentRows(st, p.questionnaireId, p.id, p.segments)
  }

  /** Segment rows of a slice of a flush (insert-or-ignore: recovery may write them again). */
  const writeSlice = sqlite.transaction(segmentRows)

  /** The rest of a flush: its remaining segment rows, its sums, and its responses unlisted. */
  const finish = sqlite.transaction((j: FlushJob) => {
    segmentRows(j.drained.slice(j.segmentsDone))
    writeAggregates(st, j.sums)
    for (const p of j.drained) st.deletePending.run({ responseId: p.id })
  })

  function begin(): FlushJob | null {
    if (pending.length === 0) return null
    const j = { drained: pending, sums: sums.drain(), segmentsDone: 0 }
    pending = []
    return j
  }

  function stopScheduled() {
    clearTimeout(timer)
    clearImmediate(nextSlice)
    timer = undefined
    nextSlice = undefined
  }

  /** Drops what memory holds of the pending responses: agg_pending lists every one of them. */
  function forget() {
    job = null
    pending = []
    sums.drain()
  }

  /**
   * Rolled back: the responses are still listed in agg_pending; the next flush (or start-up)
   * aggregates them from their rows. A failing flush must not fail the submissions.
   */
  function failed(error: unknown) {
    forget()
    fromTable = true
    stopScheduled()
    console.error('Deferred aggregates could not be written; retrying from agg_pending.', error)
    timer = setTimeout(onTimer, flushDelayMs).unref()
  }

  /** Everything pending, now: the flush in progress, then what arrived since, each in one go. */
  function flush() {
    stopScheduled()
    if (!sqlite.open) return
    if (fromTable) {
      // Every response summed in memory is listed in agg_pending too: the table covers them all.
      forget()
      aggregatePendingResponses(sqlite)
      fromTable = false
      return
    }
    try {
      if (job) finish(job)
      job = begin()
      if (job) finish(job)
      job = null
    } catch (error) {
      failed(error)
    }
  }

  /**
   * The timer's flush. Its segment rows, the bulk of a flush, go in slices of SEGMENT_SLICE
   * responses, one transaction per turn of the event loop, so batches of submissions are
   * committed in between instead of waiting for the whole flush; the sums and the unlisting of
   * the responses go last, together.
   */
  function onTimer() {
    timer = undefined
    nextSlice = undefined
    if (!sqlite.open) return
    try {
      if (fromTable) return flush()
      job ??= begin()
      if (!job) return
      if (job.drained.length - job.segmentsDone > SEGMENT_SLICE) {
        const end = job.segmentsDone + SEGMENT_SLICE
        writeSlice(job.drained.slice(job.segmentsDone, end))
        job.segmentsDone = end
        // Not unref'd: an unref'd immediate does not wake an idle thread, and the rest of the
        // flush would wait for the next message to arrive.
        nextSlice = setImmediate(onTimer)
        return
      }
      finish(job)
      job = null
      if (pending.length > 0) timer = setTimeout(onTimer, flushDelayMs).unref()
    } catch (error) {
      failed(error)
    }
  }

  return {
    write(responses) {
      const outcomes = write(responses)
      outcomes.forEach((outcome, i) => {
        if (outcome.status !== 'created') return
        const r = responses[i]!
        pending.push({ id: outcome.id, questionnaireId: r.questionnaireId, segments: sums.add(r) })
      })
      if (job || pending.length === 0) return outcomes // the flush in progress re-arms the timer
      if (pending.length >= MAX_PENDING) {
        // Enough wait: the flush starts on the next turn instead of on the timer.
        stopScheduled()
        nextSlice = setImmediate(onTimer)
      } else if (!timer && !nextSlice) timer = setTimeout(onTimer, flushDelayMs).unref()
      return outcomes
    },
    flush,
  }
}

const registry = new WeakMap<SQLite.Database, DeferredAggregates>()

/**
 * The deferred aggregates of a connection (one per connection, shared by all its users; the
 * options of the first call hold).
 */
export function deferredAggregates(
  sqlite: SQLite.Database,
  options: { flushDelayMs?: number } = {},
): DeferredAggregates {
  let deferred = registry.get(sqlite)
  if (!deferred) {
    registry.set(sqlite, (deferred = create(sqlite, options.flushDelayMs ?? FLUSH_DELAY_MS)))
  }
  return deferred
}
