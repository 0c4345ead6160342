// Specification of publication and public results: nothing is public until the owner publishes;
// the public answer equals the score API for the year and holds no personal data, no evidence note
// and no comment without approval; it is served from a cache that a new response refreshes; the
// pages, the TV view and the badge answer, weigh under the citizen form's 30 KB gzip budget, and
// the citizen form links to the results once published.
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatDecimal } from '../../server/domain/format/decimal'
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
const SECRET_NOTE = 'Nota dinas internal 7/2024 (jangan dipublikasikan)'
const COMMENT = 'Petugasnya ramah dan cepat, terima kasih'

const results = (id = form.programId, headers: Record<string, string> = {}) =>
  t.request('GET', `/api/public/programs/${id}/results`, { headers })
const publish = (published: boolean, cookie = owner, id = form.programId) =>
  t.request('PUT', `/api/programs/${id}/publication`, { cookie, json: { published } })

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  form = await seedForm(t, {
    link: { allowMultiple: true },
    edit: (draft) =>
      draft.sections.at(-1)!.questions.push(
        {
          code: 'saran',
          type: 'text',
          required: false,
          maxLength: 300,
          text: { id: 'Saran' },
        },
        {
          code: 'hp',
          type: 'text',
          required: false,
          personal: true,
          maxLength: 20,
          text: { id: 'Nomor HP' },
        },
      ),
  })
  owner = form.owner
  for (let i = 0; i < 6; i++) {
    const extra = i === 0 ? { saran: COMMENT, hp: '081234567890' } : {}
    expect((await submit(t, form.slug, skmAnswers({ U2: 1 + (i % 4), ...extra }))).status).toBe(201)
  }
  const created = await t.request('POST', `/api/programs/${form.programId}/follow-ups`, {
    cookie: owner,
    json: {
      target: { kind: 'skm', code: 'U2' },
      action: 'Menyederhanakan alur permohonan',
      unit: 'Bidang Pelayanan',
      dueQuarter: '2024-Q3',
      notes: SECRET_NOTE,
    },
  })
  expect(created.status).toBe(201)
})
afterAll(() => t.close())

describe('before the owner publishes', () => {
  it('answers 404 everywhere and the form does not link to results', async () => {
    const res = await results()
    expect(res.status).toBe(404)
    await readProblem(res)
    expect((await t.request('GET', `/hasil/${form.programId}`)).status).toBe(404)
    expect((await t.request('GET', `/hasil/${form.programId}/tv`)).status).toBe(404)
    const badge = await t.request('GET', `/hasil/${form.programId}/badge.svg`)
    expect(badge.status).toBe(404)
    expect(await badge.text()).toContain('belum dipublikasikan')
    const payload = (await (await t.request('GET', `/api/public/forms/${form.slug}`)).json()) as any
    expect(payload.program.url).toBeUndefined()
  })
})

describe('publishing', () => {
  it('is for admins and the program owners, audited', async () => {
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    expect((await publish(true, evaluator)).status).toBe(403)
    const stranger = await t.userCookie('owner', { agencyCode: 'DISKOMINFOTIK' })
    expect((await publish(true, stranger)).status).toBe(403)
    const bad = await t.request('PUT', `/api/programs/${form.programId}/publication`, {
      cookie: owner,
      json: { published: 'yes' },
    })
    expect(bad.status).toBe(422)
    const res = await publish(true)
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    expect(body).toMatchObject({
      published: true,
      urls: { page: `/hasil/${form.programId}`, badge: `/hasil/${form.programId}/badge.svg` },
    })
    expect(body.publishedAt).toBe(t.clock.now.toISOString())
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'publication.publish')
      .execute()
    expect(audit).toHaveLength(1)
    const read = await t.request('GET', `/api/programs/${form.programId}/publication`, {
      cookie: evaluator,
    })
    expect(((await read.json()) as any).published).toBe(true)
  })

  it('gives the citizen form the link to the results page', async () => {
    const payload = (await (await t.request('GET', `/api/public/forms/${form.slug}`)).json()) as any
    expect(payload.program.url).toBe(`/hasil/${form.programId}`)
  })
})

