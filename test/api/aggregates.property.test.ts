// Property: whatever mix of valid submissions arrives (SKM and impact forms, several links and
// days, some at the same time, some retried), the maintained aggregate tables equal a recount
// made here from the raw `responses` rows, following the contract in server/features/aggregates/write/rows.ts.
import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Definition, Question } from '../../server/domain/questionnaire'
import { addChannelsQuestion, openLink, seedForm, submit } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let owner: string
/** The two forms' definitions: SKM, and impact with a multiple-choice question added. */
const definitions: Definition[] = []
const addChannels = (draft: Definition) =>
  addChannelsQuestion(draft, ['wa', 'radio', 'loket', 'web'])

/** Fresh questionnaires with two links each, so that every run (and its shrinking) starts empty. */
async function freshForms() {
  const skm = await seedForm(t, { template: 'skm', owner })
  const impact = await seedForm(t, { template: 'impact', owner, edit: addChannels })
  const links: string[] = []
  for (const form of [skm, impact]) {
    const second = await openLink(t, owner, form.questionnaireId, { channel: 'Loket' })
    links.push(form.slug, second.slug)
  }
  return { ids: [skm.questionnaireId, impact.questionnaireId], links }
}

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  const skm = await seedForm(t, { template: 'skm', owner })
  const impact = await seedForm(t, { template: 'impact', owner, edit: addChannels })
  definitions.push(skm.definition, impact.definition)
}, 120_000)
afterAll(() => t.close())

/** A valid value for every required question (hidden ones are dropped), optional ones maybe. */
function answerArbitrary(q: Question): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'likert':
      return fc.integer({ min: q.scale.min, max: q.scale.max })
    case 'rating':
      return fc.integer({ min: 1, max: q.scale?.max ?? 5 })
    case 'nps':
      return fc.integer({ min: 0, max: 10 })
    case 'number':
      return fc.integer({ min: q.min ?? 0, max: q.max ?? 1000 })
    case 'yesno':
      return fc.constantFrom('yes', 'no')
    case 'single':
    case 'segment':
      return fc.constantFrom(...q.options.map((o) => o.value))
    case 'multi':
      return fc.subarray(
        q.options.map((o) => o.value),
        { minLength: 1, maxLength: q.maxSelect ?? q.options.length },
      )
    case 'text':
      return fc.string({ maxLength: 40 })
  }
}

const answersFor = (def: Definition) =>
  fc.record(
    Object.fromEntries(
      def.sections
        .flatMap((s) => s.questions)
        .map((q) => [q.code, q.required ? answerArbitrary(q) : fc.option(answerArbitrary(q))]),
    ),
  )

const submission = fc.integer({ min: 0, max: 3 }).chain((link) =>
  fc.record({
    link: fc.constant(link),
    answers: answersFor(definitions[link >> 1]!),
    retry: fc.boolean(),
  }),
)

/** Groups sent at one moment (concurrently), at random hours over four days. */
const batch = fc.array(
  fc.record({
    at: fc.integer({ min: 0, max: 4 * 24 - 1 }),
    items: fc.array(submission, { minLength: 1, maxLength: 6 }),
  }),
  { minLength: 1, maxLength: 5 },
)

it('after any mix of valid submissions the aggregates equal a recount of the raw responses', async () => {
  await fc.assert(
    fc.asyncProperty(batch, async (groups) => {
      const { ids, links } = await freshForms()
      for (const group of groups) {
        t.clock.now = new Date(Date.UTC(2024, 5, 10) + group.at * 3_600_000)
        const sent = group.items.map(async ({ link, answers, retry }) => {
          const key = randomUUID()
          const res = await submit(t, links[link]!, answers, { key })
          expect(res.status, await res.clone().text()).toBe(201)
          if (retry) expect((await submit(t, links[link]!, answers, { key })).status).toBe(200)
        })
        await Promise.all(sent)
      }
      await expectAggregatesMatchRecount(ids)
    }),
    { numRuns: 40 },
  )
}, 240_000)

type Row = Record<string, string | number>
const DAILY = ['questionnaire_id', 'version_id', 'link_id', 'day']
const SEGMENT = ['questionnaire_id', 'segment_code', 'segment_value', 'link_id', 'day']
const KEYS = {
  agg_daily: DAILY,
  agg_answers: [...DAILY, 'code', 'value'],
  agg_criteria: [...DAILY, 'criterion'],
  agg_answers_total: ['questionnaire_id', 'version_id', 'link_id', 'code', 'value'],
  agg_criteria_total: ['questionnaire_id', 'version_id', 'link_id', 'criterion'],
  agg_segment_daily: SEGMENT,
  agg_segment_answers: [...SEGMENT, 'version_id', 'code', 'value'],
  agg_segment_criteria: [...SEGMENT, 'criterion'],
}
type Table = keyof typeof KEYS
const keyOf = (table: Table, row: Row) => KEYS[table].map((c) => row[c]).join('|')

