// What every service can reach: the database, configuration, the clock, the response writer, the
// freshness of the aggregates and the changes public results listen to. Built once by boot.ts;
// tests build theirs the same way.
import type Database from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database as Schema } from '../db/database'
import type { Config } from './config'
import type { ProgramChanges } from './program-changes'
import type { AggregateFreshness } from './features/aggregates/freshness'
import type { ResponseWriter } from './features/responses/writer'

export interface AppDeps {
  db: Kysely<Schema>
  sqlite: Database.Database
  config: Config
  /** Injected so tests can move time (sessions, link windows, rate limits). */
  now: () => Date
  /** Stores public submissions on its own thread (features/responses/writer.ts). */
  responses: ResponseWriter
  /** Services that read aggregates settle them first (features/aggregates/freshness.ts). */
  aggregates: AggregateFreshness
  /** Changes of what public results show, by program (program-changes.ts). */
  changes: ProgramChanges
}
