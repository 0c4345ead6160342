// Property: after any randomised batch of responses (SKM and impact forms, random links and days,
// written by the ingestion batch writer), the analytics and cross-tabs, unfiltered or filtered
// by any mix of day range, link, questionnaire and segment, equal a recount of the raw rows.
import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Definition, Question } from '../../server/domain/questionnaire'
import { allQuestions, validateAnswers } from '../../server/domain/questionnaire'
import { scoreRespondent } from '../../server/domain/scoring'
import { localDay } from '../../server/domain/calendar'
import { countingPlan } from '../../server/features/aggregates/counting-plan'
import { addChannelsQuestion, openLink, publish } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

interface Form {
  questionnaireId: number
  versionId: number
  definition: Definition
  linkIds: number[]
}

let t: TestApp
let owner: string
let programId: number
const forms: Form[] = []
const START = Date.UTC(2024, 4, 1)
const DAY_MS = 86_400_000
const dayOf = (offset: number) => new Date(START + offset * DAY_MS).toISOString().slice(0, 10)

async function ok(res: Response, status = 200): Promise<any> {
  if (res.status !== status) throw new Error(`${res.status} ${await res.text()}`)
  return res.json()
}

async function createForm(template: string, edit?: (draft: Definition) => void): Promise<Form> {
  const q = await ok(
    await t.request('POST', `/api/programs/${programId}/questionnaires`, {
      cookie: owner,
      json: { template },
    }),
    201,
  )
  if (edit) {
    edit(q.draft)
    await ok(
      await t.request('PUT', `/api/questionnaires/${q.id}`, {
        cookie: owner,
        json: { draft: q.draft },
      }),
    )
  }
  await publish(t, owner, q.id)
  const linkIds = [
    (await openLink(t, owner, q.id, { channel: 'WhatsApp' })).id,
    (await openLink(t, owner, q.id, { channel: 'Loket' })).id,
  ]
  const version = await t.deps.db
    .selectFrom('questionnaire_versions')
    .select(['id', 'definition'])
    .where('questionnaire_id', '=', q.id)
    .executeTakeFirstOrThrow()
  return {
    questionnaireId: q.id,
    versionId: version.id,
    definition: JSON.parse(version.definition),
    linkIds,
  }
}

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  const admin = await t.loginAdmin()
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  const agency = await t.deps.db
    .selectFrom('agencies')
    .select(['id', 'region_id'])
    .where('code', '=', 'DPMPTSP')
    .executeTakeFirstOrThrow()
  const program = await ok(
    await t.request('POST', '/api/programs', {
      cookie: admin,
      json: {
        ...{ regionId: agency.region_id, agencyId: agency.id, year: 2024, name: 'Uji properti' },
        ...{ dimension: 'governance', element: 'governance.1', description: { id: 'Uji.' } },
      },
    }),
    201,
  )
  programId = program.id
  forms.push(await createForm('skm'))
  forms.push(await createForm('impact', (draft) => addChannelsQuestion(draft)))
}, 120_000)
afterAll(() => t.close())

function answerArbitrary(q: Question): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'likert':
      return fc.integer({ min: q.scale.min, max: q.scale.max })
    case 'nps':
      return fc.integer({ min: 0, max: 10 })
    case 'yesno':
      return fc.constantFrom('yes', 'no')
    case 'single':
    case 'segment':
      return fc.constantFrom(...q.options.map((o) => o.value))
    case 'multi':
      return fc.subarray(
        q.options.map((o) => o.value),
        { minLength: 1 },
      )
    case 'text':
      return fc.constantFrom('Bagus', 'kurang CEPAT')
    default:
      return fc.constant(null)
  }
}

function answersArbitrary(def: Definition) {
  const entries = allQuestions(def).map((q) => {
    const value = answerArbitrary(q)
    return [q.code, q.required ? value : fc.option(value, { nil: null })] as const
  })
  return fc.record(Object.fromEntries(entries))
}