function add(table: Table, key: Row, sums: Record<string, number | null>) {
  const map = expected[table]
  const id = keyOf(table, key)
  const row = map.get(id) ?? { ...key }
  for (const [k, x] of Object.entries(sums)) row[k] = ((row[k] as number) ?? 0) + (x ?? 0)
  map.set(id, row)
}

const moments = (prefix: string, x: number | null) =>
  x === null ? {} : { [`${prefix}_n`]: 1, [`${prefix}_sum`]: x, [`${prefix}_sumsq`]: x * x }

const expected = {} as Record<Table, Map<string, Row>>

/** Fills `expected` from the raw responses, checking their day and segments on the way. */
async function recount(ids: number[]) {
  const versions = await t.deps.db.selectFrom('questionnaire_versions').selectAll().execute()
  const questions = new Map(
    versions.map((v) => {
      const def = JSON.parse(v.definition) as Definition
      return [v.id, new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.code, q]))]
    }),
  )
  for (const table of Object.keys(KEYS) as Table[]) expected[table] = new Map()
  const responses = await t.deps.db
    .selectFrom('responses')
    .selectAll()
    .where('questionnaire_id', 'in', ids)
    .execute()
  for (const r of responses) {
    // Kota Banjarmasin counts its days in WITA (UTC+8).
    const day = new Date(Date.parse(r.submitted_at) + 8 * 3_600_000).toISOString().slice(0, 10)
    expect(r.day).toBe(day)
    const base = {
      questionnaire_id: r.questionnaire_id,
      version_id: r.version_id,
      link_id: r.link_id,
      day,
    }
    const nps =
      r.nps === null ? null : r.nps >= 9 ? 'promoters' : r.nps >= 7 ? 'passives' : 'detractors'
    const scores = {
      responses: 1,
      ...moments('impact', r.impact),
      ...moments('ikm', r.ikm_mean),
      ...moments('sus', r.sus),
      ...(nps ? { [`nps_${nps}`]: 1 } : {}),
    }
    add('agg_daily', base, scores)
    const criteria = Object.entries(JSON.parse(r.criteria) as Record<string, number>)
    const total = {
      questionnaire_id: r.questionnaire_id,
      version_id: r.version_id,
      link_id: r.link_id,
    }
    for (const [criterion, mean] of criteria) {
      add('agg_criteria', { ...base, criterion }, { n: 1, sum: mean, sumsq: mean * mean })
      add('agg_criteria_total', { ...total, criterion }, { n: 1, sum: mean, sumsq: mean * mean })
    }
    const qs = questions.get(r.version_id)!
    const counted: [string, string][] = []
    const segments: [string, string][] = []
    for (const [code, value] of Object.entries(JSON.parse(r.answers) as Record<string, unknown>)) {
      const q = qs.get(code)!
      if (q.type === 'segment' && !q.personal) segments.push([code, value as string])
      if (q.type === 'text' || q.personal) continue
      for (const v of Array.isArray(value) ? value : [value]) counted.push([code, String(v)])
    }
    expect(JSON.parse(r.segments)).toEqual(Object.fromEntries(segments))
    for (const [code, value] of counted) {
      add('agg_answers', { ...base, code, value }, { n: 1 })
      add('agg_answers_total', { ...total, code, value }, { n: 1 })
    }
    for (const [segment_code, segment_value] of segments) {
      const seg = {
        questionnaire_id: r.questionnaire_id,
        segment_code,
        segment_value,
        link_id: r.link_id,
        day,
      }
      add('agg_segment_daily', seg, scores)
      for (const [criterion, mean] of criteria)
        add('agg_segment_criteria', { ...seg, criterion }, { n: 1, sum: mean, sumsq: mean * mean })
      for (const [code, value] of counted)
        add('agg_segment_answers', { ...seg, version_id: r.version_id, code, value }, { n: 1 })
    }
  }
}

async function expectAggregatesMatchRecount(ids: number[]) {
  // Ingestion defers its aggregates; every API read settles them first, as this direct read must.
  await t.deps.responses.settle()
  await recount(ids)
  const mismatches: string[] = []
  for (const table of Object.keys(KEYS) as Table[]) {
    const rows = expected[table]
    const actual = (await t.deps.db
      .selectFrom(table)
      .selectAll()
      .where('questionnaire_id', 'in', ids)
      .execute()) as Row[]
    if (actual.length !== rows.size)
      mismatches.push(`${table}: ${actual.length} rows, ${rows.size} expected`)
    for (const row of actual) {
      const want = rows.get(keyOf(table, row))
      const same =
        want &&
        Object.entries(row).every(([column, value]) =>
          typeof value === 'string'
            ? value === want[column]
            : Math.abs(value - ((want[column] as number) ?? 0)) < 1e-6,
        )
      if (!same)
        mismatches.push(`${table}: ${JSON.stringify(row)} expected ${JSON.stringify(want)}`)
    }
  }
  expect(mismatches).toEqual([])
}
