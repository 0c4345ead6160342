// What every service can reach: the database, configuration, the clock, the response writer, the
// freshness of the aggregates, the webhook delivery thread and the changes public results listen
// to. Built once by boot.ts; tests build theirs the same way.
import type Database from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database as Schema } from '../db/database'
import type { Config } from './config'
import type { Logger } from './logger'
import type { ProgramChanges } from './program-changes'
import type { AggregateFreshness } from './features/aggregates/freshness'
import type { ResponseStore } from './features/responses/response-store'
import type { WebhookDispatcher } from './features/webhooks/dispatcher'

export interface AppDeps {
  db: Kysely<Schema>
  dialect: 'sqlite' | 'postgres'
  /** The raw SQLite connection (SQLite only): tests and scripts that work on the file itself. */
  sqlite?: Database.Database
  config: Config
  /** Structured logs (server/logger.ts). */
  log: Logger
  /** Injected so tests can move time (sessions, link windows, rate limits). */
  now: () => Date
  /** Stores public submissions (features/responses/response-store.ts). */
  responses: ResponseStore
  /** Services that read aggregates settle them first (features/aggregates/freshness.ts). */
  aggregates: AggregateFreshness
  /** The webhook delivery thread (features/webhooks/dispatcher.ts). */
  webhooks: WebhookDispatcher
  /** Changes of what public results show, by program (program-changes.ts). */
  changes: ProgramChanges
}
