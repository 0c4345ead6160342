// SQLite transactions on the app's connection against another connection that writes meanwhile
// (the response writer's thread has its own): a transaction takes the write lock when it begins,
// so reading first and writing later never meets a snapshot gone stale (SQLITE_BUSY_SNAPSHOT,
// which answered 500 to a link created while answers were being stored).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqlite } from '../../db/connection'

const dir = mkdtempSync(join(tmpdir(), 'quickwin-tx-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a transaction on the app connection', () => {
  it('commits when another connection tries to write between its read and its write', async () => {
    const file = join(dir, 'tx.sqlite')
    const app = openSqlite(file)
    app.sqlite.exec('create table t (x integer)')
    const other = new SQLite(file)
    other.pragma('busy_timeout = 0')
    let refused: unknown
    await app.db.transaction().execute(async (trx) => {
      await sql`select count(*) from t`.execute(trx)
      try {
        other.prepare('insert into t values (1)').run()
      } catch (error) {
        refused = error
      }
      await sql`insert into t values (2)`.execute(trx)
    })
    // The other connection found the lock taken (with a busy timeout it waits for the commit).
    expect((refused as { code?: string } | undefined)?.code).toBe('SQLITE_BUSY')
    expect(app.sqlite.prepare('select x from t').pluck().all()).toEqual([2])
    other.close()
    await app.close()
  })
})
