// Specification of public submissions: every kind of bad input is refused with field paths and
// stores nothing; idempotency keys, link states, caps, rate limits, the device cookie and the
// honeypot; a response keeps the exact version it answered.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateAnswers, type Answers } from '../../server/domain/questionnaire'
import { scoreRespondent } from '../../server/domain/scoring'
import { localDay } from '../../server/domain/calendar'
import { countingPlan } from '../../server/features/aggregates/counting-plan'
import type { ScoredResponse } from '../../server/features/responses/response-store'
import {
  openLink,
  publish,
  seedForm,
  skmAnswers,
  submit,
  type SeededForm,
} from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let skm: SeededForm
let owner: string
beforeAll(async () => {
  t = await createTestApp()
  skm = await seedForm(t, { template: 'skm' })
  owner = skm.owner
})
afterAll(() => t.close())

const stored = async () =>
  Number(
    (
      await t.deps.db
        .selectFrom('responses')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
const deviceCookie = (res: Response) => res.headers.get('set-cookie')?.split(';')[0]

describe('a valid submission', () => {
  it('is stored with its receipt, day in WIB, segments and scores, and answers 201', async () => {
    t.clock.now = new Date('2024-06-15T18:30:00.000Z') // 01:30 on 16 June in WIB
    const res = await submit(t, skm.slug, skmAnswers({ U1: 4 }))
    expect(res.status).toBe(201)
    const body = (await res.json()) as { receipt: string; submittedAt: string }
    expect(body.receipt).toMatch(/^[2-9A-HJ-NP-Z]{8}$/)
    expect(body.submittedAt).toBe('2024-06-15T18:30:00.000Z')
    const row = await t.deps.db
      .selectFrom('responses')
      .selectAll()
      .where('receipt', '=', body.receipt)
      .executeTakeFirstOrThrow()
    expect(row.day).toBe('2024-06-16')
    expect(JSON.parse(row.segments)).toEqual({ age: '30-39', gender: 'perempuan' })
    expect(row.ikm_mean).toBeCloseTo((4 + 3 + 4 + 1 + 2 + 3 + 4 + 1 + 2) / 9)
    // Segment rows are written with the aggregates, which every reader settles first.
    await t.deps.responses.settle()
    const segs = await t.deps.db
      .selectFrom('response_segments')
      .selectAll()
      .where('response_id', '=', row.id)
      .execute()
    expect(segs.map((s) => `${s.code}=${s.value}`).sort()).toEqual([
      'age=30-39',
      'gender=perempuan',
    ])
    const receipt = await t.request('GET', `/api/public/receipts/${body.receipt.toLowerCase()}`)
    expect(await receipt.json()).toEqual({
      receipt: body.receipt,
      submittedAt: body.submittedAt,
      program: { name: 'Si Mantab' },
    })
    t.clock.now = new Date('2024-06-15T08:00:00.000Z')
  })

  it('an unknown receipt is a 404 problem', async () => {
    expect((await t.request('GET', '/api/public/receipts/ZZZZZZZZ')).status).toBe(404)
  })
})

describe('invalid payloads are refused and store nothing', () => {
  const cases: [string, unknown, string[]][] = [
    ['an unknown question code', skmAnswers({ X9: 1 }), ['answers.X9']],
    ['a value of the wrong type', skmAnswers({ U2: 'empat' }), ['answers.U2']],
    ['a value out of range', skmAnswers({ U3: 5 }), ['answers.U3']],
    ['an option not in the list', skmAnswers({ gender: 'lainnya' }), ['answers.gender']],
    ['a required answer missing', skmAnswers({ U4: null }), ['answers.U4']],
    [
      'several faults at once',
      skmAnswers({ U1: 0, U2: true, U9: undefined }),
      ['answers.U1', 'answers.U2', 'answers.U9'],
    ],
    ['answers that are not an object', 'all good', ['answers']],
  ]
  for (const [what, answers, paths] of cases) {
    it(`${what}: 422 naming every field, in both languages`, async () => {
      const before = await stored()
      const problem = await readProblem(await submit(t, skm.slug, answers))
      expect(problem.status).toBe(422)
      expect(problem.errors!.map((e) => e.path)).toEqual(paths)
      for (const e of problem.errors! as { message: string; messages?: object }[]) {
        expect(e.message).toBeTruthy()
        if (answers !== 'all good') expect(e.messages).toMatchObject({ id: expect.any(String) })
      }
      expect(await stored()).toBe(before)
    })
  }

  it('a body that is not an object, or lacks a UUID key: 422 with the paths', async () => {
    const before = await stored()
    expect((await readProblem(await submit(t, skm.slug, null, { body: [1, 2] }))).status).toBe(422)
    const noKey = await readProblem(
      await submit(t, skm.slug, null, { body: { answers: skmAnswers(), idempotencyKey: '42' } }),
    )
    expect(noKey.errors!.map((e) => e.path)).toEqual(['idempotencyKey'])
    expect(await stored()).toBe(before)
  })

  it('malformed JSON is a 400 and an oversized body a 413', async () => {
    const path = `/api/public/forms/${skm.slug}/responses`
    const headers = { 'content-type': 'application/json' }
    const before = await stored()
    const malformed = await t.request('POST', path, { body: '{"answers": {', headers })
    expect((await readProblem(malformed)).status).toBe(400)
    const huge = JSON.stringify({
      answers: { U1: 'x'.repeat(300 * 1024) },
      idempotencyKey: randomUUID(),
    })
    const big = await t.request('POST', path, { body: huge, headers })
    expect((await readProblem(big)).status).toBe(413)
    expect(await stored()).toBe(before)
  })

  it('a filled honeypot is refused with 422 and stores nothing', async () => {
    const before = await stored()
    const res = await submit(t, skm.slug, skmAnswers(), { website: 'http://spam.example' })
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['website'])
    expect(await stored()).toBe(before)
  })

  it('an answer to a hidden question is dropped, not refused', async () => {
    const impact = await seedForm(t, { template: 'impact', owner })
    const res = await submit(t, impact.slug, { aware: 'no', benefit: 5, nps: 10 })
    expect(res.status).toBe(201)
    const { receipt } = (await res.json()) as { receipt: string }
    const row = await t.deps.db
      .selectFrom('responses')
      .select(['answers', 'nps'])
      .where('receipt', '=', receipt)
      .executeTakeFirstOrThrow()
    expect(JSON.parse(row.answers)).toEqual({ aware: 'no' })
    expect(row.nps).toBeNull()
  })
})

describe('idempotency keys', () => {
  it('a second submission with the same idempotency key returns the first receipt', async () => {
    const key = randomUUID()
    const first = await submit(t, skm.slug, skmAnswers(), { key })
    const before = await stored()
    const again = await submit(t, skm.slug, skmAnswers({ U1: 1 }), { key })
    expect([first.status, again.status]).toEqual([201, 200])
    expect((await again.json()).receipt).toBe((await first.json()).receipt)
    expect(await stored()).toBe(before)
  })

  it('the same key sent concurrently is stored once and every request gets its receipt', async () => {
    const key = randomUUID()
    const before = await stored()
    const all = await Promise.all(
      Array.from({ length: 6 }, () => submit(t, skm.slug, skmAnswers(), { key })),
    )
    const receipts = await Promise.all(all.map(async (r) => (await r.json()).receipt))
    expect(new Set(receipts).size).toBe(1)
    expect(all.filter((r) => r.status === 201)).toHaveLength(1)
    expect(await stored()).toBe(before + 1)
  })

  it('a retry of a stored key gets its receipt even if its answers, honeypot or key now fail', async () => {
    const key = randomUUID()
    const first = await submit(t, skm.slug, skmAnswers(), { key })
    const { receipt } = await first.json()
    const before = await stored()
    const invalid = await submit(t, skm.slug, skmAnswers({ U1: 9 }), { key })
    const honeypot = await submit(t, skm.slug, skmAnswers(), {
      key,
      website: 'http://spam.example',
    })
    for (const res of [invalid, honeypot]) {
      expect(res.status).toBe(200)
      expect((await res.json()).receipt).toBe(receipt)
      expect(res.headers.get('set-cookie')).toBeNull()
    }
    // A retry without the device cookie is answered without a new one: nothing new was stored.
    const again = await submit(t, skm.slug, skmAnswers(), { key })
    expect([again.status, again.headers.get('set-cookie')]).toEqual([200, null])
    expect(await stored()).toBe(before)
    // The same answers with a fresh key are checked as usual.
    expect((await submit(t, skm.slug, skmAnswers({ U1: 9 }))).status).toBe(422)
  })

  it('a key stored for another form is a conflict, also when the answers are refused', async () => {
    const other = await openLink(t, owner, skm.questionnaireId)
    const key = randomUUID()
    expect((await submit(t, skm.slug, skmAnswers(), { key })).status).toBe(201)
    for (const answers of [skmAnswers(), skmAnswers({ U1: 9 })]) {
      const res = await submit(t, other.slug, answers, { key })
      expect((await readProblem(res)).type).toBe('/problems/conflict')
    }
  })

  it('a stored key still answers its receipt after the link filled up', async () => {
    const link = await openLink(t, owner, skm.questionnaireId, { maxResponses: 1 })
    const key = randomUUID()
    const first = await (await submit(t, link.slug, skmAnswers(), { key })).json()
    const retry = await submit(t, link.slug, skmAnswers(), { key })
    expect(retry.status).toBe(200)
    expect((await retry.json()).receipt).toBe(first.receipt)
  })
})

describe('link states', () => {
  const problemOf = async (slug: string) => readProblem(await submit(t, slug, skmAnswers()))

  it('unknown, not yet open, closed, capped and switched-off links have their own problems', async () => {
    const q = skm.questionnaireId
    const notOpen = await openLink(t, owner, q, { opensAt: '2024-07-01T00:00:00+07:00' })
    const closed = await openLink(t, owner, q, { closesAt: '2024-06-01T00:00:00+07:00' })
    const capped = await openLink(t, owner, q, { maxResponses: 1 })
    expect((await submit(t, capped.slug, skmAnswers())).status).toBe(201)
    const off = await openLink(t, owner, q)
    await t.request('PATCH', `/api/links/${off.id}`, { cookie: owner, json: { active: false } })
    const before = await stored()
    expect(await problemOf('no-such-link')).toMatchObject({
      status: 404,
      type: '/problems/not-found',
    })
    expect(await problemOf(notOpen.slug)).toMatchObject({
      status: 403,
      type: '/problems/link-not-open',
    })
    expect(await problemOf(closed.slug)).toMatchObject({
      status: 410,
      type: '/problems/link-closed',
    })
    expect(await problemOf(capped.slug)).toMatchObject({
      status: 410,
      type: '/problems/link-capped',
    })
    expect(await problemOf(off.slug)).toMatchObject({
      status: 410,
      type: '/problems/link-inactive',
    })
    expect(await stored()).toBe(before)
  })

  it('a change made in the console applies to the very next submission', async () => {
    const link = await openLink(t, owner, skm.questionnaireId)
    expect((await submit(t, link.slug, skmAnswers())).status).toBe(201)
    const patch = (json: unknown) =>
      t.request('PATCH', `/api/links/${link.id}`, { cookie: owner, json })
    expect((await patch({ active: false })).status).toBe(200)
    expect(await problemOf(link.slug)).toMatchObject({
      type: '/problems/link-inactive',
      state: 'inactive',
    })
    expect((await patch({ active: true, closesAt: '2024-06-01T00:00:00+07:00' })).status).toBe(200)
    expect(await problemOf(link.slug)).toMatchObject({
      type: '/problems/link-closed',
      state: 'closed',
      closesAt: expect.stringMatching(/^2024-05-31T17:00:00/),
    })
    expect((await patch({ closesAt: null, maxResponses: 1 })).status).toBe(200)
    expect(await problemOf(link.slug)).toMatchObject({ type: '/problems/link-capped' })
  })

  it('a cap of 5 holds exactly under 20 concurrent submissions', async () => {
    const link = await openLink(t, owner, skm.questionnaireId, { maxResponses: 5 })
    const all = await Promise.all(
      Array.from({ length: 20 }, () => submit(t, link.slug, skmAnswers())),
    )
    expect(all.filter((r) => r.status === 201)).toHaveLength(5)
    const refused = all.filter((r) => r.status !== 201)
    // Refused by the writer's check inside its transaction: the same problem as the early check.
    for (const r of refused) {
      expect(await readProblem(r)).toMatchObject({ type: '/problems/link-capped', state: 'capped' })
    }
    const rows = await t.deps.db
      .selectFrom('responses')
      .select('id')
      .where('link_id', '=', link.id)
      .execute()
    expect(rows).toHaveLength(5)
    const { response_count } = await t.deps.db
      .selectFrom('links')
      .select('response_count')
      .where('id', '=', link.id)
      .executeTakeFirstOrThrow()
    expect(response_count).toBe(5)
  })
})

describe('one response per device', () => {
  it('sets a signed HttpOnly cookie for a year and refuses a second response from it', async () => {
    const link = await openLink(t, owner, skm.questionnaireId)
    const first = await submit(t, link.slug, skmAnswers())
    const setCookie = first.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^qw_device=[\w-]+\.[\w-]+;/)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).toMatch(/Max-Age=31536000/)
    const cookie = deviceCookie(first)!
    const second = await submit(t, link.slug, skmAnswers(), { cookie })
    expect(await readProblem(second)).toMatchObject({
      status: 409,
      type: '/problems/already-responded',
    })
    const form = await (await t.request('GET', `/api/public/forms/${link.slug}`, { cookie })).json()
    expect(form.alreadyResponded).toBe(true)
    // a forged signature is a new device, not the same one
    const forged = cookie.replace(/\.[\w-]+$/, '.AAAA')
    expect((await submit(t, link.slug, skmAnswers(), { cookie: forged })).status).toBe(201)
  })

  it('a link that allows several responses takes them from the same device', async () => {
    const link = await openLink(t, owner, skm.questionnaireId, { allowMultiple: true })
    const cookie = deviceCookie(await submit(t, link.slug, skmAnswers()))
    expect((await submit(t, link.slug, skmAnswers(), { cookie })).status).toBe(201)
  })
})

