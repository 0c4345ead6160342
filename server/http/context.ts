// What every route can reach: the dependencies (database, configuration, clock) and the
// logged-in user resolved from the session cookie.
import type Database from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database as Schema, Role } from '../../db/database'
import type { Config } from '../config'
import type { ResponseWriter } from '../features/responses/response-writer'

export interface AppDeps {
  db: Kysely<Schema>
  sqlite: Database.Database
  config: Config
  /** Injected so tests can move time (sessions, link windows, rate limits). */
  now: () => Date
  /** Stores public submissions on its own thread (features/responses/response-writer.ts). */
  responses: ResponseWriter
}

export interface SessionUser {
  id: number
  email: string
  name: string
  role: Role
  agencyId: number | null
  regionId: number | null
}

export type AppEnv = {
  Variables: {
    user: SessionUser | null
    clientAddress: string
  }
}
