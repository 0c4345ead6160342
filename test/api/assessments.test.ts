// Specification of GET,PUT /api/programs/:id/assessment: readers see the ten bilingual criteria
// with the assessor guide (definition, levels 1, 3 and 5), the mean and spread per criterion with
// disagreements flagged, and the quick-win mark; admins and evaluators see each assessor's marks;
// only evaluators of the region write, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let programId: number
let owner: string
let evaluatorA: string
let evaluatorB: string
const path = () => `/api/programs/${programId}/assessment`

const CODES = [
  'inovasi',
  'daya_tarik',
  'manfaat',
  'keunikan',
  'peluang_kemitraan',
  'potensi_pengembangan',
  'keberlangsungan',
  'sumber_daya',
  'manajemen_risiko',
  'keberlanjutan',
]
const marksA = Object.fromEntries(CODES.map((c, i) => [c, 1 + (i % 5)])) // 1 2 3 4 5 1 2 3 4 5
const marksB = Object.fromEntries(CODES.map((c) => [c, 4]))

beforeAll(async () => {
  t = await createTestApp()
  const program = await t.deps.db
    .selectFrom('programs')
    .select('id')
    .where('name', '=', 'Si Mantab')
    .executeTakeFirstOrThrow()
  programId = program.id
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  evaluatorA = await t.userCookie('evaluator', { regionCode: '63.71' })
  evaluatorB = await t.userCookie('evaluator', { regionCode: '63.71' })
})
afterAll(() => t.close())

const put = (cookie: string, json: unknown) => t.request('PUT', path(), { cookie, json })

describe('reading an assessment', () => {
  it('lists the ten reference criteria in both languages, before anyone marked', async () => {
    const res = await t.request('GET', path(), { cookie: owner })
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    expect(body.criteria.map((c: any) => c.code)).toEqual(CODES)
    expect(body.criteria[0]).toEqual({
      code: 'inovasi',
      name: { id: 'Inovasi', en: 'Innovation' },
      definition: expect.objectContaining({ id: expect.stringMatching(/^Kebaruan cara layanan/) }),
      levels: {
        '1': expect.objectContaining({ id: expect.any(String), en: expect.any(String) }),
        '3': expect.objectContaining({ id: expect.any(String), en: expect.any(String) }),
        '5': expect.objectContaining({ id: expect.any(String), en: expect.any(String) }),
      },
      mean: null,
      n: 0,
      spread: null,
    })
    expect(body).toMatchObject({ mine: null, assessors: 0, quickwinMark: null })
    expect(body).toMatchObject({ disagreements: [], disagreementPoints: 2 })
    expect(body.byAssessor).toBeUndefined()
    expect(body.scale).toEqual({ min: 1, max: 5 })
  })
})

describe('recording marks', () => {
  it('stores an evaluator mark set and shows it as mine, with means over assessors', async () => {
    expect((await put(evaluatorA, { marks: marksA, notes: { inovasi: 'Baru' } })).status).toBe(200)
    const res = await put(evaluatorB, { marks: marksB })
    const body = (await res.json()) as any
    expect(body.mine.marks).toEqual(marksB)
    expect(body.assessors).toBe(2)
    // Means: (1+4)/2 = 2.5, (2+4)/2 = 3, 3.5, 4, 4.5, then again 2.5, 3, 3.5, 4, 4.5;
    // quick-win mark = mean of the ten means = (2.5 + 3 + 3.5 + 4 + 4.5) x 2 / 10 = 3.5.
    expect(body.criteria.map((c: any) => c.mean)).toEqual([
      2.5, 3, 3.5, 4, 4.5, 2.5, 3, 3.5, 4, 4.5,
    ])
    expect(body.criteria.every((c: any) => c.n === 2)).toBe(true)
    expect(body.quickwinMark).toBe(3.5)
    const asA = (await (await t.request('GET', path(), { cookie: evaluatorA })).json()) as any
    expect(asA.mine).toMatchObject({ marks: marksA, notes: { inovasi: 'Baru' } })
  })

  it('shows the spread per criterion and flags criteria where assessors differ by 2 or more', async () => {
    // A marks 1 2 3 4 5 1 2 3 4 5, B marks 4 everywhere: apart by 3 2 1 0 1 3 2 1 0 1.
    const body = (await (await t.request('GET', path(), { cookie: owner })).json()) as any
    expect(body.criteria.map((c: any) => c.spread.range)).toEqual([3, 2, 1, 0, 1, 3, 2, 1, 0, 1])
    expect(body.criteria[0].spread).toEqual({
      n: 2,
      min: 1,
      max: 4,
      range: 3,
      sd: 1.5,
      disagreement: true,
    })
    expect(body.disagreements).toEqual([
      'inovasi',
      'daya_tarik',
      'potensi_pengembangan',
      'keberlangsungan',
    ])
  })

  it("keeps each assessor's marks, shown to evaluators and admins but not to owners", async () => {
    const asEvaluator = (await (
      await t.request('GET', path(), { cookie: evaluatorB })
    ).json()) as any
    expect(asEvaluator.byAssessor).toHaveLength(2)
    expect(asEvaluator.byAssessor.map((a: any) => a.marks)).toEqual(
      expect.arrayContaining([marksA, marksB]),
    )
    const admin = await t.loginAdmin()
    const asAdmin = (await (await t.request('GET', path(), { cookie: admin })).json()) as any
    expect(asAdmin.byAssessor[0]).toMatchObject({ assessor: expect.any(String) })
    const asOwner = (await (await t.request('GET', path(), { cookie: owner })).json()) as any
    expect(asOwner.byAssessor).toBeUndefined()
  })

  it('is audited with the state before and after', async () => {
    await put(evaluatorA, { marks: { ...marksA, inovasi: 5 } })
    const events = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'assessment.put')
      .orderBy('id')
      .execute()
    const last = events.at(-1)!
    expect(JSON.parse(last.before!).marks.inovasi).toBe(1)
    expect(JSON.parse(last.after!).marks.inovasi).toBe(5)
    expect(JSON.parse(events[0]!.before!)).toBeNull()
  })

  it('refuses unknown criteria and marks outside 1-5 with their paths', async () => {
    let res = await put(evaluatorA, { marks: { ...marksA, xyz: 3 } })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors).toEqual([
      expect.objectContaining({ path: 'marks.xyz' }),
    ])
    res = await put(evaluatorA, { marks: { inovasi: 6, manfaat: 2.5 } })
    expect(res.status).toBe(422)
    const paths = (await readProblem(res)).errors!.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['marks.inovasi', 'marks.manfaat']))
    res = await put(evaluatorA, { marks: marksA, notes: { inovasi: 'x'.repeat(2001) } })
    expect((await readProblem(res)).errors![0]!.path).toBe('notes.inovasi')
  })
})

describe('who may write', () => {
  it('refuses owners and admins with 403, even with a bad body', async () => {
    expect((await put(owner, { marks: marksA })).status).toBe(403)
    expect((await put(await t.loginAdmin(), { marks: marksA })).status).toBe(403)
    expect((await put(owner, { marks: 'bad' })).status).toBe(403)
  })

  it('refuses evaluators of another region', async () => {
    const other = await t.userCookie('evaluator', { regionCode: '15.71' })
    expect((await put(other, { marks: marksA })).status).toBe(403)
  })

  it('does not let evaluators edit the program itself', async () => {
    const res = await t.request('PATCH', `/api/programs/${programId}`, {
      cookie: evaluatorA,
      json: { name: 'Diubah' },
    })
    expect(res.status).toBe(403)
  })
})
