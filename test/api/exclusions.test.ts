// Excluding responses from every figure and putting them back: one at a time or every response a
// filter matches, with a reason, audited; the counts, score, table and exports follow, and the
// maintained aggregates stay equal to a rebuild from the responses that count.
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { derivedSnapshot, rebuiltSnapshot } from '../support/aggregate-snapshot'
import { openLink, seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
let testLink: { id: number; slug: string }
let admin: string
let evaluator: string
let otherOwner: string

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  form = await seedForm(t, { template: 'skm', link: { allowMultiple: true } })
  testLink = await openLink(t, form.owner, form.questionnaireId, {
    channel: 'Uji coba',
    allowMultiple: true,
  })
  admin = await t.loginAdmin()
  evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
  otherOwner = await t.userCookie('owner', { agencyCode: 'DISKOP' })
  for (let i = 0; i < 20; i++) {
    t.clock.now = new Date(Date.UTC(2024, 5, 10 + (i % 4), 3, i))
    const slug = i % 5 === 0 ? testLink.slug : form.slug
    const res = await submit(
      t,
      slug,
      skmAnswers({ U2: (i % 4) + 1, gender: i % 2 ? 'perempuan' : 'laki-laki' }),
    )
    expect(res.status).toBe(201)
  }
}, 120_000)
afterAll(() => t.close())

const q = () => `questionnaire=${form.questionnaireId}`
const json = async (path: string, cookie = form.owner) => {
  const res = await t.request('GET', path, { cookie })
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as any
}
const figures = async () => {
  const analytics = await json(`/api/programs/${form.programId}/analytics?${q()}`)
  const score = await json(`/api/programs/${form.programId}/score?${q()}`)
  const crosstab = await json(
    `/api/programs/${form.programId}/analytics/crosstab?${q()}&question=U2&by=segment.gender`,
  )
  const csv = await (
    await t.request('GET', `/api/questionnaires/${form.questionnaireId}/responses.csv`, {
      cookie: form.owner,
    })
  ).text()
  return {
    total: analytics.total,
    trend: analytics.trend.reduce((n: number, d: { count: number }) => n + d.count, 0),
    u2: analytics.questions.find((x: any) => x.code === 'U2').answered,
    n: score.n,
    ikmN: score.ikm.n,
    crosstab: crosstab.rows.reduce((n: number, r: { n: number }) => n + r.n, 0),
    rows: (parse(csv, { columns: true, bom: true }) as unknown[]).length,
  }
}

async function rebuilt() {
  const now = await derivedSnapshot(t.deps.db, form.questionnaireId)
  return { now, rebuild: await rebuiltSnapshot(t.deps, form.questionnaireId) }
}

