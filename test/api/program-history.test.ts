// Specification of a quick win's history over the years (GET /api/programs/:id/history and the
// trajectory's `programs`): its impact score and IKM per year with their intervals, from the
// later years a program keeps collecting responses and from the region's programs of the same
// name entered again in a later year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedForm, skmAnswers, submit } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let admin: string
let evaluator: string
let siMantab: number
let regionId: number

const history = async (id = siMantab) => {
  const res = await t.request('GET', `/api/programs/${id}/history`, { cookie: evaluator })
  expect(res.status).toBe(200)
  return (await res.json()) as any
}

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  const form = await seedForm(t, {
    template: 'skm',
    link: { allowMultiple: true, closesAt: null },
  })
  siMantab = form.programId
  regionId = (
    await t.deps.db
      .selectFrom('programs')
      .select('region_id')
      .where('id', '=', siMantab)
      .executeTakeFirstOrThrow()
  ).region_id
  for (let i = 0; i < 4; i++) await submit(t, form.slug, skmAnswers({ U1: 1 + (i % 4) }))
  t.clock.now = new Date('2025-03-10T03:00:00.000Z')
  for (let i = 0; i < 3; i++) await submit(t, form.slug, skmAnswers({ U1: 4, U2: 4 }))
  // Sessions opened now, at the moved clock (they last 12 hours).
  admin = await t.loginAdmin()
  evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
})
afterAll(() => t.close())

describe('a quick win over the years', () => {
  it('shows the program’s own year and the later year it kept collecting responses', async () => {
    const h = await history()
    expect(h.name).toBe('Si Mantab')
    expect(h.years.map((y: any) => [y.year, y.programId])).toEqual([
      [2024, siMantab],
      [2025, siMantab],
    ])
    const [y2024, y2025] = h.years
    expect(y2025.n).toBe(3)
    expect(y2024.n).toBeGreaterThanOrEqual(4)
    expect(y2024.impact.ci).toHaveLength(2)
    expect(y2024.impact.ci[0]).toBeLessThanOrEqual(y2024.impact.score)
    expect(y2025.ikm).toMatchObject({ n: 3 })
    expect(y2025.ikm.ci[0]).toBeLessThanOrEqual(y2025.ikm.converted)
  })

  it('joins a program of the same name entered again the next year, and the trajectory lists it', async () => {
    const agencies = (await (
      await t.request('GET', `/api/agencies?regionId=${regionId}`, { cookie: admin })
    ).json()) as any
    const created = await t.request('POST', '/api/programs', {
      cookie: admin,
      json: {
        regionId,
        agencyId: agencies.items.find((a: any) => a.code === 'DPMPTSP').id,
        dimension: 'governance',
        element: 'governance.1',
        year: 2025,
        name: '  si mantab ',
        description: { id: 'Lanjutan Si Mantab.' },
      },
    })
    expect(created.status).toBe(201)
    const next = ((await created.json()) as any).id
    const h = await history(next)
    // The 2024 program's 2025 responses now belong to the year of the 2025 program.
    expect(h.years.map((y: any) => [y.year, y.programId])).toEqual([
      [2024, siMantab],
      [2025, next],
    ])
    expect(h.years[1].n).toBe(0)
    const tr = (await (
      await t.request('GET', `/api/evaluations/${regionId}`, { cookie: evaluator })
    ).json()) as any
    expect(tr.programs.map((p: any) => p.programIds)).toEqual([[siMantab, next]])
  })

  it('refuses a reader outside the program’s scope', async () => {
    const other = await t.userCookie('evaluator', { regionCode: '15.71' })
    const res = await t.request('GET', `/api/programs/${siMantab}/history`, { cookie: other })
    expect(res.status).toBe(403)
  })
})
