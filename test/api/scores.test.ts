// Specification of GET /api/programs/:id/score: every number equals a recomputation from the raw
// `responses` rows done here (simple-statistics and the t quantile, IKM by the PermenPANRB
// formula by hand), unfiltered and filtered by date, link and segment; empty programs; roles.
import quantile from '@stdlib/stats-base-dists-t-quantile'
import * as ss from 'simple-statistics'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLink, seedForm, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let skm: SeededForm
let impact: SeededForm
let counterLink: { id: number; slug: string }
/** A DPMPTSP owner logged in after the submissions moved the clock (sessions last 12 hours). */
let owner: string
const N = 4000 // Si Mantab's target population in the demo set

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  skm = await seedForm(t, { template: 'skm' })
  impact = await seedForm(t, { template: 'impact', owner: skm.owner })
  counterLink = await openLink(t, skm.owner, skm.questionnaireId, { channel: 'Loket' })
  const ages = ['20-29', '30-39', '40-49']
  for (let i = 0; i < 30; i++) {
    t.clock.now = new Date(Date.UTC(2024, 5, 16 + (i % 8), 3, i))
    const answers: Record<string, unknown> = { age: ages[i % 3], gender: 'perempuan' }
    for (let k = 1; k <= 9; k++) answers[`U${k}`] = 1 + ((i * 7 + k * 3) % 4)
    const res = await submit(t, i % 4 === 0 ? counterLink.slug : skm.slug, answers)
    expect(res.status).toBe(201)
  }
  for (let i = 0; i < 12; i++) {
    t.clock.now = new Date(Date.UTC(2024, 5, 17 + (i % 3), 4, i))
    const aware = i % 5 !== 0
    const answers = aware
      ? {
          aware: 'yes',
          used: i % 2 ? 'yes' : 'no',
          ...(i % 2 ? { frequency: 'bulanan' } : {}),
          benefit: 1 + (i % 5),
          ease: 1 + ((i * 2) % 5),
          satisfaction: 5 - (i % 4),
          nps: (i * 3) % 11,
          age: ages[i % 3],
        }
      : { aware: 'no', age: ages[i % 3] }
    expect((await submit(t, impact.slug, answers)).status).toBe(201)
  }
  t.clock.now = new Date('2024-06-26T08:00:00.000Z')
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
})
afterAll(() => t.close())

type Row = Awaited<ReturnType<typeof programRows>>[number]
async function programRows() {
  const rows = await t.deps.db
    .selectFrom('responses')
    .innerJoin('questionnaire_versions as v', 'v.id', 'responses.version_id')
    .selectAll('responses')
    .select('v.definition')
    .where('responses.program_id', '=', skm.programId)
    .execute()
  return rows.map((r) => ({ ...r, skm: JSON.parse(r.definition).kind === 'skm' }))
}

const fpc = (n: number) => Math.sqrt((N - n) / (N - 1))
const tq = (n: number) => quantile(0.975, n - 1)
const interval = (xs: number[], scale: number) => {
  const m = ss.mean(xs)
  const half =
    (tq(xs.length) * ss.sampleStandardDeviation(xs) * fpc(xs.length)) / Math.sqrt(xs.length)
  return [scale * (m - half), scale * (m + half)]
}

/** Everything the score reports, recomputed from the rows by hand. */
function recompute(rows: Row[]) {
  const impacts = rows.map((r) => r.impact).filter((x): x is number => x !== null)
  const criteria = new Map<string, number[]>()
  for (const r of rows)
    for (const [code, x] of Object.entries(JSON.parse(r.criteria) as Record<string, number>))
      criteria.set(code, [...(criteria.get(code) ?? []), x])
  const skmRows = rows.filter((r) => r.skm)
  const nrr = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) =>
    ss.mean(skmRows.map((r) => JSON.parse(r.answers)[`U${k}`])),
  )
  const ikm = nrr.reduce((a, b) => a + b, 0) / 9 // the exact weight 1/9
  const converted = ikm * 25
  const rounded = Math.round(converted * 100) / 100
  const mutu = rounded >= 88.31 ? 'A' : rounded >= 76.61 ? 'B' : rounded >= 65 ? 'C' : 'D'
  const nps = rows.map((r) => r.nps).filter((x): x is number => x !== null)
  const promoters = nps.filter((x) => x >= 9).length
  const detractors = nps.filter((x) => x <= 6).length
  return {
    n: rows.length,
    impact: {
      n: impacts.length,
      score: 5 * ss.mean(impacts),
      sd: 5 * ss.sampleStandardDeviation(impacts),
      ci: interval(impacts, 5),
    },
    criteria: new Map(
      [...criteria].map(([code, xs]) => [code, { n: xs.length, score: 5 * ss.mean(xs) }]),
    ),
    ikm: {
      value: ikm,
      converted,
      mutu,
      nrr,
      n: skmRows.length,
      ci: interval(
        skmRows.map((r) => r.ikm_mean!),
        25,
      ),
    },
    nps: { n: nps.length, score: (100 * (promoters - detractors)) / nps.length },
  }
}

