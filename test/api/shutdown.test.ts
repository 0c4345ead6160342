// Graceful shutdown under load: the real server takes concurrent submissions, gets SIGTERM, and
// exits by itself with code 0; every submission it acknowledged is stored exactly once, no request
// got a 5xx, and no aggregate sum was left pending.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterAll, expect, it } from 'vitest'
import { onPostgres } from '../support/dialect'
import { dropSchema } from '../support/postgres-schema'
import {
  killGroup,
  newSchema,
  openSkmLink,
  startServer,
  submitOnce,
  type ServerProcess,
} from '../support/server-process'

const dir = mkdtempSync(join(tmpdir(), 'quickwin-shutdown-'))
const db = { path: join(dir, 'shutdown.sqlite'), schema: newSchema() }
let server: ServerProcess | undefined

afterAll(async () => {
  if (server) killGroup(server.child)
  rmSync(dir, { recursive: true, force: true })
  if (onPostgres) await dropSchema(db.schema).catch(() => {})
})

/** Rows of a query on the database the server used. */
async function query<T>(text: string, params: unknown[] = []): Promise<T[]> {
  if (!onPostgres) {
    const sqlite = new Database(db.path, { readonly: true })
    try {
      return sqlite.prepare(text.replace(/\$\d+/g, '?')).all(...params) as T[]
    } finally {
      sqlite.close()
    }
  }
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    await client.query(`set search_path to ${db.schema}`)
    return (await client.query(text, params)).rows as T[]
  } finally {
    await client.end()
  }
}

it('on SIGTERM under load, stores every acknowledged response and writes every pending sum', async () => {
  server = await startServer(db, { AGGREGATE_FLUSH_MS: '3600000' })
  const { slug, questionnaireId } = await openSkmLink(server.base)
  const receipts: string[] = []
  const statuses = new Map<number, number>()
  let signalled = false
  const client = async () => {
    for (;;) {
      try {
        const { status, receipt } = await submitOnce(server!.base, slug, randomUUID())
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
        if (receipt) receipts.push(receipt)
      } catch {
        if (signalled) return // refused once the server stopped listening
        throw new Error('a request failed before the signal')
      }
    }
  }
  const clients = Array.from({ length: 16 }, client)
  await new Promise((r) => setTimeout(r, 1500))
  signalled = true
  process.kill(server.child.pid!, 'SIGTERM')
  expect(await server.exited).toBe(0)
  await Promise.all(clients)

  expect(receipts.length).toBeGreaterThan(20)
  expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([])
  const stored = await query<{ receipt: string }>(
    'select receipt from responses where questionnaire_id = $1',
    [questionnaireId],
  )
  const inFile = new Set(stored.map((r) => r.receipt))
  expect(receipts.filter((r) => !inFile.has(r))).toEqual([])
  expect(stored.length).toBe(inFile.size)
  // Nothing waits for its sums: the store wrote them before the process ended.
  expect(await query('select response_id from agg_pending')).toEqual([])
  const [sums] = await query<{ n: number }>(
    'select sum(responses) as n from agg_daily where questionnaire_id = $1',
    [questionnaireId],
  )
  expect(Number(sums!.n)).toBe(stored.length)
}, 180_000)
