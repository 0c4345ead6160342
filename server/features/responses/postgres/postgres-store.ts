// The response store on PostgreSQL. The group commit runs in this process: one batch in flight at
// a time, whatever arrives meanwhile goes with the next one (store-batch.ts); the database server
// does the disk work, so no thread of our own is needed. Pending aggregates live in the database
// (agg_pending) and any instance drains them: on a timer, and whenever a reader settles. Several
// instances may share one database; nothing here assumes it is the only one.
import type { Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import { drainOnce, settlePending } from '../../aggregates/write/postgres/pending'
import type { ResponseStore, ScoredResponse, StoreOutcome } from '../response-store'
import { earlierSubmission } from '../submission-rules'
import { excludeStored, rebucketRegion, restoreStored } from './corrections'
import { storeBatch } from './store-batch'

export interface PostgresStoreOptions {
  /** Between two drains of the pending aggregates (ms). */
  flushDelayMs: number
  /** At most this many responses per transaction (default 256). */
  maxBatch?: number
  /** Changes when this process writes links or versions (db/change-counter.ts). */
  changeStamp?: () => number
}

interface Queued {
  item: ScoredResponse
  resolve(outcome: StoreOutcome): void
  reject(error: Error): void
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505'

export function createPostgresStore(
  db: Kysely<Database>,
  options: PostgresStoreOptions,
): ResponseStore {
  const maxBatch = options.maxBatch ?? 256
  let queue: Queued[] = []
  let writing: Promise<void> | null = null
  let scheduled = false
  let closed = false
  let draining: Promise<void> | null = null

  /** A batch stored; a key stored by another instance at the same moment is retried once. */
  async function store(batch: Queued[]) {
    const items = batch.map((q) => q.item)
    try {
      let outcomes: StoreOutcome[]
      try {
        outcomes = await storeBatch(db, items)
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
        outcomes = await storeBatch(db, items)
      }
      outcomes.forEach((o, i) => batch[i]!.resolve(o))
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error as Error)
      // One bad item must not fail the others: each alone.
      for (const q of batch) await store([q])
    }
  }

  function pump() {
    if (writing || queue.length === 0) return
    const batch = queue.length > maxBatch ? queue.splice(0, maxBatch) : queue
    if (batch === queue) queue = []
    writing = store(batch).finally(() => {
      writing = null
      pump()
    })
  }

  /** Drains what is pending; one drain at a time in this process. */
  function drain(): Promise<void> {
    draining ??= (async () => {
      while ((await drainOnce(db)) > 0);
    })()
      .catch((error: unknown) => console.error('Pending aggregates could not be drained.', error))
      .finally(() => (draining = null))
    return draining
  }

  const timer = setInterval(() => void drain(), options.flushDelayMs)
  timer.unref()

  return {
    dialect: 'postgres',
    submit(response) {
      if (closed) return Promise.reject(new Error('The response store is closed.'))
      return new Promise<StoreOutcome>((resolve, reject) => {
        queue.push({ item: response, resolve, reject })
        if (!scheduled) {
          scheduled = true
          setImmediate(() => {
            scheduled = false
            pump()
          })
        }
      })
    },
    settle: () => settlePending(db),
    exclude: (ids, exclusion) => excludeStored(db, ids, exclusion),
    restore: (ids) => restoreStored(db, ids),
    rebucketRegion: (regionId, timeZone) => rebucketRegion(db, regionId, timeZone),
    async storeWithAggregates(responses) {
      const outcomes: StoreOutcome[] = []
      for (let i = 0; i < responses.length; i += 1000)
        outcomes.push(...(await storeBatch(db, responses.slice(i, i + 1000), true)))
      return outcomes
    },
    async linkBySlug(slug) {
      return db
        .selectFrom('links')
        .select(['id', 'active', 'opens_at', 'closes_at', 'max_responses', 'response_count'])
        .select(['allow_multiple', 'pinned_version_id'])
        .select((eb) =>
          eb
            .selectFrom('questionnaire_versions as v')
            .select('v.id')
            .whereRef('v.questionnaire_id', '=', 'links.questionnaire_id')
            .orderBy('v.version', 'desc')
            .limit(1)
            .as('latest_version_id'),
        )
        .where('slug', '=', slug)
        .executeTakeFirst()
    },
    async earlier(key, linkId) {
      const row = await db
        .selectFrom('responses')
        .select(['receipt', 'submitted_at', 'link_id'])
        .where('idempotency_key', '=', key)
        .executeTakeFirst()
      return earlierSubmission(row, linkId)
    },
    async deviceAnswered(linkId, token) {
      const row = await db
        .selectFrom('responses')
        .select('id')
        .where('link_id', '=', linkId)
        .where('device_token', '=', token)
        .limit(1)
        .executeTakeFirst()
      return !!row
    },
    changeStamp: () => options.changeStamp?.() ?? null,
    async close() {
      closed = true
      clearInterval(timer)
      while (writing || queue.length > 0) {
        pump()
        await writing
      }
      await draining
      await settlePending(db)
    },
    async abort() {
      closed = true
      clearInterval(timer)
      queue = []
    },
  }
}