describe('versions', () => {
  it('a response points at the version it answered; a new version validates new answers', async () => {
    const form = await seedForm(t, { template: 'skm', owner })
    const v1 = await (await submit(t, form.slug, skmAnswers())).json()
    form.definition.sections[1]!.questions.push({
      code: 'saran',
      type: 'yesno',
      text: { id: 'Apakah Anda akan merekomendasikan layanan ini?' },
      required: true,
    })
    const put = await t.request('PUT', `/api/questionnaires/${form.questionnaireId}`, {
      cookie: owner,
      json: { draft: form.definition },
    })
    expect(put.status).toBe(200)
    expect(await publish(t, owner, form.questionnaireId)).toBe(2)
    const missing = await readProblem(await submit(t, form.slug, skmAnswers()))
    expect(missing.errors!.map((e) => e.path)).toEqual(['answers.saran'])
    const v2 = await (await submit(t, form.slug, skmAnswers({ saran: 'yes' }))).json()
    const rows = await t.deps.db
      .selectFrom('responses')
      .innerJoin('questionnaire_versions as v', 'v.id', 'responses.version_id')
      .select(['responses.receipt', 'v.version'])
      .where('responses.receipt', 'in', [v1.receipt, v2.receipt])
      .execute()
    const versionOf = Object.fromEntries(rows.map((r) => [r.receipt, r.version]))
    expect(versionOf).toEqual({ [v1.receipt]: 1, [v2.receipt]: 2 })
  })
})

