// Public submissions are stored by a thread of their own (writer-thread.ts) with its own connection
// to the SQLite file, so the request thread never waits on a transaction, its fsync or an
// aggregate flush: it validates and scores the next submissions meanwhile. This is the group
// commit: one batch is with the writer at a time, and whatever arrives meanwhile goes with the
// next one, so a slow disk makes batches larger instead of queues longer. A submission's promise
// resolves only once its batch has committed. The thread starts with the first submission and
// is started again if it ever dies (it first aggregates what the dead one left pending). The
// writer is also what keeps the aggregates fresh for readers: `settle` asks the thread to write
// its pending sums (aggregates/freshness.ts).
import { Worker } from 'node:worker_threads'
import type { AggregateFreshness } from '../../aggregates/freshness'
import { FLUSH_DELAY_MS } from '../../aggregates/write/sqlite/deferred'
import type { Exclusion, ScoredResponse, StoreOutcome } from '../response-store'
import type { FromWriter, ToWriter } from './writer-messages'

export interface ResponseWriter extends AggregateFreshness {
  /** Stores a scored response; resolves with its outcome once its batch has committed. */
  submit(response: ScoredResponse): Promise<StoreOutcome>
  /** Excludes these stored responses from every figure; answers how many it excluded. */
  exclude(responseIds: number[], exclusion: Exclusion): Promise<number>
  /** Counts these excluded responses again; answers how many it restored. */
  restore(responseIds: number[]): Promise<number>
  /** Moves a region's responses to the calendar days of `timeZone` and rebuilds their sums. */
  rebucketRegion(regionId: number, timeZone: string): Promise<number>
  /** Settles, closes the writer's connection and ends its thread. */
  close(): Promise<void>
  /**
   * Ends the thread at once, its pending sums unwritten, as a crash would (tests); the next
   * submission starts a new thread, which first aggregates what this one left pending.
   */
  abort(): Promise<void>
}

export interface ResponseWriterOptions {
  databasePath: string
  flushDelayMs?: number
  /** At most this many responses per transaction (default 256). */
  maxBatch?: number
}

/** A plain module that loads writer-thread.ts through tsx in the thread. */
const WORKER = new URL('./writer-thread.mjs', import.meta.url)

interface Queued {
  item: ScoredResponse
  resolve(outcome: StoreOutcome): void
  reject(error: Error): void
}

export function createResponseWriter(options: ResponseWriterOptions): ResponseWriter {
  const maxBatch = options.maxBatch ?? 256
  let worker: Worker | null = null
  let nextId = 1
  const replies = new Map<number, { resolve(m: FromWriter): void; reject(e: Error): void }>()
  let queue: Queued[] = []
  let writing = false
  let scheduled = false
  let closed = false
  /** Responses were acknowledged (or a thread died) since the last settle was sent. */
  let unsettled = false
  /** The settle in flight: whoever asks meanwhile, with nothing new acknowledged, awaits it. */
  let settling: Promise<void> | null = null

  function start(): Worker {
    const thread = new Worker(WORKER, {
      workerData: {
        databasePath: options.databasePath,
        flushDelayMs: options.flushDelayMs ?? FLUSH_DELAY_MS,
      },
      execArgv: [],
    })
    thread.unref()
    let failure: Error | undefined
    thread.on('message', (message: FromWriter) => {
      const waiting = replies.get(message.id)
      replies.delete(message.id)
      waiting?.resolve(message)
    })
    thread.on('error', (error) => (failure = error))
    thread.on('exit', (code) => {
      if (worker === thread) worker = null
      // Its pending sums died with it: the next thread aggregates them as it starts.
      if (!closed) unsettled = true
      const error = failure ?? new Error(`The response writer stopped (exit code ${code}).`)
      for (const waiting of replies.values()) waiting.reject(error)
      replies.clear()
    })
    return thread
  }

  function call(message: ToWriter): Promise<FromWriter> {
    worker ??= start()
    const thread = worker
    return new Promise((resolve, reject) => {
      replies.set(message.id, { resolve, reject })
      thread.postMessage(message)
    })
  }

  function pump() {
    if (writing || queue.length === 0) return
    const batch = queue.length > maxBatch ? queue.splice(0, maxBatch) : queue
    if (batch === queue) queue = []
    writing = true
    call({ type: 'write', id: nextId++, items: batch.map((q) => q.item) })
      .then((reply) => {
        if (!reply.results) throw new Error(reply.error ?? 'The response writer did not answer.')
        unsettled = true
        reply.results.forEach((result, i) => {
          if (result.ok) batch[i]!.resolve(result.outcome)
          else batch[i]!.reject(new Error(result.error))
        })
      })
      .catch((error: Error) => batch.forEach((q) => q.reject(error)))
      .finally(() => {
        writing = false
        pump()
      })
  }

  async function ask(type: 'settle' | 'close') {
    const reply = await call({ type, id: nextId++ })
    if (reply.error) throw new Error(reply.error)
  }

  type Correction = Extract<ToWriter, { type: 'exclude' | 'restore' | 'rebucket' }>
  type Body<M> = M extends unknown ? Omit<M, 'id'> : never

  /** A correction runs after what was acknowledged before it, as a settle does. */
  async function correct(message: Body<Correction>): Promise<number> {
    if (closed) throw new Error('The response writer is closed.')
    const reply = await call({ ...message, id: nextId++ } as Correction)
    if (reply.error) throw new Error(reply.error)
    return reply.changed ?? 0
  }

  /** Sends a settle only when something was acknowledged since the last one was sent. */
  function settle(): Promise<void> {
    if (!unsettled || closed) return settling ?? Promise.resolve()
    unsettled = false
    const sent: Promise<void> = ask('settle')
      .catch((error: unknown) => {
        unsettled = true
        throw error
      })
      .finally(() => {
        if (settling === sent) settling = null
      })
    settling = sent
    return sent
  }

  return {
    submit(response) {
      if (closed) return Promise.reject(new Error('The response writer is closed.'))
      return new Promise<StoreOutcome>((resolve, reject) => {
        queue.push({ item: response, resolve, reject })
        // The first batch takes every request read in this turn of the event loop.
        if (!scheduled) {
          scheduled = true
          setImmediate(() => {
            scheduled = false
            pump()
          })
        }
      })
    },
    settle,
    exclude: (responseIds, exclusion) => correct({ type: 'exclude', responseIds, exclusion }),
    restore: (responseIds) => correct({ type: 'restore', responseIds }),
    rebucketRegion: (regionId, timeZone) => correct({ type: 'rebucket', regionId, timeZone }),
    async close() {
      closed = true
      const thread = worker
      if (!thread) return
      const exited = new Promise((resolve) => thread.once('exit', resolve))
      // What was accepted before the close is written first.
      while (writing || queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 5))
      await ask('close')
      await exited
    },
    async abort() {
      await worker?.terminate()
    },
  }
}
