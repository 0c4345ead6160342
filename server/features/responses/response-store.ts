// Where submissions are stored, whatever the database: the group commit, the freshness of the
// aggregates, the corrections (exclusion, restoration, a region's new time zone), a bulk store
// for the demo and imports, and the few reads the submission path makes before it validates.
// SQLite's store runs its transactions on a writer thread (sqlite/); PostgreSQL's in this process
// against the server (postgres/). Each keeps the same contract, tested on both.
import type { RespondentScore } from '../../domain/scoring'
import type { AggregateFreshness } from '../aggregates/freshness'
import type { AggregateInput } from '../aggregates/write/accumulator'
import type { Earlier, Refusal } from './submission-rules'

/** One validated, scored response ready to be stored (by ingestion, the seeder or a bulk load). */
export interface ScoredResponse extends AggregateInput {
  programId: number
  idempotencyKey: string
  deviceToken: string | null
  score: RespondentScore
  /** A preset receipt (imports, demo data); a fresh one is drawn when absent. */
  receipt?: string
}

export type StoreOutcome =
  | { status: 'created'; id: number; receipt: string; submittedAt: string }
  /** The idempotency key was stored before: the first receipt, nothing new stored. */
  | { status: 'duplicate'; receipt: string; submittedAt: string }
  | { status: 'refused'; refusal: Refusal }

export interface Exclusion {
  reason: string
  by: number
  /** ISO-8601 UTC. */
  at: string
}

/** A link as the submission rules read it, with what can change under a cached form. */
export interface LinkRow {
  id: number
  active: number
  opens_at: string | null
  closes_at: string | null
  max_responses: number | null
  response_count: number
  allow_multiple: number
  pinned_version_id: number | null
  latest_version_id: number | null
}

export interface ResponseStore extends AggregateFreshness {
  readonly dialect: 'sqlite' | 'postgres'
  /** Stores a scored response; resolves with its outcome once its batch has committed. */
  submit(response: ScoredResponse): Promise<StoreOutcome>
  /** Excludes these stored responses from every figure; answers how many it excluded. */
  exclude(responseIds: number[], exclusion: Exclusion): Promise<number>
  /** Counts these excluded responses again; answers how many it restored. */
  restore(responseIds: number[]): Promise<number>
  /** Moves a region's responses to the calendar days of `timeZone` and rebuilds their sums. */
  rebucketRegion(regionId: number, timeZone: string): Promise<number>
  /** Stores responses with their aggregates at once (demo data, imports); same outcomes. */
  storeWithAggregates(responses: readonly ScoredResponse[]): Promise<StoreOutcome[]>
  /** A link by its slug, for the submission rules on the request path. */
  linkBySlug(slug: string): Promise<LinkRow | undefined>
  /** The response stored under an idempotency key before (or 'conflict' for another link). */
  earlier(key: string, linkId: number): Promise<Earlier | null>
  /** Whether a device token already answered a link. */
  deviceAnswered(linkId: number, token: string): Promise<boolean>
  /**
   * A number that changes whenever this process may have changed links or versions (SQLite's
   * total_changes()); null when the store cannot tell (other instances write too), so cached
   * link rows live by time alone.
   */
  changeStamp(): number | null
  /** Writes what is pending, then releases the store (its thread, its connections' use). */
  close(): Promise<void>
  /** Ends at once, pending sums unwritten, as a crash would (tests). */
  abort(): Promise<void>
}
