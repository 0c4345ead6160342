// Specification of GET,PUT /api/evaluations/:regionId/:year: the six dimensions with their
// programs by element, the five scores, overrides with reasons, weights, the index (checked by
// hand), the change from the previous evaluation, and who may read and write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedForm, skmAnswers, submit } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let regionId: number
let evaluator: string
let siMantab: number
const path = (year = 2024) => `/api/evaluations/${regionId}/${year}`
const get = async (cookie = evaluator, year = 2024) => {
  const res = await t.request('GET', path(year), { cookie })
  expect(res.status).toBe(200)
  return (await res.json()) as any
}
const put = (json: unknown, year = 2024, cookie = evaluator) =>
  t.request('PUT', path(year), { cookie, json })
const CRITERIA = [
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
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  const form = await seedForm(t, { template: 'skm' })
  siMantab = form.programId
  for (let i = 0; i < 5; i++) await submit(t, form.slug, skmAnswers({ U1: 1 + (i % 4) }))
  const region = await t.deps.db
    .selectFrom('regions')
    .select('id')
    .where('code', '=', '63.71')
    .executeTakeFirstOrThrow()
  regionId = region.id
  evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
})
afterAll(() => t.close())

describe('the dimension evaluation', () => {
  it('lists the six dimensions in reference order with their programs grouped by element', async () => {
    const ev = await get()
    expect(ev.region).toMatchObject({ id: regionId, code: '63.71', name: 'Kota Banjarmasin' })
    expect(ev.dimensions.map((d: any) => d.code)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ])
    const governance = ev.dimensions[0]
    expect(governance.elements.map((e: any) => e.code)).toEqual([
      'governance.1',
      'governance.2',
      'governance.3',
    ])
    const program = governance.elements[0].programs.find((p: any) => p.id === siMantab)
    expect(program).toMatchObject({ name: 'Si Mantab', agency: { code: 'DPMPTSP' } })
    expect(program.ikm).toMatchObject({ mutu: expect.stringMatching(/^[A-D]$/) })
    expect(governance.programs.map((p: any) => p.id)).toContain(siMantab)
  })

  it("takes each program's impact score from the score of its year, and averages per dimension", async () => {
    const ev = await get()
    const dimensionScores: number[] = []
    for (const d of ev.dimensions) {
      for (const p of d.programs) {
        const score = (await (
          await t.request('GET', `/api/programs/${p.id}/score`, { cookie: evaluator })
        ).json()) as any
        expect(p.impactScore).toBe(score.impact.score)
        expect(p.ci).toEqual(score.impact.ci)
        expect(p.n).toBe(score.n)
        expect(p.sampleTarget).toEqual({
          target: score.sampleTarget.target,
          method: score.sampleTarget.method,
        })
        expect(p.adequate).toBe(score.adequate)
      }
      const scored = d.programs.map((p: any) => p.impactScore).filter((x: any) => x !== null)
      expect(d.score).toBe(scored.length ? mean(scored) : null)
      if (d.score !== null) dimensionScores.push(d.score)
    }
    expect(ev.scores.impact).toBeCloseTo(mean(dimensionScores), 12)
    expect(ev.sources.impact).toMatchObject({ computed: ev.scores.impact, override: false })
  })

  it('uses the reference weights and gives no index while scores are missing', async () => {
    const ev = await get()
    expect(ev.weights).toEqual({
      baseline: 0.1,
      output: 0.2,
      outcome: 0.3,
      impact: 0.2,
      quickwin: 0.2,
    })
    expect(ev.weightsSource).toBe('reference')
    expect(ev.citizenWeight).toBe(0.5)
    expect(ev).toMatchObject({ index: null, complete: false, previous: null, change: null })
    // Only Impact is present (no assessments yet): the partial index is Impact itself.
    expect(ev.scores.quickwin).toBeNull()
    expect(ev.partialIndex).toBeCloseTo(ev.scores.impact, 12)
    expect(ev.method.map((m: any) => m.topic)).toContain('index')
  })
})

describe('assessor marks in the evaluation', () => {
  it('give the quick-win mark, the combined score with the citizen weight, and Quick Win', async () => {
    const marks = Object.fromEntries(CRITERIA.map((c) => [c, 4]))
    const res = await t.request('PUT', `/api/programs/${siMantab}/assessment`, {
      cookie: evaluator,
      json: { marks },
    })
    expect(res.status).toBe(200)
    let ev = await get()
    let p = ev.dimensions[0].programs.find((x: any) => x.id === siMantab)
    expect(p.quickwinMark).toBe(4)
    expect(p.combined).toBeCloseTo(0.5 * p.impactScore + 0.5 * 4, 12)
    expect(ev.scores.quickwin).toBe(4) // the only assessed program
    expect((await put({ citizenWeight: 0.7 })).status).toBe(200)
    ev = await get()
    p = ev.dimensions[0].programs.find((x: any) => x.id === siMantab)
    expect(ev.citizenWeight).toBe(0.7)
    expect(p.combined).toBeCloseTo(0.7 * p.impactScore + 0.3 * 4, 12)
  })
})