describe('rate limit', () => {
  it('answers 429 with Retry-After past the per-address limit, and lets through a minute later', async () => {
    const limited = await createTestApp({ rateLimitPerMinute: 3 })
    try {
      const form = await seedForm(limited, { template: 'skm' })
      for (let i = 0; i < 3; i++)
        expect((await submit(limited, form.slug, skmAnswers())).status).toBe(201)
      const refused = await submit(limited, form.slug, skmAnswers())
      expect((await readProblem(refused)).type).toBe('/problems/rate-limited')
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      limited.clock.now = new Date(limited.clock.now.getTime() + 61_000)
      expect((await submit(limited, form.slug, skmAnswers())).status).toBe(201)
    } finally {
      await limited.close()
    }
  })
})

describe('the batch writer', () => {
  const writeResponses = (items: ScoredResponse[]) => t.deps.responses.storeWithAggregates(items)

  async function scored(link: { id: number }, over: Partial<ScoredResponse> = {}) {
    const version = await t.deps.db
      .selectFrom('questionnaire_versions')
      .select('id')
      .where('questionnaire_id', '=', skm.questionnaireId)
      .executeTakeFirstOrThrow()
    const checked = validateAnswers(skm.definition, skmAnswers())
    const answers = (checked.ok ? checked.answers : {}) as Answers
    return {
      questionnaireId: skm.questionnaireId,
      versionId: version.id,
      programId: skm.programId,
      linkId: link.id,
      plan: countingPlan(version.id, skm.definition),
      submittedAt: t.clock.now.toISOString(),
      day: localDay(t.clock.now.toISOString(), 'Asia/Makassar'),
      idempotencyKey: randomUUID(),
      deviceToken: null,
      answers,
      score: scoreRespondent(skm.definition, answers),
      ...over,
    } satisfies ScoredResponse
  }

  it('in one batch, a copy of the response that filled the link gets its receipt, not a refusal', async () => {
    const link = await openLink(t, owner, skm.questionnaireId, { maxResponses: 1 })
    const first = await scored(link)
    const [a, b, c] = await writeResponses([first, { ...first }, await scored(link)])
    expect(a).toMatchObject({ status: 'created' })
    expect(b).toEqual({
      status: 'duplicate',
      receipt: (a as { receipt: string }).receipt,
      submittedAt: first.submittedAt,
    })
    expect(c).toEqual({ status: 'refused', refusal: 'capped' })
  })

  it('in one batch, a second response from the same device token is refused', async () => {
    const link = await openLink(t, owner, skm.questionnaireId)
    const items = [
      await scored(link, { deviceToken: 'tablet-1' }),
      await scored(link, { deviceToken: 'tablet-1' }),
    ]
    expect((await writeResponses(items)).map((o) => o.status)).toEqual(['created', 'refused'])
  })

  it('a response stored at a time outside the link window is refused as for citizens', async () => {
    const link = await openLink(t, owner, skm.questionnaireId, { closesAt: '2024-06-20T00:00:00Z' })
    const late = await scored(link, { submittedAt: '2024-06-21T00:00:00.000Z' })
    expect(await writeResponses([late])).toEqual([{ status: 'refused', refusal: 'closed' }])
  })
})
