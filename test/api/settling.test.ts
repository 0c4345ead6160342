// Aggregates are settled by the services that read them, never by a middleware: an anonymous or
// refused request leaves the pending sums alone, a score settles them first.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm

beforeAll(async () => {
  // Nothing is written on a timer here: only reads settle the aggregates.
  t = await createTestApp({ rateLimitPerMinute: 0, aggregateFlushMs: 3_600_000 })
  form = await seedForm(t, { template: 'skm', link: { allowMultiple: true } })
}, 60_000)
afterAll(() => t.close())

const pending = async () =>
  Number(
    (await sql<{ n: number }>`select count(*) as n from agg_pending`.execute(t.deps.db)).rows[0]!.n,
  )

async function submitMany(n: number) {
  for (let i = 0; i < n; i++) {
    t.clock.now = new Date(Date.UTC(2024, 5, 10, 3 + i))
    expect((await submit(t, form.slug, skmAnswers())).status).toBe(201)
  }
  t.clock.now = new Date('2024-06-15T08:00:00.000Z')
}

describe('settling', () => {
  it('is settled by the services that read aggregates, not by any request', async () => {
    await submitMany(2)
    // Anonymous requests, refused or not, and staff routes that read no aggregates leave the
    // sums pending (a stranger cannot make the writer flush).
    expect((await t.request('GET', '/api/me')).status).toBe(401)
    expect((await t.request('GET', `/api/programs/${form.programId}/analytics`)).status).toBe(401)
    expect((await t.request('GET', '/api/me', { cookie: form.owner })).status).toBe(200)
    const other = await t.userCookie('owner', { agencyCode: 'DISKOP' })
    const refused = await t.request('GET', `/api/programs/${form.programId}/score`, {
      cookie: other,
    })
    expect(refused.status).toBe(403)
    expect(await pending()).toBe(2)
    // The score reads aggregates: it settles them first.
    const score = await t.request('GET', `/api/programs/${form.programId}/score`, {
      cookie: form.owner,
    })
    expect(score.status).toBe(200)
    expect(await pending()).toBe(0)
  })
})