async function score(query = '', cookie?: string) {
  const res = await t.request('GET', `/api/programs/${skm.programId}/score${query}`, {
    cookie: cookie ?? owner,
  })
  expect(res.status).toBe(200)
  return (await res.json()) as any
}

function expectMatches(body: any, rows: Row[]) {
  const r = recompute(rows)
  expect(body.n).toBe(r.n)
  expect(body.impact.n).toBe(r.impact.n)
  expect(body.impact.score).toBeCloseTo(r.impact.score, 9)
  expect(body.impact.sd).toBeCloseTo(r.impact.sd, 9)
  expect(body.impact.ci[0]).toBeCloseTo(r.impact.ci[0]!, 9)
  expect(body.impact.ci[1]).toBeCloseTo(r.impact.ci[1]!, 9)
  expect(body.impact.criteria.map((c: any) => c.code).sort()).toEqual([...r.criteria.keys()].sort())
  for (const c of body.impact.criteria) {
    expect(c.n).toBe(r.criteria.get(c.code)!.n)
    expect(c.score).toBeCloseTo(r.criteria.get(c.code)!.score, 9)
  }
  expect(body.ikm.n).toBe(r.ikm.n)
  expect(body.ikm.value).toBeCloseTo(r.ikm.value, 9)
  expect(body.ikm.converted).toBeCloseTo(r.ikm.converted, 9)
  expect(body.ikm.mutu).toBe(r.ikm.mutu)
  expect(body.ikm.elements.map((e: any) => e.nrr)).toEqual(
    r.ikm.nrr.map((x) => expect.closeTo(x, 9)),
  )
  expect(body.ikm.ci[0]).toBeCloseTo(Math.max(25, r.ikm.ci[0]!), 9)
  expect(body.ikm.ci[1]).toBeCloseTo(Math.min(100, r.ikm.ci[1]!), 9)
  if (r.nps.n > 0) {
    expect(body.nps.n).toBe(r.nps.n)
    expect(body.nps.score).toBeCloseTo(r.nps.score, 9)
  } else expect(body.nps).toBeUndefined()
}

const inYear = (r: Row) => r.day >= '2024-01-01' && r.day <= '2024-12-31'