describe('entering scores', () => {
  it('refuses an Impact or Quick Win override without a reason', async () => {
    let res = await put({ scores: { impact: 3.5 } })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors).toEqual([
      expect.objectContaining({ path: 'reasons.impact' }),
    ])
    res = await put({ scores: { quickwin: 3 }, reasons: { quickwin: '   ' } })
    expect((await readProblem(res)).errors![0]!.path).toBe('reasons.quickwin')
    res = await put({ scores: { baseline: 5.5 } })
    expect((await readProblem(res)).errors![0]!.path).toBe('scores.baseline')
  })

  it('computes the index from the five scores and the weights', async () => {
    const res = await put({
      scores: { baseline: 3.2, output: 3.4, outcome: 3.6, impact: 3.5, quickwin: 3 },
      reasons: { impact: 'Survei ulang oleh tim', quickwin: 'Rapat asesor 12 Juni' },
    })
    expect(res.status).toBe(200)
    const ev = (await res.json()) as any
    expect(ev.scores).toEqual({
      baseline: 3.2,
      output: 3.4,
      outcome: 3.6,
      impact: 3.5,
      quickwin: 3,
    })
    expect(ev.sources.impact).toMatchObject({
      value: 3.5,
      override: true,
      reason: 'Survei ulang oleh tim',
    })
    expect(ev.sources.impact.computed).not.toBe(3.5)
    // 0.1 x 3.2 + 0.2 x 3.4 + 0.3 x 3.6 + 0.2 x 3.5 + 0.2 x 3 = 0.32 + 0.68 + 1.08 + 0.70 + 0.60 = 3.38
    expect(ev.complete).toBe(true)
    expect(ev.index).toBeCloseTo(3.38, 12)
  })

  it('derives Outcome from per-dimension values when no overall one is given', async () => {
    const ev = (await (
      await put({ outcomeByDimension: { governance: 3, economy: 4 } })
    ).json()) as any
    expect(ev.scores.outcome).toBe(3.5)
    expect(ev.sources.outcome).toMatchObject({
      from: 'dimensions',
      byDimension: { governance: 3, economy: 4 },
    })
    // 0.32 + 0.68 + 0.3 x 3.5 + 0.70 + 0.60 = 3.35
    expect(ev.index).toBeCloseTo(3.35, 12)
    const res = await put({ outcomeByDimension: { xyz: 3 } })
    expect((await readProblem(res)).errors![0]!.path).toBe('outcomeByDimension.xyz')
  })

  it('validates weights with paths, and uses the year weights once stored', async () => {
    let res = await put({
      weights: { baseline: 0.5, output: 0.2, outcome: 0.3, impact: 0.2, quickwin: 0.2 },
    })
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['weights'])
    res = await put({
      weights: { baseline: -0.1, output: 0.2, outcome: 0.3, impact: 0.2, xyz: 0.4 },
    })
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual([
      'weights.baseline',
      'weights.quickwin',
      'weights.xyz',
    ])
    res = await put({
      weights: { baseline: 0.2, output: 0.2, outcome: 0.2, impact: 0.2, quickwin: 0.2 },
    })
    const ev = (await res.json()) as any
    expect(ev.weightsSource).toBe('stored')
    // Equal weights: the mean of 3.2, 3.4, 3.5 (outcome from dimensions), 3.5, 3 = 16.6 / 5 = 3.32
    expect(ev.index).toBeCloseTo(3.32, 12)
  })

  it('shows the change from the previous evaluation of the region', async () => {
    const res = await put(
      {
        scores: { baseline: 3, output: 3, outcome: 3, impact: 3.2, quickwin: 2.8 },
        reasons: { impact: 'Hasil evaluasi kementerian 2023', quickwin: 'Hasil evaluasi 2023' },
      },
      2023,
    )
    expect(res.status).toBe(200)
    // 2023 with the reference weights: 0.3 + 0.6 + 0.9 + 0.64 + 0.56 = 3.00
    const ev = await get()
    expect(ev.previous).toMatchObject({ year: 2023, complete: true })
    expect(ev.previous.index).toBeCloseTo(3.0, 12)
    expect(ev.change).toBeCloseTo(3.32 - 3.0, 12)
  })

  it('clears an override with null, back to the computed score', async () => {
    const ev = (await (await put({ scores: { impact: null } })).json()) as any
    expect(ev.sources.impact).toMatchObject({ override: false, reason: null })
    expect(ev.scores.impact).toBe(ev.sources.impact.computed)
  })

  it('is audited with the state before and after', async () => {
    const events = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'evaluation.put')
      .where('object_id', '=', `${regionId}/2024`)
      .orderBy('id')
      .execute()
    const last = events.at(-1)!
    expect(JSON.parse(last.before!).impactOverride).toBe(3.5)
    expect(JSON.parse(last.after!)).toMatchObject({ impactOverride: null, impactReason: null })
  })
})

describe('who may see and enter the evaluation', () => {
  it('lets the admin read and write', async () => {
    const admin = await t.loginAdmin()
    await get(admin)
    expect((await put({ scores: { baseline: 3.2 } }, 2024, admin)).status).toBe(200)
  })

  it('refuses owners and evaluators of another region with 403', async () => {
    const owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
    expect((await t.request('GET', path(), { cookie: owner })).status).toBe(403)
    expect((await put({ scores: { baseline: 9 } }, 2024, owner)).status).toBe(403)
    const other = await t.userCookie('evaluator', { regionCode: '15.71' })
    expect((await t.request('GET', path(), { cookie: other })).status).toBe(403)
    expect((await put({ scores: { baseline: 3 } }, 2024, other)).status).toBe(403)
    expect((await t.request('GET', path())).status).toBe(401)
  })
})