describe('excluding one response', () => {
  it('takes it out of every count, the score, the cross-tab and the export, and back', async () => {
    const before = await figures()
    expect(before).toMatchObject({
      total: 20,
      trend: 20,
      u2: 20,
      n: 20,
      ikmN: 20,
      crosstab: 20,
      rows: 20,
    })
    const page = await json(`/api/questionnaires/${form.questionnaireId}/responses?limit=1`)
    const id = page.items[0].id
    const res = await t.request('POST', `/api/responses/${id}/exclusion`, {
      cookie: form.owner,
      json: { reason: 'Uji coba petugas' },
    })
    expect(res.status).toBe(200)
    const detail = (await res.json()) as any
    expect(detail.excluded).toBe(true)
    expect(detail.exclusion).toMatchObject({ reason: 'Uji coba petugas', by: 'Test owner' })
    const after = await figures()
    for (const key of Object.keys(before) as (keyof typeof before)[])
      expect(after[key], key).toBe(before[key] - 1)

    // Listed only when asked for; the export includes it on request, marked.
    expect(
      (await json(`/api/questionnaires/${form.questionnaireId}/responses?limit=100`)).items.map(
        (r: any) => r.id,
      ),
    ).not.toContain(id)
    const excluded = await json(`/api/questionnaires/${form.questionnaireId}/responses?excluded=1`)
    expect(excluded.items.map((r: any) => r.id)).toEqual([id])
    const all = await (
      await t.request(
        'GET',
        `/api/questionnaires/${form.questionnaireId}/responses.csv?excluded=all`,
        { cookie: form.owner },
      )
    ).text()
    const rows = parse(all, { columns: true, bom: true }) as Record<string, string>[]
    expect(rows).toHaveLength(20)
    expect(rows.filter((r) => r.excluded === '1').map((r) => r.excluded_reason)).toEqual([
      'Uji coba petugas',
    ])

    const { now, rebuild } = await rebuilt()
    expect(now).toEqual(rebuild)

    const restore = await t.request('DELETE', `/api/responses/${id}/exclusion`, {
      cookie: form.owner,
    })
    expect(restore.status).toBe(200)
    expect(((await restore.json()) as any).exclusion).toBeNull()
    expect(await figures()).toEqual(before)
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_type', '=', 'response')
      .where('object_id', '=', String(id))
      .orderBy('id')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['response.exclude', 'response.restore'])
  })

  it('needs a reason, the program owner or an admin, and a response that exists', async () => {
    const { items } = await json(`/api/questionnaires/${form.questionnaireId}/responses?limit=1`)
    const path = `/api/responses/${items[0].id}/exclusion`
    const noReason = await t.request('POST', path, { cookie: form.owner, json: { reason: '  ' } })
    expect(noReason.status).toBe(422)
    expect((await readProblem(noReason)).errors?.[0]?.path).toBe('reason')
    expect((await t.request('POST', path, { cookie: form.owner, json: {} })).status).toBe(422)
    expect(
      (await t.request('POST', path, { cookie: otherOwner, json: { reason: 'spam' } })).status,
    ).toBe(403)
    expect(
      (await t.request('POST', path, { cookie: evaluator, json: { reason: 'spam' } })).status,
    ).toBe(403)
    expect((await t.request('DELETE', path, { cookie: otherOwner })).status).toBe(403)
    expect(
      (
        await t.request('POST', '/api/responses/999999/exclusion', {
          cookie: admin,
          json: { reason: 'x' },
        })
      ).status,
    ).toBe(404)
    expect((await figures()).total).toBe(20)
  })
})

describe('excluding what a filter matches', () => {
  it('excludes everything that came through the test link, then restores it, audited once each', async () => {
    const path = `/api/questionnaires/${form.questionnaireId}/exclusions?link=${testLink.id}`
    const res = await t.request('POST', path, {
      cookie: form.owner,
      json: { reason: 'Tautan uji coba' },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ excluded: 4 })
    expect((await figures()).total).toBe(16)
    // A second run finds nothing left to exclude.
    const again = await t.request('POST', path, { cookie: form.owner, json: { reason: 'lagi' } })
    expect(await again.json()).toEqual({ excluded: 0 })
    const { now, rebuild } = await rebuilt()
    expect(now).toEqual(rebuild)

    const back = await t.request('DELETE', path, { cookie: admin })
    expect(await back.json()).toEqual({ restored: 4 })
    expect((await figures()).total).toBe(20)
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('object_type', '=', 'questionnaire')
      .where('action', 'like', 'responses.%')
      .execute()
    expect(audit.map((a) => a.action)).toEqual([
      'responses.exclude',
      'responses.exclude',
      'responses.restore',
    ])
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({
      count: 4,
      reason: 'Tautan uji coba',
      filters: { link: testLink.id },
    })
  })

  it('refuses filters that are not the questionnaire’s, and other agencies', async () => {
    const base = `/api/questionnaires/${form.questionnaireId}/exclusions`
    expect(
      (
        await t.request('POST', `${base}?link=999999`, {
          cookie: form.owner,
          json: { reason: 'x' },
        })
      ).status,
    ).toBe(422)
    expect(
      (
        await t.request('POST', `${base}?segment.nope=x`, {
          cookie: form.owner,
          json: { reason: 'x' },
        })
      ).status,
    ).toBe(422)
    expect(
      (await t.request('POST', base, { cookie: otherOwner, json: { reason: 'x' } })).status,
    ).toBe(403)
    const empty = await t.request('POST', base, { cookie: form.owner })
    expect(empty.status).toBe(422)
  })
})