const itemArbitrary = fc.oneof(
  ...[0, 1].map((form) =>
    fc.record({
      form: fc.constant(form),
      link: fc.integer({ min: 0, max: 1 }),
      day: fc.integer({ min: 0, max: 20 }),
      minute: fc.integer({ min: 0, max: 1439 }),
      answers: fc.constant(null).chain(() => answersArbitrary(forms[form]!.definition)),
    }),
  ),
)

const segmentArbitrary = fc.oneof(
  fc.record({ code: fc.constant('gender'), value: fc.constantFrom('laki-laki', 'perempuan') }),
  fc.record({ code: fc.constant('age'), value: fc.constantFrom('20-29', '30-39', '40-49') }),
)

const filterArbitrary = fc.record(
  {
    days: fc.tuple(fc.integer({ min: 0, max: 21 }), fc.integer({ min: 0, max: 21 })),
    questionnaire: fc.integer({ min: 0, max: 1 }),
    link: fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 })),
    // One segment value is read from the segment aggregates, two from the raw rows.
    segments: fc.uniqueArray(segmentArbitrary, {
      minLength: 1,
      maxLength: 2,
      selector: (s) => s.code,
    }),
  },
  { requiredKeys: [] },
)

type Filter = typeof filterArbitrary extends fc.Arbitrary<infer F> ? F : never

async function write(
  items: { form: number; link: number; day: number; minute: number; answers: any }[],
) {
  const batch = items.map((item) => {
    const form = forms[item.form]!
    const checked = validateAnswers(form.definition, item.answers)
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
    return {
      questionnaireId: form.questionnaireId,
      versionId: form.versionId,
      programId,
      linkId: form.linkIds[item.link]!,
      plan: countingPlan(form.versionId, form.definition),
      submittedAt: new Date(START + item.day * DAY_MS + item.minute * 60_000).toISOString(),
      get day() {
        return localDay(this.submittedAt, 'Asia/Makassar')
      },
      idempotencyKey: randomUUID(),
      deviceToken: null,
      answers: checked.answers,
      score: scoreRespondent(form.definition, checked.answers),
    }
  })
  expect(
    (await t.deps.responses.storeWithAggregates(batch)).every((o) => o.status === 'created'),
  ).toBe(true)
}

/** The query string of a filter, and the predicate the recount applies to raw rows. */
function describeFilter(f: Filter) {
  const params = new URLSearchParams()
  const ids = {
    questionnaire: undefined as number | undefined,
    link: undefined as number | undefined,
  }
  let from: string | undefined
  let to: string | undefined
  if (f.days) {
    ;[from, to] = [dayOf(Math.min(...f.days)), dayOf(Math.max(...f.days))]
    params.set('from', from)
    params.set('to', to)
  }
  if (f.questionnaire !== undefined) {
    ids.questionnaire = forms[f.questionnaire]!.questionnaireId
    params.set('questionnaire', String(ids.questionnaire))
  }
  if (f.link) {
    const form = f.questionnaire ?? f.link[0]
    ids.link = forms[form]!.linkIds[f.link[1]]!
    params.set('link', String(ids.link))
  }
  for (const s of f.segments ?? []) params.set(`segment.${s.code}`, s.value)
  const matches = (r: Row) =>
    (!from || r.day >= from) &&
    (!to || r.day <= to) &&
    (ids.questionnaire === undefined || r.questionnaire_id === ids.questionnaire) &&
    (ids.link === undefined || r.link_id === ids.link) &&
    (f.segments ?? []).every((s) => JSON.parse(r.segments)[s.code] === s.value)
  return { query: params.toString(), matches }
}

type Row = {
  questionnaire_id: number
  link_id: number
  day: string
  answers: string
  segments: string
  impact: number | null
}

const rawRows = () =>
  t.deps.db
    .selectFrom('responses')
    .select(['questionnaire_id', 'link_id', 'day', 'answers', 'segments', 'impact'])
    .where('program_id', '=', programId)
    .execute()

/** code -> value -> n, counting answers as the aggregates do (no text, multi per option). */
function recount(rows: Row[]) {
  const counts = new Map<string, Map<string, number>>()
  for (const r of rows) {
    for (const [code, value] of Object.entries(JSON.parse(r.answers))) {
      if (value === null || code === 'comments') continue
      const byValue = counts.get(code) ?? new Map<string, number>()
      counts.set(code, byValue)
      for (const v of Array.isArray(value) ? value : [value])
        byValue.set(String(v), (byValue.get(String(v)) ?? 0) + 1)
    }
  }
  return counts
}

