// What the request thread and the response writer's thread tell each other (write-worker.ts).
import type { ScoredResponse } from './aggregate-deltas'
import type { WriteOutcome } from './aggregate-writer'

/** A scored response as posted to the writer: the definition stays behind (it has the version). */
export type WireResponse = Omit<ScoredResponse, 'definition'>

export type ToWriter =
  | { type: 'write'; id: number; items: WireResponse[] }
  /** Write the pending aggregate sums now. */
  | { type: 'settle'; id: number }
  /** Settle, close the connection and end the thread. */
  | { type: 'close'; id: number }

export type WriteResult = { ok: true; outcome: WriteOutcome } | { ok: false; error: string }

/** The results of a write, or (`error`) why a write, settle or close failed as a whole. */
export interface FromWriter {
  id: number
  results?: WriteResult[]
  error?: string
}
