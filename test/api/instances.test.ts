// Several app instances on one PostgreSQL: two server processes take submissions at once, a
// reader on one sees what the other acknowledged a moment earlier, every acknowledged receipt is
// stored once, and the aggregates (drained by whichever instance got there) equal a rebuild.
import { randomUUID } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { openPostgres, type PostgresHandle } from '../../db/connection'
import type { AppDeps } from '../../server/deps'
import { derivedSnapshot, rebuiltSnapshot } from '../support/aggregate-snapshot'
import { onPostgres } from '../support/dialect'
import { dropSchema } from '../support/postgres-schema'
import {
  adminCookie,
  killGroup,
  newSchema,
  openSkmLink,
  startServer,
  submitOnce,
  type ServerProcess,
} from '../support/server-process'

const schema = newSchema()
const servers: ServerProcess[] = []
let handle: PostgresHandle | undefined

afterAll(async () => {
  for (const s of servers) killGroup(s.child)
  await handle?.close()
  if (onPostgres) await dropSchema(schema).catch(() => {})
})

describe.runIf(onPostgres)('two instances on one PostgreSQL', () => {
  it('lose no acknowledged response and keep the aggregates exact under concurrent load', async () => {
    servers.push(await startServer({ schema }, { AGGREGATE_FLUSH_MS: '200' }))
    servers.push(await startServer({ schema }, { AGGREGATE_FLUSH_MS: '200' }))
    const [a, b] = servers as [ServerProcess, ServerProcess]
    const { slug, questionnaireId, programId } = await openSkmLink(a.base)
    const readerOnA = await adminCookie(a.base)
    const total = async () => {
      const res = await fetch(
        `${a.base}/api/programs/${programId}/analytics?questionnaire=${questionnaireId}`,
        {
          headers: { cookie: readerOnA },
        },
      )
      return ((await res.json()) as { total: number }).total
    }

    // What B acknowledged, A's next read counts.
    const one = await submitOnce(b.base, slug, randomUUID())
    expect(one.status).toBe(201)
    expect(await total()).toBe(1)

    const receipts: string[] = [one.receipt!]
    const client = (base: string) => async () => {
      for (let i = 0; i < 40; i++) {
        const { status, receipt } = await submitOnce(base, slug, randomUUID())
        expect(status).toBe(201)
        receipts.push(receipt!)
      }
    }
    // A reader keeps settling on A while both take submissions.
    let reading = true
    const reader = (async () => {
      while (reading) await total()
    })()
    await Promise.all([
      ...Array.from({ length: 6 }, client(a.base)),
      ...Array.from({ length: 6 }, client(b.base)),
    ])
    reading = false
    await reader
    expect(await total()).toBe(receipts.length)

    handle = openPostgres(process.env.TEST_DATABASE_URL!, { schema })
    const stored = await handle.db
      .selectFrom('responses')
      .select('receipt')
      .where('questionnaire_id', '=', questionnaireId)
      .execute()
    expect(stored.map((r) => r.receipt).sort()).toEqual([...receipts].sort())
    const link = await handle.db
      .selectFrom('links')
      .select('response_count')
      .where('questionnaire_id', '=', questionnaireId)
      .executeTakeFirstOrThrow()
    expect(link.response_count).toBe(receipts.length)
    const deps = { db: handle.db, dialect: 'postgres' } as AppDeps
    const maintained = await derivedSnapshot(handle.db, questionnaireId)
    expect(maintained.agg_daily!.length).toBeGreaterThan(0)
    expect(maintained).toEqual(await rebuiltSnapshot(deps, questionnaireId))
  }, 240_000)
})
