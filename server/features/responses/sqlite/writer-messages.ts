// What the request thread and the response writer's thread tell each other (writer-thread.ts).
import type { Exclusion, ScoredResponse, StoreOutcome } from '../response-store'

export type ToWriter =
  /**
   * Store these responses. Each carries its version's counting plan: responses of one version
   * share the plan object, which the structured clone copies once per message.
   */
  | { type: 'write'; id: number; items: ScoredResponse[] }
  /** Write the pending aggregate sums now. */
  | { type: 'settle'; id: number }
  /** Settle, close the connection and end the thread. */
  | { type: 'close'; id: number }
  /** Settle, then exclude these responses from every figure (correction-store.ts). */
  | { type: 'exclude'; id: number; responseIds: number[]; exclusion: Exclusion }
  /** Settle, then count these excluded responses again. */
  | { type: 'restore'; id: number; responseIds: number[] }
  /** Settle, then move a region's responses to the calendar days of `timeZone`. */
  | { type: 'rebucket'; id: number; regionId: number; timeZone: string }

export type WriteResult = { ok: true; outcome: StoreOutcome } | { ok: false; error: string }

/** The results of a write, or (`error`) why a write, settle or close failed as a whole. */
export interface FromWriter {
  id: number
  results?: WriteResult[]
  /** How many responses a correction changed. */
  changed?: number
  error?: string
}
