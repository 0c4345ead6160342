// Cross-tabs of any two closed questions with their chi-square test, and number questions
// summarised on their defined range, against counts made here from the answers sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chiSquareTest } from '../../server/domain/statistics/chi-square'
import {
  addChannelsQuestion,
  seedForm,
  skmAnswers,
  submit,
  type SeededForm,
} from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
const sent: Record<string, unknown>[] = []

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  form = await seedForm(t, {
    template: 'skm',
    link: { allowMultiple: true },
    edit: (draft) => {
      addChannelsQuestion(draft)
      draft.sections.at(-1)!.questions.push({
        code: 'days',
        type: 'number',
        text: { id: 'Berapa hari sampai izin terbit?' },
        required: false,
        min: 0,
        max: 30,
        integer: true,
      })
    },
  })
  for (let i = 0; i < 40; i++) {
    const answers = skmAnswers({
      U1: (i % 4) + 1,
      U2: ((i * 7) % 4) + 1,
      gender: i % 3 ? 'perempuan' : 'laki-laki',
      age: ['20-29', '30-39'][i % 2],
      channels: i % 2 ? ['wa'] : ['wa', 'radio'],
      days: (i * 3) % 31,
    })
    expect((await submit(t, form.slug, answers)).status).toBe(201)
    sent.push(answers)
  }
}, 60_000)
afterAll(() => t.close())

const crosstab = async (query: string) => {
  const res = await t.request(
    'GET',
    `/api/programs/${form.programId}/analytics/crosstab?questionnaire=${form.questionnaireId}&${query}`,
    { cookie: form.owner },
  )
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as any
}

/** counts[row][column] of two answers over the responses sent (filtered). */
function table(row: string, column: string, keep = (_: Record<string, unknown>) => true) {
  const counts = new Map<string, Map<string, number>>()
  for (const a of sent.filter(keep)) {
    const r = String(a[row])
    const c = String(a[column])
    const byColumn = counts.get(r) ?? new Map<string, number>()
    byColumn.set(c, (byColumn.get(c) ?? 0) + 1)
    counts.set(r, byColumn)
  }
  return counts
}

describe('a cross-tab of two questions', () => {
  it('counts U1 by U2 from the responses, with row percentages and a chi-square test', async () => {
    const body = await crosstab('question=U1&by=U2')
    expect(body).toMatchObject({ question: 'U1', by: 'U2', source: 'responses' })
    expect(body.columns.map((c: any) => c.value)).toEqual(['1', '2', '3', '4'])
    const expected = table('U2', 'U1')
    for (const row of body.rows) {
      const counts = expected.get(row.segmentValue) ?? new Map()
      expect(row.n).toBe([...counts.values()].reduce((a, b) => a + b, 0))
      for (const d of row.distribution) {
        expect(d.count).toBe(counts.get(d.value) ?? 0)
        expect(d.percent).toBeCloseTo(row.n ? (100 * d.count) / row.n : 0, 9)
      }
    }
    const matrix = body.rows.map((r: any) => r.distribution.map((d: any) => d.count))
    const test = chiSquareTest(matrix)!
    expect(body.test).toMatchObject({
      kind: 'chi_square',
      df: test.df,
      unreliable: test.unreliable,
    })
    expect(body.test.statistic).toBeCloseTo(test.statistic, 9)
    expect(body.test.p).toBeCloseTo(test.p, 9)
  })

  it('reads a segment from the aggregates, and the raw rows when a segment filter is on', async () => {
    const aggregated = await crosstab('question=U1&by=segment.gender')
    expect(aggregated.source).toBe('aggregates')
    const legacy = await crosstab('question=U1&segment=gender')
    expect(legacy.rows).toEqual(aggregated.rows)
    const filtered = await crosstab('question=U1&by=gender&segment.age=30-39')
    expect(filtered.source).toBe('responses')
    const expected = table('gender', 'U1', (a) => a.age === '30-39')
    for (const row of filtered.rows)
      for (const d of row.distribution)
        expect(d.count).toBe(expected.get(row.segmentValue)?.get(d.value) ?? 0)
  })

  it('has no chi-square test when an answer may hold several options', async () => {
    const body = await crosstab('question=channels&by=gender')
    expect(body.test).toEqual({ kind: 'none', reason: 'multi' })
    const wa = body.rows.map((r: any) => r.distribution.find((d: any) => d.value === 'wa').count)
    expect(wa.reduce((a: number, b: number) => a + b, 0)).toBe(40)
  })

  it('refuses what is not a closed question of the selection', async () => {
    for (const query of ['question=U1&by=U1', 'question=U1&by=nope', 'question=U1&by=segment.U2']) {
      const res = await t.request(
        'GET',
        `/api/programs/${form.programId}/analytics/crosstab?questionnaire=${form.questionnaireId}&${query}`,
        { cookie: form.owner },
      )
      expect(res.status, query).toBe(422)
      expect((await readProblem(res)).errors?.[0]?.path).toMatch(/^query\.(by|question)$/)
    }
  })
})

describe('a number question', () => {
  it('is summarised on its defined range: mean, median and ten bins across 0-30', async () => {
    const res = await t.request(
      'GET',
      `/api/programs/${form.programId}/analytics?questionnaire=${form.questionnaireId}`,
      { cookie: form.owner },
    )
    const days = ((await res.json()) as any).questions.find((q: any) => q.code === 'days')
    const values = sent.map((a) => a.days as number).sort((a, b) => a - b)
    expect(days.numbers.range).toEqual({ min: 0, max: 30 })
    expect(days.numbers.median).toBe((values[19]! + values[20]!) / 2)
    expect(days.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9)
    expect(days.numbers.bins).toHaveLength(10)
    expect(days.numbers.bins[0]).toMatchObject({ from: 0, to: 3 })
    expect(days.numbers.bins.at(-1)).toMatchObject({ from: 27, to: 30 })
    expect(days.numbers.bins.reduce((n: number, b: any) => n + b.count, 0)).toBe(40)
    expect(days.numbers.bins[0].count).toBe(values.filter((v) => v < 3).length)
  })
})
