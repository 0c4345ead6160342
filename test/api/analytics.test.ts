// Specification of the analytics routes on a program of its own (no demo data): the reply's
// shape with zero-filled distributions and trend, filters and their 422s, cross-tabs, comments
// paging and search, the summary, live updates over SSE, and who may read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLink, publish, submit } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
const cookie: Record<string, string> = {}
let programId: number
let otherProgramLink: number
const links: { id: number; slug: string }[] = []

async function json<T = any>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res
  if (r.status !== status) throw new Error(`${r.status} ${await r.text()}`)
  return (await r.json()) as T
}

const get = (path: string, as = cookie.owner) => t.request('GET', path, { cookie: as })
const analytics = (query = '', as = cookie.owner) =>
  json(get(`/api/programs/${programId}/analytics${query}`, as))

/** An impact answer set: aware citizens rate everything, with an optional comment. */
function impactAnswers(score: number, extra: Record<string, unknown> = {}) {
  return {
    aware: 'yes',
    used: 'yes',
    frequency: 'bulanan',
    benefit: score,
    ease: score,
    satisfaction: score,
    nps: score * 2,
    age: '30-39',
    gender: score % 2 === 0 ? 'perempuan' : 'laki-laki',
    ...extra,
  }
}

async function submitAt(iso: string, answers: Record<string, unknown>, link = 0) {
  t.clock.now = new Date(iso)
  const res = await submit(t, links[link]!.slug, answers)
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`)
}

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  cookie.admin = await t.loginAdmin()
  cookie.owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  cookie.otherOwner = await t.userCookie('owner', { agencyCode: 'DLH' })
  cookie.evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
  cookie.otherEvaluator = await t.userCookie('evaluator', { regionCode: '15.71' })
  const agency = await t.deps.db
    .selectFrom('agencies')
    .select(['id', 'region_id'])
    .where('code', '=', 'DPMPTSP')
    .executeTakeFirstOrThrow()
  const program = await json<{ id: number }>(
    t.request('POST', '/api/programs', {
      cookie: cookie.admin,
      json: {
        regionId: agency.region_id,
        agencyId: agency.id,
        dimension: 'governance',
        element: 'governance.1',
        year: 2024,
        name: 'Uji analitik',
        description: { id: 'Program untuk menguji analitik.' },
      },
    }),
    201,
  )
  programId = program.id
  const created = await json<{ id: number; draft: any }>(
    t.request('POST', `/api/programs/${programId}/questionnaires`, {
      cookie: cookie.owner,
      json: { template: 'impact' },
    }),
    201,
  )
  created.draft.sections.at(-1).questions.push({
    code: 'phone',
    type: 'text',
    text: { id: 'Nomor HP (opsional)' },
    required: false,
    personal: true,
    maxLength: 20,
  })
  await json(
    t.request('PUT', `/api/questionnaires/${created.id}`, {
      cookie: cookie.owner,
      json: { draft: created.draft },
    }),
  )
  await publish(t, cookie.owner, created.id)
  links.push(await openLink(t, cookie.owner, created.id, { channel: 'WhatsApp' }))
  links.push(await openLink(t, cookie.owner, created.id, { channel: 'Loket' }))
  otherProgramLink = (await t.deps.db.selectFrom('links').select('id').executeTakeFirstOrThrow()).id

  await submitAt('2024-06-10T02:00:00Z', impactAnswers(5, { comments: 'Sangat MEMBANTU warga' }))
  await submitAt('2024-06-10T03:00:00Z', impactAnswers(4, { comments: 'Antrean 100% lebih cepat' }))
  await submitAt('2024-06-12T03:00:00Z', impactAnswers(2, { phone: '0812345678' }), 1)
  await submitAt('2024-06-13T03:00:00Z', { aware: 'no', gender: 'perempuan' }, 1)
  await submitAt('2024-06-13T04:00:00Z', impactAnswers(3, { comments: 'Kurang sosialisasi' }))
})
afterAll(() => t.close())

describe('GET /api/programs/:id/analytics', () => {
  it('answers totals, links, questionnaires and every scale point and option zero-filled', async () => {
    const body = await analytics()
    expect(body.total).toBe(5)
    expect(body.questionnaires).toEqual([
      expect.objectContaining({ versions: [expect.objectContaining({ version: 1 })] }),
    ])
    expect(body.links.map((l: any) => [l.channel, l.count, l.share])).toEqual([
      ['WhatsApp', 3, 0.6],
      ['Loket', 2, 0.4],
    ])
    const q = Object.fromEntries(body.questions.map((x: any) => [x.code, x]))
    expect(Object.keys(q)).not.toContain('comments')
    expect(Object.keys(q)).not.toContain('phone')
    expect(q.benefit.distribution.map((p: any) => [p.value, p.count])).toEqual([
      ['1', 0],
      ['2', 1],
      ['3', 1],
      ['4', 1],
      ['5', 1],
    ])
    expect(q.benefit.distribution[0].label).toEqual({
      id: 'Sangat tidak bermanfaat',
      en: 'Not beneficial at all',
    })
    expect(q.benefit.answered).toBe(4)
    expect(q.benefit.mean).toBeCloseTo(3.5)
    expect(q.benefit.ci[0]).toBeLessThan(3.5)
    expect(q.aware.distribution.map((p: any) => [p.value, p.count, p.percent])).toEqual([
      ['yes', 4, 80],
      ['no', 1, 20],
    ])
    expect(q.aware.mean).toBeUndefined()
    expect(q.nps.distribution.map((p: any) => p.value)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i)),
    )
    expect(q.nps.npsBreakdown).toMatchObject({
      n: 4,
      score: -25,
      promoters: 25,
      passives: 25,
      detractors: 50,
    })
    expect(q.frequency.distribution.map((p: any) => p.value)).toEqual([
      'harian',
      'mingguan',
      'bulanan',
      'jarang',
      'sekali',
    ])
    const gender = body.segments.find((s: any) => s.code === 'gender')
    expect(gender.values).toEqual([
      { value: 'laki-laki', label: { id: 'Laki-laki', en: 'Male' }, count: 2 },
      { value: 'perempuan', label: { id: 'Perempuan', en: 'Female' }, count: 3 },
    ])
    expect(body.segments.map((s: any) => s.code)).toEqual(['kecamatan', 'age', 'gender'])
    expect(body.textQuestions.map((x: any) => x.code)).toEqual(['comments'])
  })

  it('draws a trend over every day of the data, or of the range asked for, zero-filled', async () => {
    expect((await analytics()).trend).toEqual([
      { day: '2024-06-10', count: 2 },
      { day: '2024-06-11', count: 0 },
      { day: '2024-06-12', count: 1 },
      { day: '2024-06-13', count: 2 },
    ])
    const june = await analytics('?from=2024-06-01&to=2024-06-30')
    expect(june.trend).toHaveLength(30)
    expect(june.trend.reduce((s: number, d: any) => s + d.count, 0)).toBe(5)
    expect((await analytics('?from=2024-06-11&to=2024-06-12')).total).toBe(1)
  })

  it('combines link, day and segment filters and echoes them', async () => {
    const byLink = await analytics(`?link=${links[1]!.id}`)
    expect(byLink.total).toBe(2)
    expect(byLink.links.map((l: any) => l.count)).toEqual([0, 2])
    const women = await analytics(`?segment.gender=perempuan&from=2024-06-10&to=2024-06-12`)
    expect(women.total).toBe(2)
    expect(women.filters).toEqual({
      from: '2024-06-10',
      to: '2024-06-12',
      link: null,
      questionnaire: null,
      segments: { gender: 'perempuan' },
    })
    const benefit = women.questions.find((x: any) => x.code === 'benefit')
    expect(benefit.distribution.map((p: any) => p.count)).toEqual([0, 1, 0, 1, 0])
    expect((await analytics('?segment.gender=perempuan&segment.age=20-29')).total).toBe(0)
  })

  it('refuses bad filters with 422 and the query path of each', async () => {
    const paths = async (query: string) =>
      (await readProblem(await get(`/api/programs/${programId}/analytics${query}`))).errors!.map(
        (e) => e.path,
      )
    expect(await paths('?from=2024-02-30')).toEqual(['query.from'])
    expect(await paths('?from=2024-06-10&to=2024-06-01')).toEqual(['query.to'])
    expect(await paths(`?link=${otherProgramLink}`)).toEqual(['query.link'])
    expect(await paths('?segment.hobby=x')).toEqual(['query.segment.hobby'])
    expect(await paths('?segment.benefit=5')).toEqual(['query.segment.benefit'])
    expect(await paths('?questionnaire=1')).toEqual(['query.questionnaire'])
    // A well-shaped day that does not exist gets the calendar message only, not two.
    const problem = await readProblem(
      await get(`/api/programs/${programId}/analytics?to=2024-13-45`),
    )
    expect(problem.errors).toEqual([
      expect.objectContaining({
        path: 'query.to',
        message: 'Must be a day that exists in the calendar.',
      }),
    ])
  })
})

describe('GET /api/programs/:id/analytics/crosstab', () => {
  it('breaks a question down by every value of a segment', async () => {
    const body = await json(
      get(`/api/programs/${programId}/analytics/crosstab?question=benefit&segment=gender`),
    )
    expect(body.rows.map((r: any) => [r.segmentValue, r.n, r.mean])).toEqual([
      ['laki-laki', 2, 4],
      ['perempuan', 2, 3],
    ])
    expect(body.rows[0].distribution.map((p: any) => p.count)).toEqual([0, 0, 1, 0, 1])
    const filtered = await json(
      get(
        `/api/programs/${programId}/analytics/crosstab?question=benefit&segment=gender&link=${links[0]!.id}`,
      ),
    )
    expect(filtered.rows.map((r: any) => r.n)).toEqual([2, 1])
  })

  it('gives the respondent impact score (0-5) by segment for question=impact', async () => {
    const body = await json(
      get(`/api/programs/${programId}/analytics/crosstab?question=impact&segment=age`),
    )
    expect(body.rows).toHaveLength(6)
    const thirties = body.rows.find((r: any) => r.segmentValue === '30-39')
    expect(thirties.n).toBe(4)
    expect(thirties.mean).toBeGreaterThan(0)
    expect(thirties.mean).toBeLessThanOrEqual(5)
  })

  it('refuses a text question, the segment itself, or a non-segment with 422', async () => {
    for (const [query, path] of [
      ['question=comments&segment=gender', 'query.question'],
      ['question=gender&segment=gender', 'query.question'],
      ['question=benefit&segment=aware', 'query.segment'],
    ]) {
      const res = await get(`/api/programs/${programId}/analytics/crosstab?${query}`)
      expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual([path])
    }
  })
})

describe('GET /api/programs/:id/analytics/comments', () => {
  const comments = (query = '') =>
    json(get(`/api/programs/${programId}/analytics/comments${query}`))

  it('lists text answers newest first, paged with nextBefore', async () => {
    const first = await comments('?limit=2')
    expect(first.items.map((c: any) => c.text)).toEqual([
      'Kurang sosialisasi',
      'Antrean 100% lebih cepat',
    ])
    expect(first.items[0]).toMatchObject({
      channel: 'WhatsApp',
      submittedAt: '2024-06-13T12:00:00+08:00',
    })
    const second = await comments(`?limit=2&before=${first.nextBefore}`)
    expect(second.items.map((c: any) => c.text)).toEqual(['Sangat MEMBANTU warga'])
    expect(second.nextBefore).toBeNull()
  })

  it('searches case-insensitively for a literal substring', async () => {
    expect((await comments('?q=membantu')).items.map((c: any) => c.text)).toEqual([
      'Sangat MEMBANTU warga',
    ])
    expect((await comments('?q=100%25')).items).toHaveLength(1)
    expect((await comments('?q=_')).items).toHaveLength(0)
  })

  it('follow the dashboard filters: period, link and segment', async () => {
    const texts = async (query: string) =>
      (await comments(`?${query}`)).items.map((c: any) => c.text).sort()
    expect(await texts('from=2024-06-11')).toEqual(['Kurang sosialisasi'])
    expect(await texts('to=2024-06-10')).toEqual([
      'Antrean 100% lebih cepat',
      'Sangat MEMBANTU warga',
    ])
    expect(await texts(`link=${links[1]!.id}`)).toEqual([])
  })

  it('never shows a text question marked personal', async () => {
    const res = await get(`/api/programs/${programId}/analytics/comments?question=phone`)
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['query.question'])
  })
})

describe('summary and live updates', () => {
  it('summarises the count and the time of the latest response', async () => {
    expect(await json(get(`/api/programs/${programId}/analytics/summary`))).toEqual({
      total: 5,
      lastResponseAt: '2024-06-13T04:00:00.000Z',
    })
  })

  it('streams a summary event, then another after a new submission', async () => {
    const res = await get(`/api/programs/${programId}/analytics/stream`)
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const reader = res.body!.getReader()
    const decoder = new TextDecoder()
    let text = ''
    const nextEvent = async (): Promise<any> => {
      const deadline = Date.now() + 8000
      while (Date.now() < deadline) {
        const match = text.match(/event: summary\ndata: (.*)\n/)
        if (match) {
          text = text.slice(match.index! + match[0].length)
          return JSON.parse(match[1]!)
        }
        const timeout = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('no event in time')), deadline - Date.now()),
        )
        const { value, done } = await Promise.race([reader.read(), timeout])
        if (done) throw new Error('stream ended')
        text += decoder.decode(value)
      }
      throw new Error('no event in time')
    }
    try {
      const before = (await nextEvent()).total
      await submitAt('2024-06-14T03:00:00Z', impactAnswers(5))
      expect(await nextEvent()).toEqual({
        total: before + 1,
        lastResponseAt: '2024-06-14T03:00:00.000Z',
      })
    } finally {
      await reader.cancel()
    }
  }, 20_000)
})

describe('who may read analytics', () => {
  const routes = () => [
    `/api/programs/${programId}/analytics`,
    `/api/programs/${programId}/analytics/crosstab?question=benefit&segment=gender`,
    `/api/programs/${programId}/analytics/comments`,
    `/api/programs/${programId}/analytics/summary`,
    `/api/programs/${programId}/analytics/stream`,
    `/api/programs/${programId}/score`,
  ]

  it('refuses an owner of another agency and an evaluator of another region on every route', async () => {
    for (const path of routes()) {
      for (const as of [cookie.otherOwner, cookie.otherEvaluator]) {
        const res = await get(path, as)
        expect(res.status, path).toBe(403)
        if (!path.endsWith('/stream'))
          expect(res.headers.get('content-type'), path).toContain('application/problem+json')
        await res.body?.cancel()
      }
      const anonymous = await t.request('GET', path)
      expect(anonymous.status, path).toBe(401)
    }
  })

  it('lets admins, owners of the agency and evaluators of the region read every route', async () => {
    for (const path of routes()) {
      for (const as of [cookie.admin, cookie.owner, cookie.evaluator]) {
        const res = await get(path, as)
        expect(res.status, path).toBe(200)
        await res.body?.cancel()
      }
    }
  })
})
