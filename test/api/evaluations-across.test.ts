// Specification of evaluations across regions and years: GET /api/evaluations?year&province&kind
// (the comparison with its ranks), GET /api/evaluations/:regionId (the trajectory), POST
// /api/evaluations/:regionId/:year/published, and the demo's published figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let admin: string
let national: string
let jambiProvince: string
let banjarmasinEvaluator: string
const region: Record<string, number> = {}

const getJson = async (path: string, cookie: string) => {
  const res = await t.request('GET', path, { cookie })
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as any
}

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  for (const r of await t.deps.db.selectFrom('regions').select(['id', 'code']).execute())
    region[r.code] = r.id
  admin = await t.loginAdmin()
  national = await t.userCookie('evaluator', { scope: { kind: 'national' } })
  jambiProvince = await t.userCookie('evaluator', { scope: { kind: 'province', code: '15' } })
  banjarmasinEvaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
})
afterAll(() => t.close())

describe('the comparison of a year', () => {
  it('ranks Kota Jambi above Batang Hari and Muaro Jambi in 2024, nationally and in Jambi', async () => {
    const { items, year, ranking } = await getJson('/api/evaluations?year=2024', national)
    expect(year).toBe(2024)
    expect(ranking.rule.id).toMatch(/dua desimal/)
    const ranked = items.filter((i: any) => i.ranked)
    const byName = (name: string) => ranked.find((i: any) => i.regionName === name)
    const jambi = byName('Kota Jambi')
    // Kemendagri spells it Batanghari; the news report's "Batang Hari" is the same kabupaten (15.04).
    const batangHari = byName('Kabupaten Batanghari')
    const muaroJambi = byName('Kabupaten Muaro Jambi')
    expect(jambi).toMatchObject({
      source: 'published',
      index: 3.48,
      status: 'final',
      provinceCode: '15',
      scores: { baseline: 3.84, output: 3.18, outcome: 3.53, impact: 3.63, quickwin: 3.35 },
      published: { rank: { national: 13, of: 191 } },
    })
    expect(jambi.rank).toEqual({ national: 2, province: 1 })
    expect(batangHari.rank).toEqual({ national: 3, province: 2 })
    expect(muaroJambi.rank).toEqual({ national: 4, province: 3 })
    // Banjarmasin's published 3,57 leads; its computed evaluation is listed beside it, unranked.
    const banjarmasin = items.filter((i: any) => i.regionCode === '63.71')
    expect(banjarmasin.map((i: any) => [i.source, i.ranked])).toEqual([
      ['published', true],
      ['computed', false],
    ])
    expect(banjarmasin[0].rank).toEqual({ national: 1, province: 1 })
    expect(banjarmasin[1]).toMatchObject({ status: 'provisional', index: null, version: null })
    expect(banjarmasin[1].coverage).toMatchObject({ programs: 6, withData: 6, assessed: 0 })
    // Every region of the scope is listed, even without figures (sorted: ranked first).
    expect(items.map((i: any) => i.regionCode)).toContain('15.02')
    expect(items.slice(0, 4).map((i: any) => i.rank.national)).toEqual([1, 2, 3, 4])
  })

  it('filters by province and by kind without changing the ranks', async () => {
    const jambi = await getJson('/api/evaluations?year=2024&province=15', national)
    expect(new Set(jambi.items.map((i: any) => i.provinceCode))).toEqual(new Set(['15']))
    const kota = await getJson('/api/evaluations?year=2024&kind=kota', national)
    expect(new Set(kota.items.map((i: any) => i.kind))).toEqual(new Set(['kota']))
    const ranked = kota.items.filter((i: any) => i.ranked)
    expect(ranked.map((i: any) => [i.regionName, i.rank.national])).toEqual([
      ['Kota Banjarmasin', 1],
      ['Kota Jambi', 2],
    ])
  })

  it('answers only the regions of the caller’s scope', async () => {
    const province = await getJson('/api/evaluations?year=2024', jambiProvince)
    expect(new Set(province.items.map((i: any) => i.provinceCode))).toEqual(new Set(['15']))
    const own = await getJson('/api/evaluations?year=2024', banjarmasinEvaluator)
    expect(new Set(own.items.map((i: any) => i.regionCode))).toEqual(new Set(['63.71']))
    const other = await getJson('/api/evaluations?year=2024&province=15', banjarmasinEvaluator)
    expect(other.items).toEqual([])
  })

  it('ranks ties by the stated rule: equal at two decimals share a rank, the next skips', async () => {
    const res = await t.request('POST', `/api/evaluations/${region['15.02']}/2024/published`, {
      cookie: admin,
      json: { index: 2.951, source: 'Uji seri peringkat', publishedAt: '2025-01-04' },
    })
    expect(res.status).toBe(201)
    const { items } = await getJson('/api/evaluations?year=2024&province=15', admin)
    const ranks = Object.fromEntries(
      items.filter((i: any) => i.ranked).map((i: any) => [i.regionName, i.rank.province]),
    )
    expect(ranks).toEqual({
      'Kota Jambi': 1,
      'Kabupaten Batanghari': 2,
      'Kabupaten Merangin': 2,
      'Kabupaten Muaro Jambi': 4,
    })
  })

  it('refuses owners and validates the query', async () => {
    const owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
    expect((await t.request('GET', '/api/evaluations?year=2024', { cookie: owner })).status).toBe(
      403,
    )
    const bad = await t.request('GET', '/api/evaluations?year=24&kind=desa', { cookie: admin })
    expect(bad.status).toBe(422)
    const paths = (await readProblem(bad)).errors!.map((e: any) => e.path).sort()
    expect(paths).toEqual(['query.kind', 'query.year'])
  })
})

