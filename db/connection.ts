// Opens the database. This is the single place where a SQL dialect is chosen: SQLite (a file,
// zero setup, the default) or PostgreSQL when a `DATABASE_URL` is given. Everything above works
// on the Kysely instance; the few paths that differ by dialect (the response store and the
// aggregates' write path) ask the handle which one it is.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, type Driver } from 'kysely'
import pg from 'pg'
import Cursor from 'pg-cursor'
import type { Database } from './database'
import { ChangeCounter } from './change-counter'
import { PostgresSchemaPlugin } from './postgres-schema'

export type Dialect = 'sqlite' | 'postgres'

interface Handle {
  db: Kysely<Database>
  close(): Promise<void>
}

export interface SqliteHandle extends Handle {
  dialect: 'sqlite'
  /** The raw better-sqlite3 connection, for the few hot paths that batch work synchronously. */
  sqlite: SQLite.Database
}

export interface PostgresHandle extends Handle {
  dialect: 'postgres'
  pool: pg.Pool
  /** This process's writes to links and questionnaire versions (cache invalidation). */
  changes: ChangeCounter
}

export type DatabaseHandle = SqliteHandle | PostgresHandle

export interface ConnectionOptions {
  /** SQLite file path; created with its folder when missing. */
  path: string
  /** `DATABASE_URL` (postgres://...): PostgreSQL instead of the SQLite file. */
  url?: string
  /** PostgreSQL schema to work in (each test file has its own); the server's default if absent. */
  schema?: string
  /** Most PostgreSQL connections this process holds. */
  maxConnections?: number
}

// Counts and sums come back as JavaScript numbers, as from SQLite: bigint (count, sum of
// integers) and numeric would otherwise be strings. Counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10))
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value))

/**
 * SQLite's dialect with transactions that take the write lock when they begin (BEGIN IMMEDIATE).
 * A deferred transaction that reads and then writes, after another connection (the response
 * writer's thread) committed in between, fails at once with SQLITE_BUSY_SNAPSHOT, which the busy
 * timeout cannot wait out: creating a link while citizens' answers were stored answered 500.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver()
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'))
    }
    return driver
  }
}

/** Opens SQLite with WAL, foreign keys and a busy timeout, wrapped in Kysely. */
export function openSqlite(path: string): SqliteHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new SQLite(path)
  sqlite.pragma('journal_mode = WAL')
  // FULL makes every commit durable on its own: an acknowledged response survives kill -9 and
  // power loss; group commit keeps the cost per response low.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) })
  return { dialect: 'sqlite', db, sqlite, close: () => db.destroy() }
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/** Opens a pool of PostgreSQL connections (in `schema` when given), wrapped in Kysely. */
export function openPostgres(
  url: string,
  opts: { schema?: string; maxConnections?: number } = {},
): PostgresHandle {
  if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema))
    throw new Error(`Not a schema name: ${opts.schema}`)
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.maxConnections ?? 10,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  })
  // An idle client that loses its server (a restart) must not crash the process.
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message))
  const changes = new ChangeCounter(new Set(['links', 'questionnaire_versions']))
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool, cursor: Cursor }),
    plugins: [new PostgresSchemaPlugin(), changes],
  })
  return { dialect: 'postgres', db, pool, changes, close: () => db.destroy() }
}

export function openDatabase(options: ConnectionOptions): DatabaseHandle {
  if (options.url) {
    if (!/^postgres(ql)?:\/\//.test(options.url)) {
      throw new Error(
        `DATABASE_URL must be a postgres:// URL (got ${options.url.split(':')[0]}:); unset it to use the SQLite file of DATABASE_PATH.`,
      )
    }
    return openPostgres(options.url, options)
  }
  return openSqlite(options.path)
}
