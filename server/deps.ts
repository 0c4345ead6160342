// What every service can reach: the database, configuration, the clock, the response writer, the
// freshness of the aggregates and the changes public results listen to. Built once by boot.ts;
// tests build theirs the same way.
import type Database from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database as Schema } from '../db/database'
import type { Config } from './config'
import type { ProgramChanges } from './program-changes'
import type { AggregateFreshness } from './features/aggregates/freshness'
import type { ResponseStore } from './features/responses/response-store'

export interface AppDeps {
  db: Kysely<Schema>
  dialect: 'sqlite' | 'postgres'
  /** The raw SQLite connection (SQLite only): tests and scripts that work on the file itself. */
  sqlite?: Database.Database
  config: Config
  /** Injected so tests can move time (sessions, link windows, rate limits). */
  now: () => Date
  /** Stores public submissions (features/responses/response-store.ts). */
  responses: ResponseStore
  /** Services that read aggregates settle them first (features/aggregates/freshness.ts). */
  aggregates: AggregateFreshness
  /** Changes of what public results show, by program (program-changes.ts). */
  changes: ProgramChanges
}
