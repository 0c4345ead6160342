// Kysely-compiled statements prepared on a better-sqlite3 connection, for the few hot paths that
// run a whole batch inside one synchronous transaction (storing submissions, writing aggregate
// sums). Their queries are written with Kysely (checked types, portable `on conflict do update`)
// and `.compile()`d once, then prepared once per connection and run synchronously: Kysely's async
// executor (compile, prepare and a mutex per call, ~35 us) would cost more than the rest of a
// submission. Everything off the hot path goes through Kysely as usual.
import type SQLite from 'better-sqlite3'
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely'
import type { Database } from './database'

/** Compiles only: never connects. */
export const compiler = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
})

/** A parameter placeholder: queries are compiled with `$name` as the value of parameter `name`. */
export const param = <T = never>(name: string) => `$${name}` as unknown as T

/** Named parameters: any object whose keys name them (rows of the aggregate tables, ...). */
type Params = object

/** A prepared statement that binds its parameters by name from an object. */
export interface Statement<Row> {
  get(params: Params): Row | undefined
  all(params: Params): Row[]
  run(params: Params): SQLite.RunResult
}

export function prepare<Row>(sqlite: SQLite.Database, query: Compilable<Row>): Statement<Row> {
  const { sql, parameters } = query.compile()
  const stmt = sqlite.prepare(sql)
  // Parameter i is params[names[i]] when it was compiled from a placeholder, else a constant.
  const names = parameters.map((x) =>
    typeof x === 'string' && x.startsWith('$') ? x.slice(1) : '',
  )
  const bind = (params: Params) => {
    const values = new Array<unknown>(names.length)
    for (let i = 0; i < names.length; i++)
      values[i] = names[i] ? (params as Record<string, unknown>)[names[i]!] : parameters[i]
    return values
  }
  return {
    get: (params) => stmt.get(bind(params)) as Row | undefined,
    all: (params) => stmt.all(bind(params)) as Row[],
    run: (params) => stmt.run(bind(params)),
  }
}

/** Columns of a table as `$column` placeholders, for `values(...)`. */
export function placeholders<K extends string>(columns: readonly K[]): Record<K, never> {
  return Object.fromEntries(columns.map((c) => [c, param(c)])) as Record<K, never>
}

/** Statements built once per connection: `perConnection(build)(sqlite)` answers the same set. */
export function perConnection<T>(build: (sqlite: SQLite.Database) => T) {
  const prepared = new WeakMap<SQLite.Database, T>()
  return (sqlite: SQLite.Database): T => {
    let statements = prepared.get(sqlite)
    if (!statements) prepared.set(sqlite, (statements = build(sqlite)))
    return statements
  }
}
