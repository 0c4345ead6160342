// Migrations 007 and 008 on a database that already holds responses: their SQL backfills of the
// segment aggregates, the new agg_answers key and the all-time sums give exactly the rows the
// ingestion writer maintains, and 007's down step gives back the all-time segment tables of 003.
import { Migrator, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../db/migrate'
import { migrations } from '../../db/migrations'
import { aggregatePendingResponses } from '../../server/features/aggregates/write/sqlite/recovery'
import { addChannelsQuestion, openLink, seedForm, skmAnswers, submit } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

const BEFORE_007 = '2026-11-23-006-responses-by-questionnaire'
const TABLES = [
  'agg_answers',
  'agg_answers_total',
  'agg_criteria_total',
  'agg_segment_daily',
  'agg_segment_answers',
  'agg_segment_criteria',
] as const

let t: TestApp
/** The two questionnaires written here (the test app also holds the demo responses). */
let ids: number[] = []

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  const owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  const skm = await seedForm(t, { template: 'skm', owner })
  const impact = await seedForm(t, {
    template: 'impact',
    owner,
    edit: (draft) => addChannelsQuestion(draft),
  })
  ids = [skm.questionnaireId, impact.questionnaireId]
  const counter = await openLink(t, owner, skm.questionnaireId, { channel: 'Loket' })
  const ages = ['20-29', '30-39', '40-49']
  for (let i = 0; i < 24; i++) {
    t.clock.now = new Date(Date.UTC(2024, 5, 10 + (i % 3), (i * 5) % 24))
    const slug = i % 4 === 0 ? counter.slug : skm.slug
    const gender = i % 2 ? 'perempuan' : 'laki-laki'
    const skmRes = await submit(t, slug, skmAnswers({ age: ages[i % 3], gender, U3: (i % 4) + 1 }))
    expect(skmRes.status).toBe(201)
    const channels = [['wa'], ['wa', 'radio'], ['loket', 'radio', 'wa']][i % 3]
    const impactRes = await submit(t, impact.slug, { aware: 'no', age: ages[i % 3], channels })
    expect(impactRes.status, await impactRes.clone().text()).toBe(201)
  }
  // What ingestion summed in memory goes to the tables before they are read straight.
  await t.deps.responses.settle()
}, 120_000)
afterAll(() => t.close())

async function snapshot(table: string) {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
    t.deps.db,
  )
  return rows
    .map((r) => JSON.stringify(r, (_, v) => (typeof v === 'number' ? Number(v.toFixed(9)) : v)))
    .sort()
}

const migrator = () =>
  new Migrator({ db: t.deps.db, provider: { getMigrations: async () => migrations } })

describe('migrations 007 and 008 on a database with responses', () => {
  it('rebuilds the aggregates the writer maintains, and 003 tables on the way down', async () => {
    const written = Object.fromEntries(
      await Promise.all(TABLES.map(async (table) => [table, await snapshot(table)] as const)),
    )
    expect(written.agg_segment_answers!.some((r) => r.includes('"code":"channels"'))).toBe(true)

    const down = await migrator().migrateTo(BEFORE_007)
    expect(down.error).toBeUndefined()
    const { rows: scores } = await sql<{
      segment_code: string
      segment_value: string
      responses: number
    }>`select segment_code, segment_value, sum(responses) as responses from agg_segment_scores
       where questionnaire_id in (${sql.join(ids)}) group by segment_code, segment_value`.execute(
      t.deps.db,
    )
    // 24 SKM responses by age (8 each) and gender (12 each), and 24 impact ones by age.
    expect(scores.find((s) => s.segment_code === 'age' && s.segment_value === '30-39')).toEqual({
      segment_code: 'age',
      segment_value: '30-39',
      responses: 16,
    })
    expect(scores.find((s) => s.segment_code === 'gender')?.responses).toBe(12)

    await migrateToLatest(t.deps.db)
    // As start-up does: what a migration listed in agg_pending is aggregated from the responses.
    aggregatePendingResponses(t.deps.sqlite!)
    for (const table of TABLES) expect(await snapshot(table), table).toEqual(written[table])
  })

  it('keeps serving scores and analytics after the round trip', async () => {
    const admin = await t.loginAdmin()
    const program = await t.deps.db
      .selectFrom('programs')
      .select('id')
      .where('name', '=', 'Si Mantab')
      .executeTakeFirstOrThrow()
    const res = await t.request(
      'GET',
      `/api/programs/${program.id}/analytics?questionnaire=${ids[0]}&segment.gender=perempuan&from=2024-06-10`,
      { cookie: admin },
    )
    expect(res.status).toBe(200)
    expect(((await res.json()) as { total: number }).total).toBe(12)
  })
})
