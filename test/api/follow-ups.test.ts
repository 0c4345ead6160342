// Specification of the follow-up plans: entered and changed by owners (audited, with a readable
// history), refused to evaluators, other agencies and bad input; a finished action's effect on its
// element equals a recomputation from the raw responses (means and Welch's interval).
import * as ss from 'simple-statistics'
import quantile from '@stdlib/stats-base-dists-t-quantile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createDpmptspProgram,
  seedForm,
  skmAnswers,
  submit,
  type SeededForm,
} from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
let owner: string
let ownerSince = 0

/** Moves the clock; the owner logs in again when the session would have expired (12 hours). */
const at = (iso: string) => (t.clock.now = new Date(iso))
async function me() {
  if (t.clock.now.getTime() - ownerSince > 6 * 3_600_000) {
    owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
    ownerSince = t.clock.now.getTime()
  }
  return owner
}
const list = async (cookie?: string) => {
  cookie ??= await me()
  const res = await t.request('GET', `/api/programs/${form.programId}/follow-ups`, { cookie })
  expect(res.status).toBe(200)
  return (await res.json()) as any
}
const create = async (json: unknown, cookie?: string) =>
  t.request('POST', `/api/programs/${form.programId}/follow-ups`, {
    cookie: cookie ?? (await me()),
    json,
  })
const patch = async (id: number, json: unknown, cookie?: string) =>
  t.request('PATCH', `/api/follow-ups/${id}`, { cookie: cookie ?? (await me()), json })

const ACTION = {
  target: { kind: 'skm', code: 'U3' },
  action: 'Menambah petugas loket pada jam sibuk',
  unit: 'Bidang Pelayanan',
  dueQuarter: '2024-Q2',
}

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  at('2024-02-01T03:00:00.000Z')
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  // A program of its own: the demo responses of Si Mantab would blur the effect.
  const programId = await createDpmptspProgram(t, owner, 'Antrean Cepat')
  form = await seedForm(t, { owner, programId, link: { allowMultiple: true } })
  ownerSince = t.clock.now.getTime()
})
afterAll(() => t.close())

describe('entering follow-ups', () => {
  it('stores an action with its target, unit, quarter and status rencana, and lists it', async () => {
    const res = await create({ ...ACTION, notes: '  Surat tugas no. 12  ' })
    expect(res.status).toBe(201)
    const body = (await res.json()) as any
    expect(body).toMatchObject({
      programId: form.programId,
      target: { kind: 'skm', code: 'U3', label: { id: 'Waktu penyelesaian' } },
      action: ACTION.action,
      unit: 'Bidang Pelayanan',
      dueQuarter: '2024-Q2',
      status: 'rencana',
      notes: 'Surat tugas no. 12',
      finishedOn: null,
    })
    const listed = await list()
    expect(listed.items.map((f: any) => f.id)).toContain(body.id)
    expect(listed.targets.filter((x: any) => x.kind === 'skm')).toHaveLength(9)
    expect(listed.targets).toContainEqual(
      expect.objectContaining({ kind: 'impact', code: 'waktu' }),
    )
  })

  it('takes an impact criterion of the program as a target', async () => {
    const res = await create({ ...ACTION, target: { kind: 'impact', code: 'biaya' } })
    expect(res.status).toBe(201)
    expect(((await res.json()) as any).target.label.id).toBe('Biaya/tarif')
  })

  it('refuses unknown targets, malformed quarters and blank actions with field paths', async () => {
    const unknown = await create({ ...ACTION, target: { kind: 'skm', code: 'U10' } })
    expect(unknown.status).toBe(422)
    expect((await readProblem(unknown)).errors).toEqual([
      expect.objectContaining({ path: 'target.code' }),
    ])
    const bad = await create({ ...ACTION, dueQuarter: '2024-5', action: '   ', status: 'done' })
    expect(bad.status).toBe(422)
    const paths = (await readProblem(bad)).errors!.map((e) => e.path).sort()
    expect(paths).toEqual(['action', 'dueQuarter', 'status'])
    const empty = await patch(1, {})
    expect(empty.status).toBe(422)
  })

  it('lets evaluators read but not write, and keeps other agencies out', async () => {
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    expect((await list(evaluator)).items.length).toBeGreaterThan(0)
    expect((await create(ACTION, evaluator)).status).toBe(403)
    const stranger = await t.userCookie('owner', { agencyCode: 'DISKOMINFOTIK' })
    const read = await t.request('GET', `/api/programs/${form.programId}/follow-ups`, {
      cookie: stranger,
    })
    expect(read.status).toBe(403)
    expect((await create(ACTION, stranger)).status).toBe(403)
    const first = (await list()).items[0]
    expect((await patch(first.id, { status: 'berjalan' }, stranger)).status).toBe(403)
    expect(
      (await t.request('GET', `/api/programs/999999/follow-ups`, { cookie: await me() })).status,
    ).toBe(404)
    expect((await patch(999999, { status: 'selesai' })).status).toBe(404)
    expect((await t.request('GET', `/api/programs/${form.programId}/follow-ups`)).status).toBe(401)
  })
})

