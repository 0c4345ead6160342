// Public results are served from memory: a program's results are computed once (settling the
// aggregates first) and kept until something of the program changes (a stored response, a
// follow-up, the publication, an approved comment, an exclusion: deps.changes) or a minute passes
// (what changes without a notice, such as a renamed program or a new day, shows within that
// minute). On PostgreSQL other app instances may store responses this one is not told of, so an
// entry lives five seconds there. A busy results page or a TV view in a service hall therefore
// costs a map lookup, and makes the response writer flush only after a new response arrived.
import { createHash } from 'node:crypto'
import type { AppDeps } from '../../deps'
import { computePublicResults, type PublicResults } from './results'

/** How long an entry lives without a change notice: one process (SQLite), or several. */
const MAX_AGE_MS = { sqlite: 60_000, postgres: 5_000 }

export interface CachedResults {
  results: PublicResults
  /** The results as JSON, as the API answers them. */
  json: string
  /** Changes only when the figures do (not with the time they were computed). */
  etag: string
  /** When the figures were computed (what the TV view says it shows). */
  computedAt: Date
}

type Deps = Pick<AppDeps, 'db' | 'aggregates' | 'now' | 'changes' | 'dialect'>

export interface ResultsCache {
  /** The program's results, or null when it is unknown or unpublished. */
  get(programId: number): Promise<CachedResults | null>
}

function cached(results: PublicResults, computedAt: Date): CachedResults {
  const json = JSON.stringify(results)
  const etag = `"${createHash('sha1').update(json).digest('base64url').slice(0, 20)}"`
  return { results, json, etag, computedAt }
}

export function createResultsCache(deps: Deps): ResultsCache {
  const maxAge = MAX_AGE_MS[deps.dialect]
  const entries = new Map<number, { value: Promise<CachedResults | null>; at: number }>()
  // A computation in flight when its program changes is dropped too: its readers get what it
  // finds, the next reader a fresh one.
  deps.changes.subscribe((programId) => entries.delete(programId))
  return {
    get(programId) {
      const hit = entries.get(programId)
      if (hit && performance.now() - hit.at < maxAge) return hit.value
      const value = computePublicResults(deps, programId).then((r) => r && cached(r, deps.now()))
      const entry = { value, at: performance.now() }
      entries.set(programId, entry)
      value.catch(() => entries.get(programId) === entry && entries.delete(programId))
      return value
    },
  }
}

const caches = new WeakMap<Deps, ResultsCache>()

/** The one cache of an app (the API and the pages share it). */
export function resultsCacheOf(deps: Deps): ResultsCache {
  let cache = caches.get(deps)
  if (!cache) caches.set(deps, (cache = createResultsCache(deps)))
  return cache
}
