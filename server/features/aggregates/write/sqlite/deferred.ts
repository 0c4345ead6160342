// Ingestion's aggregates, deferred. A public submission's transaction stores the response and
// lists it in agg_pending (markPending); its increments are summed in memory here and written to
// the aggregate tables later, for many responses at once: a few hundred upserts for thousands of
// responses, where writing them with each batch cost ~28 upserts per response and bounded
// ingestion. Its response_segments rows go with them too (keyed by segment value first, a batch's
// rows landed on some sixty pages per commit; a flush's share a few pages per value). A timed
// flush writes those segment rows first, a slice of responses per transaction, so that batches
// commit in between (one transaction for everything stalled every batch for 15-40 ms); they are
// insert-or-ignore, so recovery may write them again. The upserts and the deletion of the pending
// rows go in one transaction, so a response is counted exactly once. When the sums are written:
// - whenever a reader settles them (AggregateFreshness.settle, called by every service that reads
//   aggregates or segment rows, before it reads);
// - otherwise at most FLUSH_DELAY_MS after a response arrives, or once MAX_PENDING wait;
// - after a crash, or a failed flush, from agg_pending (recovery.ts), at start-up or on the next
//   flush.
import type SQLite from 'better-sqlite3'
import { AggregateAccumulator, type AggregateInput } from '../accumulator'
import { aggregatePendingResponses } from './recovery'
import type { AggregateDeltas } from '../rows'
import { aggregateStatements } from './statements'
import { writeAggregates, writeSegmentRows } from './aggregate-tables'

export const FLUSH_DELAY_MS = 500
export const MAX_PENDING = 5_000
/** Responses whose segment rows a timed flush writes per transaction. */
export const SEGMENT_SLICE = 100

/** A response stored and listed in agg_pending, with what aggregating it needs. */
export interface StoredForAggregates {
  id: number
  response: AggregateInput
}

export interface DeferredAggregates {
  /**
   * Adds responses that were just committed and listed in agg_pending (markPending) to the sums
   * in memory; their response_segments rows are kept until the next flush.
   */
  add(stored: readonly StoredForAggregates[]): void
  /** Writes every pending increment now: a flush in progress, then what arrived since. */
  flush(): void
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
  const st = aggregateStatements(sqlite)
  const sums = new AggregateAccumulator()
  /** The responses summed since the last flush began, with their segment rows to insert. */
  let pending: PendingResponse[] = []
  /** A flush on the timer, writing its segment rows a slice per turn of the event loop. */
  let job: FlushJob | null = null
  let timer: NodeJS.Timeout | undefined
  let nextSlice: NodeJS.Immediate | undefined
  /** A flush failed: memory was dropped and agg_pending is the record to aggregate from. */
  let fromTable = false

  const segmentRows = (from: readonly PendingResponse[]) => {
    for (const p of from) writeSegmentRows(sqlite, p.questionnaireId, p.id, p.segments)
  }

  /** Segment rows of a slice of a flush (insert-or-ignore: recovery may write them again). */
  const writeSlice = sqlite.transaction(segmentRows)

  /** The rest of a flush: its remaining segment rows, its sums, and its responses unlisted. */
  const finish = sqlite.transaction((j: FlushJob) => {
    segmentRows(j.drained.slice(j.segmentsDone))
    writeAggregates(sqlite, j.sums)
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
    add(stored) {
      for (const { id, response } of stored) {
        const segments = sums.add(response)
        pending.push({ id, questionnaireId: response.questionnaireId, segments })
      }
      if (job || pending.length === 0) return // the flush in progress re-arms the timer
      if (pending.length >= MAX_PENDING) {
        // Enough wait: the flush starts on the next turn instead of on the timer.
        stopScheduled()
        nextSlice = setImmediate(onTimer)
      } else if (!timer && !nextSlice) timer = setTimeout(onTimer, flushDelayMs).unref()
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
