// Specification of evaluation coverage, status and finalisation: every component and the index
// carry their coverage; the index is provisional until coverage is complete or an evaluator
// finalises it with a reason; a finalised evaluation is frozen as a numbered version; reopening
// makes the next one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QUICKWIN_CRITERIA } from '../../server/domain/reference'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let evaluator: string
let regionId: number
const path = (suffix = '') => `/api/evaluations/${regionId}/2024${suffix}`
const get = async () =>
  (await (await t.request('GET', path(), { cookie: evaluator })).json()) as any
const marks = Object.fromEntries(QUICKWIN_CRITERIA.criteria.map((c) => [c.code, 4]))

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  regionId = (
    await t.deps.db
      .selectFrom('regions')
      .select('id')
      .where('code', '=', '63.71')
      .executeTakeFirstOrThrow()
  ).id
  evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
})
afterAll(() => t.close())

describe('coverage and status', () => {
  it('reads provisional with 1 of 6 programs assessed, with coverage per component', async () => {
    const programs = await t.deps.db
      .selectFrom('programs')
      .select('id')
      .where('region_id', '=', regionId)
      .where('year', '=', 2024)
      .orderBy('id')
      .execute()
    const res = await t.request('PUT', `/api/programs/${programs[0]!.id}/assessment`, {
      cookie: evaluator,
      json: { marks },
    })
    expect(res.status).toBe(200)
    const ev = await get()
    expect(ev.status).toBe('provisional')
    expect(ev.version).toBeNull()
    expect(ev.versionLabel.id).toBe('Draf (belum difinalkan)')
    expect(ev.coverage).toMatchObject({
      programs: 6,
      withData: 6,
      assessed: 1,
      assessors: 1,
      complete: false,
    })
    expect(ev.coverage.respondents).toBeGreaterThan(0)
    expect(ev.coverage.components.quickwin).toMatchObject({
      programs: 6,
      assessed: 1,
      assessors: 1,
      withData: null,
      complete: false,
    })
    expect(ev.coverage.components.impact).toMatchObject({ withData: 6, complete: true })
    expect(ev.coverage.components.baseline).toMatchObject({ entered: false, complete: false })
  })

  it('refuses to finalise without a reason, and lets no owner finalise', async () => {
    const empty = await t.request('POST', path('/finalise'), {
      cookie: evaluator,
      json: { reason: '  ' },
    })
    expect(empty.status).toBe(422)
    expect((await readProblem(empty)).errors![0].path).toBe('reason')
    const owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
    const res = await t.request('POST', path('/finalise'), { cookie: owner, json: { reason: 'x' } })
    expect(res.status).toBe(403)
  })
})

describe('finalising and reopening', () => {
  it('freezes version 1 as final, refuses changes, and names the version', async () => {
    await t.request('PUT', path(), {
      cookie: evaluator,
      json: { scores: { baseline: 3.5, output: 3.2, outcome: 3.4 } },
    })
    const before = await get()
    const res = await t.request('POST', path('/finalise'), {
      cookie: evaluator,
      json: { reason: 'Batas waktu penilaian; lima program belum dinilai asesor.' },
    })
    expect(res.status).toBe(200)
    const ev = (await res.json()) as any
    expect(ev).toMatchObject({ status: 'final', version: 1 })
    expect(ev.versionLabel.id).toMatch(/^Versi 1 \(final, \d{4}-\d\d-\d\d\)$/)
    expect(ev.finalisation.reason).toMatch(/Batas waktu/)
    expect(ev.index).toBe(before.index)
    expect(ev.coverage).toEqual(before.coverage)
    const put = await t.request('PUT', path(), {
      cookie: evaluator,
      json: { scores: { output: 1 } },
    })
    expect(put.status).toBe(409)
    const twice = await t.request('POST', path('/finalise'), {
      cookie: evaluator,
      json: { reason: 'lagi' },
    })
    expect(twice.status).toBe(409)
    const csv = await (await t.request('GET', path('/export.csv'), { cookie: evaluator })).text()
    expect(csv).toContain('Versi 1 (final')
  })

  it('stays frozen when the data changes after finalising', async () => {
    const programs = await t.deps.db
      .selectFrom('programs')
      .select('id')
      .where('region_id', '=', regionId)
      .where('year', '=', 2024)
      .orderBy('id')
      .execute()
    await t.request('PUT', `/api/programs/${programs[1]!.id}/assessment`, {
      cookie: evaluator,
      json: { marks },
    })
    const ev = await get()
    expect(ev.coverage.assessed).toBe(1)
    expect(ev.version).toBe(1)
  })

  it('reopens with a reason into a draft of version 2, then finalises version 2', async () => {
    const res = await t.request('POST', path('/reopen'), {
      cookie: evaluator,
      json: { reason: 'Penilaian asesor kedua masuk.' },
    })
    expect(res.status).toBe(200)
    const reopened = (await res.json()) as any
    expect(reopened).toMatchObject({ status: 'provisional', version: null })
    expect(reopened.versionLabel.id).toBe('Draf versi 2 (versi 1 dibuka kembali)')
    expect(reopened.coverage.assessed).toBe(2)
    expect(reopened.versions[0]).toMatchObject({
      version: 1,
      reopenReason: 'Penilaian asesor kedua masuk.',
    })
    const again = await t.request('POST', path('/finalise'), {
      cookie: evaluator,
      json: { reason: 'Final kedua' },
    })
    expect(((await again.json()) as any).version).toBe(2)
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', `${regionId}/2024`)
      .where('action', 'in', ['evaluation.finalise', 'evaluation.reopen'])
      .orderBy('id')
      .execute()
    expect(audit.map((a) => a.action)).toEqual([
      'evaluation.finalise',
      'evaluation.reopen',
      'evaluation.finalise',
    ])
  })

  it('marks the computed item of the comparison with its version', async () => {
    const res = await t.request('GET', '/api/evaluations?year=2024', { cookie: evaluator })
    const items = ((await res.json()) as any).items
    const computed = items.find((i: any) => i.source === 'computed')
    expect(computed).toMatchObject({ status: 'final', version: 2 })
  })

  it('reopening an evaluation that is not final is a conflict', async () => {
    const res = await t.request('POST', `/api/evaluations/${regionId}/2023/reopen`, {
      cookie: evaluator,
      json: { reason: 'x' },
    })
    expect(res.status).toBe(409)
  })
})
