// The response store of the database that was opened: SQLite's writer thread, or PostgreSQL's
// in-process group commit.
import type { DatabaseHandle } from '../../../db/connection'
import type { Config } from '../../config'
import { aggregatePendingResponses } from '../aggregates/write/sqlite/recovery'
import { createPostgresStore } from './postgres/postgres-store'
import type { ResponseStore } from './response-store'
import { createSqliteStore } from './sqlite/sqlite-store'

export function createResponseStore(handle: DatabaseHandle, config: Config): ResponseStore {
  if (handle.dialect === 'postgres') {
    return createPostgresStore(handle.db, {
      flushDelayMs: config.aggregateFlushMs,
      changeStamp: () => handle.changes.count,
    })
  }
  // Responses a crash left out of the aggregates are added before anything reads them.
  aggregatePendingResponses(handle.sqlite)
  return createSqliteStore(handle.sqlite, {
    databasePath: config.databasePath,
    flushDelayMs: config.aggregateFlushMs,
  })
}
