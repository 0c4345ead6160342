// Which SQL dialect a Kysely instance speaks, for the few queries and migrations that must be
// written twice: JSON access (SQLite's json_extract and json_each, PostgreSQL's ->> and
// jsonb_each) and date arithmetic.
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely'
import type { Dialect } from './connection'

export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

/**
 * The value at `key` of a JSON text column, as SQL: a number or text in SQLite, text in
 * PostgreSQL (numbers as their decimal text, arrays as JSON text); both read the same through
 * String() and JSON.parse().
 */
export function jsonField<T = string | number | null>(
  db: Kysely<any>,
  column: string,
  key: string,
): RawBuilder<T> {
  return dialectOf(db) === 'postgres'
    ? sql<T>`(${sql.ref(column)}::jsonb ->> ${key})`
    : sql<T>`json_extract(${sql.ref(column)}, ${`$.${key}`})`
}