describe("a program's score", () => {
  it("equals a recomputation from the raw rows of the program's year, from the aggregates", async () => {
    const body = await score()
    expect(body.source).toBe('aggregates')
    expect(body.period).toEqual({ from: '2024-01-01', to: '2024-12-31' })
    expectMatches(body, (await programRows()).filter(inYear))
    expect(body.impact.status).toBe('ok')
    expect(body.sampleTarget).toEqual({
      target: 351,
      method: 'krejcie-morgan',
      populationSize: N,
      fixed: null,
    })
    expect(body.adequate).toBe(body.impact.n >= 351)
    const n = body.impact.n
    expect(body.marginOfError).toBeCloseTo(1.96 * Math.sqrt(0.25 / n) * fpc(n), 12)
    expect(body.method.ikm.id).toContain('1/9')
  })

  it('lists the nine SKM elements with their names and counts, and NPS only from nps answers', async () => {
    const body = await score()
    expect(body.ikm.elements.map((e: any) => e.code)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
    ])
    expect(body.ikm.elements[0].name.id).toBe('Persyaratan')
    expect(body.nps.n).toBe(9) // the twelve impact answers minus the three unaware
    expect(body.sus).toBeUndefined()
  })

  it('agrees with the recomputation on a date range', async () => {
    const body = await score('?from=2024-06-17&to=2024-06-19')
    expect(body.period).toEqual({ from: '2024-06-17', to: '2024-06-19' })
    const rows = (await programRows()).filter((r) => r.day >= '2024-06-17' && r.day <= '2024-06-19')
    expectMatches(body, rows)
  })

  it('agrees with the recomputation for one link', async () => {
    const body = await score(`?link=${counterLink.id}`)
    expectMatches(
      body,
      (await programRows()).filter((r) => inYear(r) && r.link_id === counterLink.id),
    )
    expect(body.n).toBe(8)
  })

  it('agrees with the recomputation on a segment, read from the segment aggregates', async () => {
    const body = await score('?segment.age=30-39&from=2024-06-16&to=2024-06-30')
    expect(body.source).toBe('aggregates')
    const rows = (await programRows()).filter(
      (r) => r.day >= '2024-06-16' && JSON.parse(r.segments).age === '30-39',
    )
    expect(rows.length).toBeGreaterThan(0)
    expectMatches(body, rows)
  })

  it('agrees with the recomputation on a segment and a link', async () => {
    const body = await score(`?segment.age=30-39&link=${counterLink.id}`)
    expect(body.source).toBe('aggregates')
    expectMatches(
      body,
      (await programRows()).filter(
        (r) => inYear(r) && r.link_id === counterLink.id && JSON.parse(r.segments).age === '30-39',
      ),
    )
  })

  it('agrees with the recomputation on two segments, read from the raw responses', async () => {
    const body = await score('?segment.age=30-39&segment.gender=perempuan')
    expect(body.source).toBe('responses')
    const rows = (await programRows()).filter((r) => {
      const segments = JSON.parse(r.segments)
      return inYear(r) && segments.age === '30-39' && segments.gender === 'perempuan'
    })
    expectMatches(body, rows)
  })

  it('lets a fixed questionnaire target win over Krejcie & Morgan', async () => {
    const q = (await (
      await t.request('GET', `/api/questionnaires/${impact.questionnaireId}`, { cookie: owner })
    ).json()) as any
    const put = await t.request('PUT', `/api/questionnaires/${impact.questionnaireId}`, {
      cookie: owner,
      json: { draft: q.draft, sampleTarget: 500 },
    })
    expect(put.status).toBe(200)
    const body = await score()
    expect(body.sampleTarget).toMatchObject({ target: 500, method: 'fixed', fixed: 500 })
    expect(body.adequate).toBe(body.impact.n >= 500)
  })

  it('refuses links and segments the program does not have, with query paths', async () => {
    const res = await t.request(
      'GET',
      `/api/programs/${skm.programId}/score?link=999999&segment.shoe=42`,
      { cookie: owner },
    )
    expect(res.status).toBe(422)
    const paths = (await readProblem(res)).errors!.map((e) => e.path)
    expect(paths).toEqual(['query.link', 'query.segment.shoe'])
  })

  it('refuses a day that is not one with a single clear message (once a 500)', async () => {
    const problem = async (query: string) => {
      const res = await t.request('GET', `/api/programs/${skm.programId}/score?${query}`, {
        cookie: owner,
      })
      expect(res.status, query).toBe(422)
      return (await readProblem(res)).errors!.map((e) => `${e.path}: ${e.message}`)
    }
    const calendar = 'Must be a day that exists in the calendar.'
    expect(await problem('from=2024-13-45')).toEqual([`query.from: ${calendar}`])
    expect(await problem('to=2024-02-30')).toEqual([`query.to: ${calendar}`])
    expect(await problem('from=yesterday')).toEqual(['query.from: Must be a day as YYYY-MM-DD.'])
    expect(await problem('from=1999-01-01')).toEqual(['query.from: Must be a day as YYYY-MM-DD.'])
  })
})

describe('an empty program', () => {
  it('scores n 0 with nulls and no NaN', async () => {
    const admin = await t.loginAdmin()
    const region = await t.deps.db
      .selectFrom('regions')
      .select('id')
      .where('code', '=', '63.71')
      .executeTakeFirstOrThrow()
    const agency = await t.deps.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'DPMPTSP')
      .executeTakeFirstOrThrow()
    const created = await t.request('POST', '/api/programs', {
      cookie: admin,
      json: {
        regionId: region.id,
        agencyId: agency.id,
        dimension: 'governance',
        element: 'governance.2',
        year: 2024,
        name: 'Program kosong',
        description: { id: 'Belum ada kuesioner.' },
      },
    })
    const { id } = (await created.json()) as { id: number }
    const res = await t.request('GET', `/api/programs/${id}/score`, { cookie: admin })
    const text = await res.text()
    expect(text).not.toMatch(/NaN|Infinity/)
    const body = JSON.parse(text)
    expect(body).toMatchObject({
      n: 0,
      impact: { n: 0, score: null, sd: null, ci: null, criteria: [], status: 'not_enough_data' },
      sampleTarget: { target: 50, method: 'fixed', populationSize: null },
      adequate: false,
      marginOfError: null,
    })
    expect(body.ikm).toBeUndefined()
    expect(body.nps).toBeUndefined()
  })
})

describe('who may read a score', () => {
  it('is the admin, the owning agency and evaluators of the region', async () => {
    await score('', await t.loginAdmin())
    await score('', await t.userCookie('evaluator', { regionCode: '63.71' }))
  })

  it('hides the program from owners of another agency and evaluators of another region', async () => {
    for (const cookie of [
      await t.userCookie('owner', { agencyCode: 'PUPR' }),
      await t.userCookie('evaluator', { regionCode: '15.71' }),
    ]) {
      const res = await t.request('GET', `/api/programs/${skm.programId}/score`, { cookie })
      expect([403, 404]).toContain(res.status)
    }
    expect((await t.request('GET', `/api/programs/${skm.programId}/score`)).status).toBe(401)
  })
})
