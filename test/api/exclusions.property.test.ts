// After any sequence of submissions, exclusions and restorations (one response or every response
// a filter matches), the maintained aggregates and segment rows equal a rebuild from the stored
// responses that count, and every figure counts exactly the responses not excluded.
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { derivedSnapshot, rebuiltSnapshot } from '../support/aggregate-snapshot'
import { openLink, seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
let links: number[]
let slugs: string[]

beforeAll(async () => {
  // No timed flush: only the operations (and reads) settle, so exclusions meet pending sums.
  t = await createTestApp({ rateLimitPerMinute: 0, aggregateFlushMs: 3_600_000 })
  form = await seedForm(t, { template: 'skm', link: { allowMultiple: true } })
  const other = await openLink(t, form.owner, form.questionnaireId, { allowMultiple: true })
  links = [form.linkId, other.id]
  slugs = [form.slug, other.slug]
}, 60_000)
afterAll(() => t.close())

type Op =
  | { kind: 'submit'; link: number; day: number; gender: number; u: number }
  | { kind: 'exclude' | 'restore'; pick: number }
  | { kind: 'excludeAll' | 'restoreAll'; filter: 'link' | 'gender' | 'day'; value: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('submit' as const),
    link: fc.nat(1),
    day: fc.nat(3),
    gender: fc.nat(1),
    u: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constantFrom('exclude' as const, 'restore' as const), pick: fc.nat(50) }),
  fc.record({
    kind: fc.constantFrom('excludeAll' as const, 'restoreAll' as const),
    filter: fc.constantFrom('link' as const, 'gender' as const, 'day' as const),
    value: fc.nat(3),
  }),
)

const GENDERS = ['laki-laki', 'perempuan']

async function ids(excluded: '0' | '1') {
  const res = await t.request(
    'GET',
    `/api/questionnaires/${form.questionnaireId}/responses?limit=200&excluded=${excluded}`,
    { cookie: form.owner },
  )
  expect(res.status, await res.clone().text()).toBe(200)
  return ((await res.json()) as { items: { id: number }[] }).items.map((r) => r.id)
}

async function run(o: Op) {
  if (o.kind === 'submit') {
    t.clock.now = new Date(Date.UTC(2024, 6, 1 + o.day, 4))
    const answers = skmAnswers({ gender: GENDERS[o.gender], U4: o.u })
    expect((await submit(t, slugs[o.link]!, answers)).status).toBe(201)
    t.clock.now = new Date('2024-06-15T09:00:00Z') // back within the staff session
    return
  }
  const base = `/api/questionnaires/${form.questionnaireId}`
  if (o.kind === 'exclude' || o.kind === 'restore') {
    const pool = await ids(o.kind === 'exclude' ? '0' : '1')
    if (pool.length === 0) return
    const id = pool[o.pick % pool.length]!
    const res = await t.request(
      o.kind === 'exclude' ? 'POST' : 'DELETE',
      `/api/responses/${id}/exclusion`,
      {
        cookie: form.owner,
        json: o.kind === 'exclude' ? { reason: 'uji' } : undefined,
      },
    )
    expect(res.status).toBe(200)
    return
  }
  const bulk = o as Extract<Op, { filter: unknown }>
  const filter =
    bulk.filter === 'link'
      ? `link=${links[bulk.value % 2]}`
      : bulk.filter === 'gender'
        ? `segment.gender=${GENDERS[bulk.value % 2]}`
        : `from=2024-07-0${1 + bulk.value}&to=2024-07-0${1 + bulk.value}`
  const res = await t.request(
    o.kind === 'excludeAll' ? 'POST' : 'DELETE',
    `${base}/exclusions?${filter}`,
    {
      cookie: form.owner,
      json: o.kind === 'excludeAll' ? { reason: 'filter' } : undefined,
    },
  )
  expect(res.status).toBe(200)
}

it('keeps the aggregates equal to a rebuild through any exclusions and restorations', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
      for (const o of ops) await run(o)
      // What counts, as the analytics sees it, is every response not excluded.
      const counted = (await ids('0')).length
      const analytics = await t.request(
        'GET',
        `/api/programs/${form.programId}/analytics?questionnaire=${form.questionnaireId}`,
        { cookie: form.owner },
      )
      expect(((await analytics.json()) as { total: number }).total).toBe(counted)
      const maintained = await derivedSnapshot(t.deps.db, form.questionnaireId)
      expect(maintained).toEqual(await rebuiltSnapshot(t.deps, form.questionnaireId))
    }),
    { numRuns: 25 },
  )
}, 240_000)
