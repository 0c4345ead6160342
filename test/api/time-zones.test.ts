// Every region counts its days on its own clock: Kota Banjarmasin in WITA (UTC+8), Papua's regions
// in WIT (UTC+9). A response at 00:30 WITA on 1 April is counted on 1 April, in the second
// quarter; migration 15-01 moves what was counted in WIB; the admin may change a region's zone.
import { Migrator, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../db/migrate'
import { migrations } from '../../db/migrations'
import { aggregatePendingResponses } from '../../server/features/aggregates/write/sqlite/recovery'
import { derivedSnapshot, rebuiltSnapshot } from '../support/aggregate-snapshot'
import { describeSqlite } from '../support/dialect'
import { seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
let admin: string

/** 00:30 WITA on 1 April 2024 (23:30 WIB on 31 March). */
const AT_0030_WITA = '2024-03-31T16:30:00.000Z'

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  form = await seedForm(t, { template: 'skm', link: { allowMultiple: true } })
  admin = await t.loginAdmin()
  for (const at of [AT_0030_WITA, '2024-03-31T10:00:00.000Z', '2024-04-02T03:00:00.000Z']) {
    t.clock.now = new Date(at)
    expect((await submit(t, form.slug, skmAnswers())).status).toBe(201)
  }
  t.clock.now = new Date('2024-06-15T08:00:00.000Z')
  admin = await t.loginAdmin()
}, 60_000)
afterAll(() => t.close())

const get = async (path: string) => {
  const res = await t.request('GET', path, { cookie: admin })
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as any
}
const trend = async () =>
  (
    await get(
      `/api/programs/${form.programId}/analytics?questionnaire=${form.questionnaireId}&from=2024-03-31&to=2024-04-02`,
    )
  ).trend as { day: string; count: number }[]

async function rebuild() {
  return rebuiltSnapshot(t.deps, form.questionnaireId)
}

describe('days on the region clock', () => {
  it('counts 00:30 WITA on 1 April on 1 April, in the second quarter', async () => {
    expect(await trend()).toEqual([
      { day: '2024-03-31', count: 1 },
      { day: '2024-04-01', count: 1 },
      { day: '2024-04-02', count: 1 },
    ])
    const q2 = await get(
      `/api/programs/${form.programId}/score?questionnaire=${form.questionnaireId}&from=2024-04-01&to=2024-06-30`,
    )
    expect(q2.n).toBe(2)
    expect(q2.method.period.id).toContain('hari kalender WITA, Asia/Makassar')
  })

  it('gives regions the zone of their province and lets the admin change it', async () => {
    const regions = (await get('/api/regions')).items as any[]
    expect(regions.find((r) => r.code === '63.71').timeZone).toBe('Asia/Makassar')
    const added = await t.request('POST', '/api/regions', {
      cookie: admin,
      json: { code: '91.71' },
    })
    expect(added.status).toBe(201)
    expect(((await added.json()) as any).timeZone).toBe('Asia/Jayapura')
    const semarang = await t.request('POST', '/api/regions', {
      cookie: admin,
      json: { code: '33.74' },
    })
    expect(((await semarang.json()) as any).timeZone).toBe('Asia/Jakarta')
  })

  it('moves the responses and rebuilds the sums when the admin changes the zone', async () => {
    const banjarmasin = ((await get('/api/regions')).items as any[]).find((r) => r.code === '63.71')
    const path = `/api/regions/${banjarmasin.id}`
    const owner = await t.request('PATCH', path, {
      cookie: form.owner,
      json: { timeZone: 'Asia/Jakarta' },
    })
    expect(owner.status).toBe(403)
    const bad = await t.request('PATCH', path, {
      cookie: admin,
      json: { timeZone: 'Mars/Olympus' },
    })
    expect(bad.status).toBe(422)
    expect((await readProblem(bad)).errors?.[0]?.path).toBe('timeZone')
    expect(
      (
        await t.request('PATCH', '/api/regions/99999', {
          cookie: admin,
          json: { timeZone: 'Asia/Jakarta' },
        })
      ).status,
    ).toBe(404)

    const res = await t.request('PATCH', path, {
      cookie: admin,
      json: { timeZone: 'Asia/Jakarta' },
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as any).timeZone).toBe('Asia/Jakarta')
    expect(await trend()).toEqual([
      { day: '2024-03-31', count: 2 },
      { day: '2024-04-01', count: 0 },
      { day: '2024-04-02', count: 1 },
    ])
    const now = await derivedSnapshot(t.deps.db, form.questionnaireId)
    expect(now).toEqual(await rebuild())
    const back = await t.request('PATCH', path, {
      cookie: admin,
      json: { timeZone: 'Asia/Makassar' },
    })
    expect(back.status).toBe(200)
    expect((await trend())[1]).toEqual({ day: '2024-04-01', count: 1 })
  })
})

describeSqlite('migration 15-01 on a database counted in WIB', () => {
  it('moves WITA responses to their own day, to the same rows a rebuild gives', async () => {
    // Counted as before the migration: every day in WIB, the aggregates built on it.
    await sql`update responses set day = date(submitted_at, '+7 hours')`.execute(t.deps.db)
    await rebuild()
    expect((await trend()).map((d) => d.count)).toEqual([2, 0, 1])
    const migrator = new Migrator({
      db: t.deps.db,
      provider: { getMigrations: async () => migrations },
    })
    expect((await migrator.migrateTo('2026-11-23-009-pending-aggregates')).error).toBeUndefined()

    await migrateToLatest(t.deps.db)
    aggregatePendingResponses(t.deps.sqlite!) // as start-up does
    const row = await t.deps.db
      .selectFrom('regions')
      .select('time_zone')
      .where('code', '=', '63.71')
      .executeTakeFirstOrThrow()
    expect(row.time_zone).toBe('Asia/Makassar')
    expect((await trend()).map((d) => d.count)).toEqual([1, 1, 1])
    const migrated = await derivedSnapshot(t.deps.db, form.questionnaireId)
    expect(migrated).toEqual(await rebuild())
  })
})