describe('the public results', () => {
  it("equal the score API's figures for the year of the latest response", async () => {
    const res = await results()
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    const score = (await (
      await t.request('GET', `/api/programs/${form.programId}/score?year=2024`, { cookie: owner })
    ).json()) as any
    expect(body.period).toMatchObject({ from: '2024-01-01', to: '2024-12-31' })
    expect(body.n).toBe(score.n)
    expect(body.ikm.converted).toBe(score.ikm.converted)
    expect(body.ikm.mutu).toBe(score.ikm.mutu)
    expect(body.ikm.ci).toEqual(score.ikm.ci)
    expect(body.ikm.elements.map((e: any) => [e.code, e.nrr, e.converted, e.n])).toEqual(
      score.ikm.elements.map((e: any) => [e.code, e.nrr, e.converted, e.n]),
    )
    expect(body.impact).toEqual({
      n: score.impact.n,
      score: score.impact.score,
      ci: score.impact.ci,
    })
    expect(body.program).toMatchObject({ id: form.programId, name: 'Si Mantab' })
  })

  it('carry no personal data, no evidence note and no comment the owner did not approve', async () => {
    const text = await (await results()).text()
    expect(text).not.toContain('081234567890')
    expect(text).not.toContain(SECRET_NOTE)
    expect(text).not.toContain(COMMENT)
    expect(text).not.toMatch(/"(segments|answers|notes|receipt|deviceToken|email)"/)
    const body = JSON.parse(text)
    expect(body.followUps).toEqual([
      expect.objectContaining({ action: 'Menyederhanakan alur permohonan', status: 'rencana' }),
    ])
    expect(body.comments).toEqual([])
  })

  it('show a comment once approved, never a personal answer, and drop it when withdrawn', async () => {
    const response = await t.deps.db
      .selectFrom('responses')
      .select('id')
      .where('questionnaire_id', '=', form.questionnaireId)
      .orderBy('id')
      .executeTakeFirstOrThrow()
    const approve = (code: string) =>
      t.request('POST', `/api/programs/${form.programId}/publication/comments`, {
        cookie: owner,
        json: { responseId: response.id, code },
      })
    expect((await approve('hp')).status).toBe(422)
    expect((await approve('U1')).status).toBe(422)
    expect((await approve('saran')).status).toBe(201)
    expect(((await (await results()).json()) as any).comments).toEqual([
      { text: COMMENT, day: '2024-06-15' },
    ])
    const page = await (await t.request('GET', `/hasil/${form.programId}`)).text()
    expect(page).toContain(COMMENT)
    const withdraw = await t.request(
      'DELETE',
      `/api/programs/${form.programId}/publication/comments/${response.id}/saran`,
      { cookie: owner },
    )
    expect(withdraw.status).toBe(204)
    expect(((await (await results()).json()) as any).comments).toEqual([])
  })

  it('are served from the cache until a new response refreshes it', async () => {
    const first = await results()
    const etag = first.headers.get('etag')!
    const n = ((await first.json()) as any).n
    expect((await results(form.programId, { 'if-none-match': etag })).status).toBe(304)

    // A change made behind the services' backs (a rename straight in the table) is not seen:
    // the answer comes from the cache.
    await t.deps.db
      .updateTable('programs')
      .set({ name: 'Si Mantab Baru' })
      .where('id', '=', form.programId)
      .execute()
    const cached = await results()
    expect(cached.headers.get('etag')).toBe(etag)
    expect(((await cached.json()) as any).program.name).toBe('Si Mantab')

    // A citizen's submission refreshes it, and the answer then counts both.
    expect((await submit(t, form.slug, skmAnswers())).status).toBe(201)
    const refreshed = await results()
    expect(refreshed.headers.get('etag')).not.toBe(etag)
    const body = (await refreshed.json()) as any
    expect(body.n).toBe(n + 1)
    expect(body.program.name).toBe('Si Mantab Baru')
    await t.deps.db
      .updateTable('programs')
      .set({ name: 'Si Mantab' })
      .where('id', '=', form.programId)
      .execute()
    t.deps.changes.changed(form.programId)
  })

  it('leave out a response the owner excludes, and take it back when restored', async () => {
    const before = ((await (await results()).json()) as any).n
    const latest = await t.deps.db
      .selectFrom('responses')
      .select('id')
      .where('questionnaire_id', '=', form.questionnaireId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    const res = await t.request('POST', `/api/responses/${latest.id}/exclusion`, {
      cookie: owner,
      json: { reason: 'uji coba' },
    })
    expect(res.status).toBe(200)
    expect(((await (await results()).json()) as any).n).toBe(before - 1)
    await t.request('DELETE', `/api/responses/${latest.id}/exclusion`, { cookie: owner })
    expect(((await (await results()).json()) as any).n).toBe(before)
  })

  it('show only the count below five respondents', async () => {
    const programId = await createDpmptspProgram(t, owner, 'Layanan Baru')
    const small = await seedForm(t, { owner, programId, link: { allowMultiple: true } })
    for (let i = 0; i < 3; i++) expect((await submit(t, small.slug, skmAnswers())).status).toBe(201)
    expect((await publish(true, owner, programId)).status).toBe(200)
    const body = (await (await results(programId)).json()) as any
    expect(body.n).toBe(3)
    expect(body.ikm).toBeUndefined()
    expect(body.impact).toBeUndefined()
    const page = await (await t.request('GET', `/hasil/${programId}`)).text()
    expect(page).toContain('Baru 3 responden')
  })
})

describe('the public pages', () => {
  const get = (path: string) => t.request('GET', path, { headers: { 'accept-encoding': 'gzip' } })

  it('show the program page in Indonesian and English with the figures of the API', async () => {
    const body = (await (await results()).json()) as any
    const res = await t.request('GET', `/hasil/${form.programId}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    const html = await res.text()
    expect(html).toContain('<html lang="id">')
    expect(html).toContain(formatDecimal(body.ikm.converted))
    expect(html).toContain(`${body.n} responden`)
    expect(html).toContain('Anda menyampaikan, kami menindaklanjuti')
    expect(html).toContain('Menyederhanakan alur permohonan')
    expect(html).not.toContain('<script')
    const en = await (await t.request('GET', `/hasil/${form.programId}?lang=en`)).text()
    expect(en).toContain('<html lang="en">')
    expect(en).toContain(formatDecimal(body.ikm.converted, 2, 'en'))
    expect(en).toContain('You told us, we act on it')
  })

  it('list every published program of the region on its page', async () => {
    const html = await (await t.request('GET', `/hasil/wilayah/${await regionId()}`)).text()
    expect(html).toContain('Si Mantab')
    expect(html).toContain('Layanan Baru')
    expect(html).not.toContain('Sungaiku Baiman')
    expect((await t.request('GET', '/hasil/wilayah/999999')).status).toBe(404)
    const json = (await (
      await t.request('GET', `/api/public/regions/${await regionId()}/results`)
    ).json()) as any
    expect(json.programs.map((p: any) => p.program.name).sort()).toEqual([
      'Layanan Baru',
      'Si Mantab',
    ])
  })

  it('give the TV view its refresh script and the badge as SVG', async () => {
    const tv = await (await t.request('GET', `/hasil/${form.programId}/tv?refresh=5`)).text()
    const etag = (await results()).headers.get('etag')!
    expect(tv).toContain('<script src="/hasil/tv.js" defer></script>')
    expect(tv).toContain(`data-etag="${etag.replace(/"/g, '&#34;')}"`)
    expect(tv).toContain('data-refresh="5"')
    const script = await t.request('GET', '/hasil/tv.js')
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    const badge = await t.request('GET', `/hasil/${form.programId}/badge.svg`)
    expect(badge.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    const svg = await badge.text()
    const body = (await (await results()).json()) as any
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain(`${formatDecimal(body.ikm.converted)} · ${body.ikm.mutu} · 2024`)
  })

  it('weigh at most 30 KB gzip each, with their script', async () => {
    const script = gzipSync(await (await t.request('GET', '/hasil/tv.js')).text()).length
    for (const path of [
      `/hasil/${form.programId}`,
      `/hasil/${form.programId}/tv`,
      `/hasil/wilayah/${await regionId()}`,
    ]) {
      const res = await get(path)
      expect(res.headers.get('content-encoding'), path).toBe('gzip')
      const bytes = (await res.arrayBuffer()).byteLength + (path.endsWith('/tv') ? script : 0)
      expect(bytes, path).toBeLessThan(30 * 1024)
    }
  })
})

async function regionId() {
  const region = await t.deps.db
    .selectFrom('regions')
    .select('id')
    .where('code', '=', '63.71')
    .executeTakeFirstOrThrow()
  return region.id
}