describe('the trajectory of a region', () => {
  it('shows Kota Banjarmasin 2021-2024 as published, its computed 2024 beside, and the changes', async () => {
    const tr = await getJson(`/api/evaluations/${region['63.71']}`, national)
    const published = tr.items.filter((i: any) => i.source === 'published')
    expect(published.map((i: any) => [i.year, i.index])).toEqual([
      [2021, 2.82],
      [2022, 3.06],
      [2023, 3.31],
      [2024, 3.57],
    ])
    expect(published[1].published.note).toMatch(/3,01/)
    expect(published[3].published.publishedAt).toBe('2025-01-05')
    expect(tr.items.filter((i: any) => i.source === 'computed').map((i: any) => i.year)).toEqual([
      2024,
    ])
    expect(tr.changes.map((c: any) => [c.year, Number(c.change.toFixed(2))])).toEqual([
      [2022, 0.24],
      [2023, 0.25],
      [2024, 0.26],
    ])
    expect(tr.changes.every((c: any) => c.movedMost === null)).toBe(true)
    // SPBE indices as context, beside the smart-city figures and never among them.
    expect(tr.context.spbe.map((s: any) => [s.year, s.index])).toEqual([
      [2023, 4],
      [2024, 4.06],
    ])
    expect(tr.items.some((i: any) => i.index === 4.06)).toBe(false)
  })

  it('keeps Kabupaten Banjar’s 2020 components and its published 3,41 as published', async () => {
    const tr = await getJson(`/api/evaluations/${region['63.03']}`, admin)
    const y2020 = tr.items.find((i: any) => i.year === 2020)
    expect(y2020).toMatchObject({
      source: 'published',
      index: 3.41,
      scores: { baseline: 3.51, output: 3.14, outcome: 3.34, impact: 3.8, quickwin: 3.57 },
      published: { rank: { national: 3, of: 25 }, publishedAt: '2021-01-07' },
    })
  })

  it('refuses a region outside the scope with 403 and an unknown one with 404', async () => {
    const res = await t.request('GET', `/api/evaluations/${region['15.71']}`, {
      cookie: banjarmasinEvaluator,
    })
    expect(res.status).toBe(403)
    expect((await t.request('GET', '/api/evaluations/999999', { cookie: admin })).status).toBe(404)
  })
})

describe('published figures', () => {
  it('records a figure with its source, audited, beside the computed evaluation', async () => {
    const res = await t.request('POST', `/api/evaluations/${region['63.71']}/2020/published`, {
      cookie: banjarmasinEvaluator,
      json: {
        index: 2.5,
        scores: { baseline: 2.4 },
        source: 'Laporan uji',
        publishedAt: '2021-01-10',
        note: 'angka uji',
      },
    })
    expect(res.status).toBe(201)
    const item = (await res.json()) as any
    expect(item).toMatchObject({ source: 'published', index: 2.5, year: 2020, status: 'final' })
    expect(item.scores).toEqual({
      baseline: 2.4,
      output: null,
      outcome: null,
      impact: null,
      quickwin: null,
    })
    const again = await t.request('POST', `/api/evaluations/${region['63.71']}/2020/published`, {
      cookie: banjarmasinEvaluator,
      json: { index: 2.55, source: 'Laporan uji (ralat)', publishedAt: '2021-02-01' },
    })
    expect(again.status).toBe(200)
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'evaluation.published')
      .where('object_id', '=', `${region['63.71']}/2020`)
      .execute()
    expect(audit).toHaveLength(2)
    expect(JSON.parse(audit[1]!.before!)).toMatchObject({ index: 2.5, source: 'Laporan uji' })
  })

  it('refuses an evaluator outside the scope, an owner, and bad figures without storing', async () => {
    const path = `/api/evaluations/${region['15.71']}/2019/published`
    const json = { index: 3, source: 'x', publishedAt: '2020-01-01' }
    expect((await t.request('POST', path, { cookie: banjarmasinEvaluator, json })).status).toBe(403)
    const bad = await t.request('POST', path, {
      cookie: admin,
      json: { index: 7, source: '', publishedAt: '2020-02-30', scores: { impact: -1 } },
    })
    expect(bad.status).toBe(422)
    const paths = (await readProblem(bad)).errors!.map((e: any) => e.path).sort()
    expect(paths).toEqual(['index', 'publishedAt', 'scores.impact', 'source'])
    const stored = await t.deps.db
      .selectFrom('published_evaluations')
      .select('year')
      .where('region_id', '=', region['15.71']!)
      .where('year', '=', 2019)
      .execute()
    expect(stored).toEqual([])
  })
})
