// Ingestion's deferred aggregates: a stored response waits in agg_pending, every reader sees it
// all the same, and a crash loses none: the next start aggregates what was pending from the
// stored rows, to the same sums the running server would have written.
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp } from '../../server/app'
import { boot, type Booted } from '../../server/boot'
import {
  aggregatePendingResponses,
  deferredAggregates,
  FLUSH_DELAY_MS,
} from '../../server/features/responses/deferred-aggregates'
import { seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

const TABLES = [
  'agg_daily',
  'agg_answers',
  'agg_criteria',
  'agg_answers_total',
  'agg_criteria_total',
  'agg_segment_daily',
  'agg_segment_answers',
  'agg_segment_criteria',
] as const

let t: TestApp
let form: SeededForm

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  form = await seedForm(t, { template: 'skm', link: { allowMultiple: true } })
}, 60_000)
afterAll(() => t.close())
// The flush timer only moves when a test says so (the group commit's setImmediate runs as usual).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})
afterEach(() => {
  vi.useRealTimers()
})

type Db = TestApp['deps']['db']

const count = async (db: Db, table: 'agg_pending') =>
  Number(
    (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!
      .n,
  )

const aggregatedResponses = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('agg_daily')
        .select((eb) => eb.fn.sum<number>('responses').as('n'))
        .where('questionnaire_id', '=', form.questionnaireId)
        .executeTakeFirst()
    )?.n ?? 0,
  )

/** The program's stored responses (its demo answers included), counted from the raw rows. */
const programResponses = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('responses')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('program_id', '=', form.programId)
        .executeTakeFirstOrThrow()
    ).n,
  )

/** Every aggregate row of the form's questionnaire, as sorted JSON with rounded numbers. */
async function snapshot(db: Db) {
  const out: Record<string, string[]> = {}
  for (const table of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}
      where questionnaire_id = ${form.questionnaireId}`.execute(db)
    out[table] = rows
      .map((r) => JSON.stringify(r, (_, v) => (typeof v === 'number' ? Number(v.toFixed(9)) : v)))
      .sort()
  }
  return out
}

async function submitMany(app: TestApp, n: number, from: number) {
  for (let i = from; i < from + n; i++) {
    t.clock.now = new Date(Date.UTC(2024, 5, 10 + (i % 3), 3 + (i % 5)))
    const answers = skmAnswers({
      age: ['20-29', '30-39', '40-49'][i % 3],
      gender: i % 2 ? 'perempuan' : 'laki-laki',
      U3: (i % 4) + 1,
    })
    expect((await submit(app, form.slug, answers)).status).toBe(201)
  }
}

describe('deferred aggregates', () => {
  it('keeps new responses pending until a read settles them into the aggregates', async () => {
    await submitMany(t, 5, 0)
    expect(deferredAggregates(t.deps.sqlite).pending).toBe(5)
    expect(await count(t.deps.db, 'agg_pending')).toBe(5)
    expect(await aggregatedResponses(t.deps.db)).toBe(0)

    const res = await t.request('GET', `/api/programs/${form.programId}/analytics`, {
      cookie: form.owner,
    })
    expect(res.status).toBe(200)
    expect((await res.json()).total).toBe(await programResponses(t.deps.db))
    expect(await count(t.deps.db, 'agg_pending')).toBe(0)
    expect(await aggregatedResponses(t.deps.db)).toBe(5)
  })

  it('writes them on its own shortly after they arrive', async () => {
    await submitMany(t, 2, 100)
    expect(await aggregatedResponses(t.deps.db)).toBe(5)
    vi.advanceTimersByTime(FLUSH_DELAY_MS)
    expect(deferredAggregates(t.deps.sqlite).pending).toBe(0)
    expect(await count(t.deps.db, 'agg_pending')).toBe(0)
    expect(await aggregatedResponses(t.deps.db)).toBe(7)
  })

  it('after a crash, the next start aggregates the pending responses from their rows', async () => {
    await submitMany(t, 7, 5)
    expect(await count(t.deps.db, 'agg_pending')).toBe(7)
    // The process dies: what it summed in memory is gone, the file is as it was committed.
    t.deps.sqlite.close()

    let next: Booted | undefined
    try {
      next = await boot(t.deps.config, () => new Date(t.clock.now))
      const db = next.deps.db
      expect(await count(db, 'agg_pending')).toBe(0)
      expect(await aggregatedResponses(db)).toBe(14)
      const res = await createApp(next.deps).request(`/api/programs/${form.programId}/analytics`, {
        headers: { cookie: form.owner },
      })
      expect((await res.json()).total).toBe(await programResponses(db))

      // The same sums as aggregating all fourteen responses from scratch.
      const recovered = await snapshot(db)
      for (const table of TABLES) {
        await db.deleteFrom(table).where('questionnaire_id', '=', form.questionnaireId).execute()
      }
      await sql`insert into agg_pending (response_id)
        select id from responses where questionnaire_id = ${form.questionnaireId}`.execute(db)
      expect(aggregatePendingResponses(next.deps.sqlite)).toBe(14)
      expect(recovered).toEqual(await snapshot(db))
    } finally {
      await next?.handle.close()
    }
  })
})
