// Opens the database. This is the single place where a SQL dialect is chosen: every query
// elsewhere is portable Kysely, so a PostgreSQL dialect can be added here without touching
// the services.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { CompiledQuery, Kysely, SqliteDialect, type DatabaseConnection, type Driver } from 'kysely'
import type { Database } from './database'

export interface DatabaseHandle {
  db: Kysely<Database>
  /** The raw better-sqlite3 connection, for the few hot paths that batch work synchronously. */
  sqlite: SQLite.Database
  close(): Promise<void>
}

export interface ConnectionOptions {
  /** SQLite file path; created with its folder when missing. */
  path: string
  /** `DATABASE_URL`; only SQLite is built in today, so a postgres:// URL is refused clearly. */
  url?: string
}

/**
 * SQLite whose transactions begin IMMEDIATE. Every transaction of the services reads, then
 * writes; begun DEFERRED, one whose snapshot another connection (the response writer thread,
 * the webhook delivery thread) has committed past cannot take the write lock and fails at once
 * with SQLITE_BUSY, busy timeout or not. IMMEDIATE takes the lock first, waiting for it.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver()
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'))
    }
    return driver
  }
}

/** Opens SQLite with WAL, foreign keys and a busy timeout, wrapped in Kysely. */
export function openDatabase(options: ConnectionOptions): DatabaseHandle {
  if (options.url) {
    throw new Error(
      `DATABASE_URL is set (${options.url.split(':')[0]}:), but this build ships the SQLite dialect only; unset DATABASE_URL to use DATABASE_PATH.`,
    )
  }
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true })
  const sqlite = new SQLite(options.path)
  sqlite.pragma('journal_mode = WAL')
  // FULL makes every commit durable on its own: an acknowledged response survives kill -9 and
  // power loss; group commit keeps the cost per response low.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) })
  return {
    db,
    sqlite,
    close: async () => {
      await db.destroy()
    },
  }
}