describe('changing a follow-up', () => {
  it('records when it was finished, forgets it when reopened, and keeps an audited history', async () => {
    const id = ((await (await create(ACTION)).json()) as any).id
    at('2024-03-05T03:00:00.000Z')
    expect((await patch(id, { status: 'berjalan', notes: 'Dua petugas ditambah' })).status).toBe(
      200,
    )
    at('2024-04-10T03:00:00.000Z')
    const done = (await (await patch(id, { status: 'selesai' })).json()) as any
    expect(done).toMatchObject({ status: 'selesai', finishedOn: '2024-04-10' })
    at('2024-04-11T03:00:00.000Z')
    const edited = (await (await patch(id, { notes: 'Bukti: jadwal piket' })).json()) as any
    expect(edited.finishedOn).toBe('2024-04-10')
    const reopened = (await (await patch(id, { status: 'berjalan' })).json()) as any
    expect(reopened.finishedOn).toBeNull()

    const res = await t.request('GET', `/api/follow-ups/${id}/history`, { cookie: await me() })
    expect(res.status).toBe(200)
    const history = ((await res.json()) as any).items
    expect(history.map((h: any) => h.action)).toEqual([
      'follow_up.create',
      'follow_up.update',
      'follow_up.update',
      'follow_up.update',
      'follow_up.update',
    ])
    expect(history[1].changes).toEqual([
      { field: 'status', before: 'rencana', after: 'berjalan' },
      { field: 'notes', before: '', after: 'Dua petugas ditambah' },
    ])
    expect(history[2].at).toBe('2024-04-10T03:00:00.000Z')
    expect(history[2].user.name).toBe('Test owner')
  })
})

describe('the effect of a finished action', () => {
  it('compares its element in the quarter before with the quarters after, as the raw rows say', async () => {
    // Q1 2024: slow service (U3 mostly 2); finished in Q2; Q3: faster (U3 mostly 3-4).
    for (let i = 0; i < 12; i++) {
      at(`2024-02-${String(10 + i).padStart(2, '0')}T03:00:00.000Z`)
      expect((await submit(t, form.slug, skmAnswers({ U3: i % 3 === 0 ? 3 : 2 }))).status).toBe(201)
    }
    at('2024-05-20T03:00:00.000Z')
    const id = ((await (await create({ ...ACTION, status: 'selesai' })).json()) as any).id
    for (let i = 0; i < 10; i++) {
      at(`2024-07-${String(3 + i).padStart(2, '0')}T03:00:00.000Z`)
      expect((await submit(t, form.slug, skmAnswers({ U3: i % 2 ? 4 : 3 }))).status).toBe(201)
    }
    at('2024-08-15T03:00:00.000Z')
    const effect = (await list()).items.find((f: any) => f.id === id).effect

    const rows = await t.deps.db
      .selectFrom('responses')
      .innerJoin('questionnaire_versions as v', 'v.id', 'responses.version_id')
      .select(['responses.day', 'responses.answers', 'v.definition'])
      .where('responses.program_id', '=', form.programId)
      .execute()
    const u3 = (from: string, to: string) =>
      rows
        .filter((r) => r.day >= from && r.day <= to && JSON.parse(r.definition).kind === 'skm')
        .map((r) => JSON.parse(r.answers).U3 as number)
    const before = u3('2024-01-01', '2024-03-31')
    const after = u3('2024-07-01', '2024-08-15')
    expect(effect.measure).toBe('nrr')
    expect(effect.before).toEqual({
      from: '2024-01-01',
      to: '2024-03-31',
      n: before.length,
      value: expect.closeTo(ss.mean(before), 12),
    })
    expect(effect.after).toMatchObject({ from: '2024-07-01', to: '2024-08-15', n: after.length })
    const vb = ss.sampleVariance(before) / before.length
    const va = ss.sampleVariance(after) / after.length
    const df = (vb + va) ** 2 / (vb ** 2 / (before.length - 1) + va ** 2 / (after.length - 1))
    const half = quantile(0.975, df) * Math.sqrt(vb + va)
    const diff = ss.mean(after) - ss.mean(before)
    expect(effect.change.difference).toBeCloseTo(diff, 12)
    expect(effect.change.ci[0]).toBeCloseTo(diff - half, 9)
    expect(effect.change.ci[1]).toBeCloseTo(diff + half, 9)
    expect(effect.verdict).toBe(diff - half > 0 ? 'up' : 'none')
    expect(effect.verdict).toBe('up')
  })

  it('is "not yet" until the quarter after the one it was finished in has begun', async () => {
    at('2024-08-20T03:00:00.000Z')
    const id = ((await (await create({ ...ACTION, status: 'selesai' })).json()) as any).id
    const effect = (await list()).items.find((f: any) => f.id === id).effect
    expect(effect).toMatchObject({ verdict: 'not_yet', after: null, change: null })
    expect(effect.before).toMatchObject({ from: '2024-04-01', to: '2024-06-30' })
    const open = (await list()).items.filter((f: any) => f.status !== 'selesai')
    for (const f of open) expect(f.effect).toBeUndefined()
  })
})
