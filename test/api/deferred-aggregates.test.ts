// Ingestion's deferred aggregates, through the response writer's thread: a stored response waits
// in agg_pending, every reader sees it all the same, and a crash loses none: the next start
// aggregates what was pending from the stored rows, to the same sums a rebuild gives.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { boot, type Booted } from '../../server/boot'
import { SEGMENT_SLICE } from '../../server/features/aggregates/write/sqlite/deferred'
import { aggregatePendingResponses } from '../../server/features/aggregates/write/sqlite/recovery'
import { seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { DERIVED_TABLES, derivedSnapshot } from '../support/aggregate-snapshot'
import { createTestApp, type TestApp } from '../support/test-app'

const TABLES = DERIVED_TABLES

let t: TestApp
let form: SeededForm

beforeAll(async () => {
  // Nothing is written on a timer here: only reads (and the test) settle the aggregates.
  t = await createTestApp({ rateLimitPerMinute: 0, aggregateFlushMs: 3_600_000 })
  form = await seedForm(t, { template: 'skm', link: { allowMultiple: true } })
}, 60_000)
afterAll(() => t.close())
type Db = TestApp['deps']['db']

const count = async (db: Db, table: 'agg_pending' | 'response_segments') =>
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

const snapshot = (db: Db) => derivedSnapshot(db, form.questionnaireId)

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
    const segmentRows = await count(t.deps.db, 'response_segments')
    await submitMany(t, 5, 0)
    expect(await count(t.deps.db, 'agg_pending')).toBe(5)
    expect(await aggregatedResponses(t.deps.db)).toBe(0)
    // Their segment rows (age and gender each) wait with the aggregates.
    expect(await count(t.deps.db, 'response_segments')).toBe(segmentRows)

    const res = await t.request('GET', `/api/programs/${form.programId}/analytics`, {
      cookie: form.owner,
    })
    expect(res.status).toBe(200)
    expect((await res.json()).total).toBe(await programResponses(t.deps.db))
    expect(await count(t.deps.db, 'agg_pending')).toBe(0)
    expect(await aggregatedResponses(t.deps.db)).toBe(5)
    expect(await count(t.deps.db, 'response_segments')).toBe(segmentRows + 10)
  })

  it('a filter on two segments (read from the segment rows) sees responses just stored', async () => {
    const filtered = async () => {
      const query = 'segment.age=20-29&segment.gender=laki-laki'
      const res = await t.request('GET', `/api/programs/${form.programId}/analytics?${query}`, {
        cookie: form.owner,
      })
      expect(res.status).toBe(200)
      return (await res.json()).total as number
    }
    const before = await filtered()
    t.clock.now = new Date(Date.UTC(2024, 5, 12, 4))
    const answers = skmAnswers({ age: '20-29', gender: 'laki-laki' })
    for (let i = 0; i < 3; i++) expect((await submit(t, form.slug, answers)).status).toBe(201)
    expect(await count(t.deps.db, 'agg_pending')).toBe(3)
    expect(await filtered()).toBe(before + 3)
  })

  it('writes them on its own shortly after they arrive', async () => {
    const quick = await createTestApp({ rateLimitPerMinute: 0, aggregateFlushMs: 50 })
    try {
      const other = await seedForm(quick, { template: 'skm', link: { allowMultiple: true } })
      for (let i = 0; i < 3; i++) {
        expect((await submit(quick, other.slug, skmAnswers())).status).toBe(201)
      }
      const sums = () =>
        quick.deps.db
          .selectFrom('agg_daily')
          .select((eb) => eb.fn.sum<number>('responses').as('n'))
          .where('questionnaire_id', '=', other.questionnaireId)
          .executeTakeFirst()
      for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
        if (Number((await sums())?.n ?? 0) === 3) break
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      expect(Number((await sums())?.n)).toBe(3)
      expect(await count(quick.deps.db, 'agg_pending')).toBe(0)
    } finally {
      await quick.close()
    }
  })

  it('finishes a flush of more than a slice on its own, with nothing arriving after it', async () => {
    // The flush writes segment rows a slice per turn of the writer's event loop; each next slice
    // must run with the thread otherwise idle, not only when the next message comes.
    const quick = await createTestApp({ rateLimitPerMinute: 0, aggregateFlushMs: 300 })
    try {
      const other = await seedForm(quick, { template: 'skm', link: { allowMultiple: true } })
      const n = SEGMENT_SLICE + 50
      const replies = await Promise.all(
        Array.from({ length: n }, () => submit(quick, other.slug, skmAnswers())),
      )
      expect(replies.every((r) => r.status === 201)).toBe(true)
      const pending = () => count(quick.deps.db, 'agg_pending')
      for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
        if ((await pending()) === 0) break
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      expect(await pending()).toBe(0) // no read settled them: the timer's flush did, whole
      const segmentRows = await quick.deps.db
        .selectFrom('response_segments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('questionnaire_id', '=', other.questionnaireId)
        .executeTakeFirstOrThrow()
      expect(Number(segmentRows.n)).toBe(n * 2) // age and gender
    } finally {
      await quick.close()
    }
  })

  it('a writer thread that dies is replaced by one that first aggregates what it left', async () => {
    await submitMany(t, 3, 20)
    expect(await count(t.deps.db, 'agg_pending')).toBe(3)
    await t.deps.responses.abort()
    await submitMany(t, 2, 30) // a new thread: the three are aggregated as it starts
    expect(await count(t.deps.db, 'agg_pending')).toBe(2)
    expect(await aggregatedResponses(t.deps.db)).toBe(11)
    await t.deps.responses.settle()
    expect(await count(t.deps.db, 'agg_pending')).toBe(0)
    expect(await aggregatedResponses(t.deps.db)).toBe(13)
  })

  it('a read after the writer died counts what it left, with no new submission', async () => {
    await submitMany(t, 2, 40)
    await t.deps.responses.abort()
    expect(await count(t.deps.db, 'agg_pending')).toBe(2)
    const res = await t.request('GET', `/api/programs/${form.programId}/analytics`, {
      cookie: form.owner,
    })
    expect((await res.json()).total).toBe(await programResponses(t.deps.db))
    expect(await count(t.deps.db, 'agg_pending')).toBe(0)
    expect(await aggregatedResponses(t.deps.db)).toBe(15)
  })

  it('after a crash, the next start aggregates the pending responses from their rows', async () => {
    await submitMany(t, 7, 5)
    expect(await count(t.deps.db, 'agg_pending')).toBe(7)
    // The writer dies: what it summed in memory is gone, the file is as it was committed.
    await t.deps.responses.abort()

    let next: Booted | undefined
    try {
      next = await boot(t.deps.config, () => new Date(t.clock.now))
      const db = next.deps.db
      expect(await count(db, 'agg_pending')).toBe(0)
      expect(await aggregatedResponses(db)).toBe(22)
      const res = await createApp(next.deps).request(`/api/programs/${form.programId}/analytics`, {
        headers: { cookie: form.owner },
      })
      expect((await res.json()).total).toBe(await programResponses(db))

      // The same sums and segment rows as aggregating all 22 responses from scratch.
      const recovered = await snapshot(db)
      for (const table of TABLES) {
        await db.deleteFrom(table).where('questionnaire_id', '=', form.questionnaireId).execute()
      }
      await sql`insert into agg_pending (response_id)
        select id from responses where questionnaire_id = ${form.questionnaireId}`.execute(db)
      expect(aggregatePendingResponses(next.deps.sqlite!)).toBe(22)
      expect(recovered).toEqual(await snapshot(db))
      // Recovery of responses whose segment rows are stored already keeps them as they are.
      await db
        .deleteFrom('agg_daily')
        .where('questionnaire_id', '=', form.questionnaireId)
        .execute()
      await sql`insert into agg_pending (response_id)
        select id from responses where questionnaire_id = ${form.questionnaireId}`.execute(db)
      await db
        .deleteFrom('agg_answers')
        .where('questionnaire_id', '=', form.questionnaireId)
        .execute()
      for (const table of TABLES.filter((x) => x !== 'response_segments')) {
        await db.deleteFrom(table).where('questionnaire_id', '=', form.questionnaireId).execute()
      }
      expect(aggregatePendingResponses(next.deps.sqlite!)).toBe(22)
      expect(recovered).toEqual(await snapshot(db))
    } finally {
      await next?.handle.close()
    }
  })
})