function meanOf(byValue: Map<string, number> | undefined) {
  let n = 0
  let sum = 0
  for (const [v, c] of byValue ?? []) [n, sum] = [n + c, sum + Number(v) * c]
  return n ? sum / n : null
}

it('analytics and cross-tabs equal a recount of the filtered raw rows', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(itemArbitrary, { minLength: 1, maxLength: 12 }),
      filterArbitrary,
      fc.constantFrom('U1', 'benefit', 'nps', 'aware', 'channels', 'impact', 'kecamatan'),
      fc.constantFrom('gender', 'age'),
      async (items, filter, question, segment) => {
        await write(items)
        const { query, matches } = describeFilter(filter)
        const rows = (await rawRows()).filter(matches)
        const res = await t.request('GET', `/api/programs/${programId}/analytics?${query}`, {
          cookie: owner,
        })
        const body = await ok(res)
        expect(body.total).toBe(rows.length)

        const byDay = new Map<string, number>()
        for (const r of rows) byDay.set(r.day, (byDay.get(r.day) ?? 0) + 1)
        for (const d of body.trend) expect(d.count, d.day).toBe(byDay.get(d.day) ?? 0)
        expect(body.trend.reduce((s: number, d: any) => s + d.count, 0)).toBe(rows.length)
        for (const l of body.links)
          expect(l.count).toBe(rows.filter((r) => r.link_id === l.id).length)

        const counts = recount(rows)
        for (const q of body.questions) {
          const expected = counts.get(q.code) ?? new Map()
          const got = new Map(q.distribution.map((p: any) => [p.value, p.count]))
          for (const [value, n] of expected) expect(got.get(value), `${q.code}=${value}`).toBe(n)
          const total = q.distribution.reduce((s: number, p: any) => s + p.count, 0)
          expect(total, q.code).toBe([...expected.values()].reduce((a, b) => a + b, 0))
          if (q.mean !== undefined && q.mean !== null)
            expect(q.mean).toBeCloseTo(meanOf(expected)!, 9)
        }
        for (const s of body.segments) {
          for (const v of s.values) expect(v.count).toBe(counts.get(s.code)?.get(v.value) ?? 0)
        }

        const form = filter.questionnaire === undefined ? undefined : forms[filter.questionnaire]!
        const asked =
          !form ||
          question === 'impact' ||
          allQuestions(form.definition).some((q) => q.code === question)
        const crossRes = await t.request(
          'GET',
          `/api/programs/${programId}/analytics/crosstab?question=${question}&segment=${segment}&${query}`,
          { cookie: owner },
        )
        if (!asked) {
          expect(crossRes.status).toBe(422)
          return
        }
        for (const row of (await ok(crossRes)).rows) {
          const inSegment = rows.filter((r) => JSON.parse(r.segments)[segment] === row.segmentValue)
          if (question === 'impact') {
            const scores = inSegment.map((r) => r.impact).filter((x): x is number => x !== null)
            expect(row.n).toBe(scores.length)
            const mean = scores.length
              ? (5 * scores.reduce((a, b) => a + b, 0)) / scores.length
              : null
            if (mean !== null) expect(row.mean).toBeCloseTo(mean, 9)
            continue
          }
          const expected = recount(inSegment).get(question) ?? new Map()
          const got = new Map(row.distribution.map((p: any) => [p.value, p.count]))
          for (const [value, n] of expected)
            expect(got.get(value), `${row.segmentValue} ${value}`).toBe(n)
          const selections = [...expected.values()].reduce((a, b) => a + b, 0)
          // Multi answers count selections; their base is the segment's responses.
          expect(row.n).toBe(question === 'channels' ? inSegment.length : selections)
          if (row.mean !== null) expect(row.mean).toBeCloseTo(meanOf(expected)!, 9)
        }
      },
    ),
    { numRuns: 60 },
  )
}, 120_000)
