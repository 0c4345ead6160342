// Specification of questionnaires over HTTP: drafts are checked with field paths, published
// versions never change, roles follow the program, and every write is audited.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Definition } from '../../server/domain/questionnaire'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let owner: string
let programId: number
beforeAll(async () => {
  t = await createTestApp()
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  const program = await t.deps.db
    .selectFrom('programs')
    .select('id')
    .where('name', '=', 'Si Mantab')
    .executeTakeFirstOrThrow()
  programId = program.id
})
afterAll(() => t.close())

interface Detail {
  id: number
  draft: Definition
  versions: { id: number; version: number; publishedAt: string; publishedBy: number | null }[]
  latestVersion: number | null
  draftChanged: boolean
  sampleTarget: number | null
}

async function create(template = 'blank', cookie = owner): Promise<Detail> {
  const res = await t.request('POST', `/api/programs/${programId}/questionnaires`, {
    cookie,
    json: { template },
  })
  expect(res.status).toBe(201)
  return (await res.json()) as Detail
}

const put = (id: number, body: unknown, cookie = owner) =>
  t.request('PUT', `/api/questionnaires/${id}`, { cookie, json: body })
const get = async (path: string, cookie = owner) => {
  const res = await t.request('GET', path, { cookie })
  expect(res.status).toBe(200)
  return res.json() as Promise<any>
}
const publish = (id: number, cookie = owner) =>
  t.request('POST', `/api/questionnaires/${id}/publish`, { cookie })

const q = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  type: 'likert',
  text: { id: `Pertanyaan ${code}` },
  required: true,
  scale: { min: 1, max: 5 },
  ...extra,
})
const withQuestions = (questions: unknown[]) => ({
  title: { id: 'Survei uji' },
  kind: 'custom',
  sections: [{ id: 's1', title: { id: 'Bagian 1' }, questions }],
  criteria: [],
})

async function pathsOfRefused(draft: unknown): Promise<string[]> {
  const { id } = await create()
  const res = await put(id, { draft })
  expect(res.status).toBe(422)
  return (await readProblem(res)).errors!.map((e) => e.path)
}

describe('saving the draft', () => {
  it('saves a valid draft and its sample target, and answers it on GET', async () => {
    const { id } = await create()
    const res = await put(id, { draft: withQuestions([q('A'), q('B')]), sampleTarget: 50 })
    expect(res.status).toBe(200)
    const detail = (await get(`/api/questionnaires/${id}`)) as Detail
    expect(detail.draft.sections[0]!.questions.map((x) => x.code)).toEqual(['A', 'B'])
    expect(detail.sampleTarget).toBe(50)
    expect(detail).toMatchObject({ latestVersion: null, versions: [], draftChanged: true })
  })

  it('refuses a duplicate question code at its path', async () => {
    expect(await pathsOfRefused(withQuestions([q('A'), q('A')]))).toEqual([
      'draft.sections.0.questions.1.code',
    ])
  })

  it('refuses showIf pointing at a later question or at an unknown code', async () => {
    const forward = withQuestions([q('A', { showIf: { op: 'answered', code: 'B' } }), q('B')])
    expect(await pathsOfRefused(forward)).toEqual(['draft.sections.0.questions.0.showIf.code'])
    const unknown = withQuestions([q('A'), q('B', { showIf: { op: 'gt', code: 'Z', value: 2 } })])
    expect(await pathsOfRefused(unknown)).toEqual(['draft.sections.0.questions.1.showIf.code'])
  })

  it('refuses a scale whose min is not below its max', async () => {
    const draft = withQuestions([q('A', { scale: { min: 4, max: 4 } })])
    expect(await pathsOfRefused(draft)).toEqual(['draft.sections.0.questions.0.scale.max'])
  })

  it('refuses a choice question without options', async () => {
    const draft = withQuestions([
      { code: 'C', type: 'single', text: { id: 'Pilih' }, required: true, options: [] },
    ])
    expect(await pathsOfRefused(draft)).toEqual(['draft.sections.0.questions.0.options'])
  })

  it('refuses a question without Indonesian text', async () => {
    const draft = withQuestions([q('A', { text: { id: '  ', en: 'Only English' } })])
    expect(await pathsOfRefused(draft)).toEqual(['draft.sections.0.questions.0.text.id'])
  })

  it('refuses a sample target that is not a positive whole number', async () => {
    const { id } = await create()
    const res = await put(id, { draft: withQuestions([q('A')]), sampleTarget: 2.5 })
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['sampleTarget'])
  })
})

describe('publishing', () => {
  it('freezes versions: editing after publishing changes only the draft', async () => {
    const { id } = await create()
    await put(id, { draft: withQuestions([q('A')]) })
    const first = await publish(id)
    expect(first.status).toBe(201)
    expect(await first.json()).toMatchObject({ version: 1, changes: { fromVersion: null } })
    const v1 = await t.request('GET', `/api/questionnaires/${id}/versions/1`, { cookie: owner })
    const v1Text = JSON.stringify(((await v1.json()) as { definition: unknown }).definition)

    await put(id, { draft: withQuestions([q('A', { text: { id: 'Diubah' } }), q('B')]) })
    const afterEdit = (await get(`/api/questionnaires/${id}`)) as Detail
    expect(afterEdit).toMatchObject({ latestVersion: 1, draftChanged: true })
    const second = await publish(id)
    expect(second.status).toBe(201)
    const published = (await second.json()) as { version: number; changes: any }
    expect(published.version).toBe(2)
    expect(published.changes.added).toEqual([{ code: 'B', type: 'likert', section: 's1' }])
    expect(published.changes.changed).toEqual([{ code: 'A', fields: ['text'] }])

    const again = (await get(`/api/questionnaires/${id}/versions/1`)) as { definition: unknown }
    expect(JSON.stringify(again.definition)).toBe(v1Text)
    const detail = (await get(`/api/questionnaires/${id}`)) as Detail
    expect(detail.versions.map((v) => v.version)).toEqual([1, 2])
    expect(detail).toMatchObject({ latestVersion: 2, draftChanged: false })
  })

  it('shows what the draft changes since the latest version before publishing', async () => {
    const { id } = await create()
    await put(id, { draft: withQuestions([q('A'), q('B')]) })
    await publish(id)
    await put(id, { draft: withQuestions([q('B', { required: false }), q('C')]) })
    const diff = await get(`/api/questionnaires/${id}/diff`)
    expect(diff).toMatchObject({
      fromVersion: 1,
      hasChanges: true,
      added: [{ code: 'C' }],
      removed: [{ code: 'A' }],
      changed: [{ code: 'B', fields: ['required'] }],
    })
  })

  it('refuses to publish an empty draft, naming the problem', async () => {
    const { id } = await create('blank')
    const res = await publish(id)
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['draft.sections'])
  })

  it('refuses to publish an invalid stored draft, listing every problem', async () => {
    const { id } = await create()
    const broken = withQuestions([q('A', { scale: { min: 5, max: 1 } }), q('A')])
    await t.deps.db
      .updateTable('questionnaires')
      .set({ draft: JSON.stringify(broken) })
      .where('id', '=', id)
      .execute()
    const res = await publish(id)
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors!.map((e) => e.path).sort()).toEqual([
      'draft.sections.0.questions.0.scale.max',
      'draft.sections.0.questions.1.code',
    ])
    expect((await get(`/api/questionnaires/${id}`)).versions).toEqual([])
  })

  it('refuses to publish a draft identical to the latest version with 409', async () => {
    const { id } = await create('nps')
    expect((await publish(id)).status).toBe(201)
    expect((await publish(id)).status).toBe(409)
  })

  it('answers 404 for a version that was never published', async () => {
    const { id } = await create()
    const res = await t.request('GET', `/api/questionnaires/${id}/versions/7`, { cookie: owner })
    expect(res.status).toBe(404)
  })

  it('no server code updates or deletes published versions', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f)
        return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
      })
    const writers = files('server').filter((f) =>
      /(updateTable|deleteFrom)\(\s*'questionnaire_versions'/.test(readFileSync(f, 'utf8')),
    )
    expect(writers).toEqual([])
  })
})

describe('roles', () => {
  it('an owner of another agency neither sees nor changes the questionnaire (403)', async () => {
    const { id } = await create('skm')
    const other = await t.userCookie('owner', { agencyCode: 'PUPR' })
    const countQuestionnaires = async () =>
      (
        await t.deps.db
          .selectFrom('questionnaires')
          .select('id')
          .where('program_id', '=', programId)
          .execute()
      ).length
    const before = await countQuestionnaires()
    expect((await t.request('GET', `/api/questionnaires/${id}`, { cookie: other })).status).toBe(
      403,
    )
    expect((await put(id, { draft: withQuestions([q('A')]) }, other)).status).toBe(403)
    expect((await publish(id, other)).status).toBe(403)
    const res = await t.request('POST', `/api/programs/${programId}/questionnaires`, {
      cookie: other,
      json: { template: 'skm' },
    })
    expect(res.status).toBe(403)
    expect(await countQuestionnaires()).toBe(before)
  })

  it('an evaluator of the region reads questionnaires and versions but never writes (403)', async () => {
    const { id } = await create('nps')
    await publish(id)
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    await get(`/api/questionnaires/${id}`, evaluator)
    await get(`/api/questionnaires/${id}/versions/1`, evaluator)
    const list = await get(`/api/programs/${programId}/questionnaires`, evaluator)
    expect(list.items.some((x: { id: number }) => x.id === id)).toBe(true)
    expect((await put(id, { draft: withQuestions([q('A')]) }, evaluator)).status).toBe(403)
    expect((await publish(id, evaluator)).status).toBe(403)
    const res = await t.request('POST', `/api/programs/${programId}/questionnaires`, {
      cookie: evaluator,
      json: { template: 'skm' },
    })
    expect(res.status).toBe(403)
  })

  it('an evaluator of another region gets 403, anonymous callers 401', async () => {
    const { id } = await create()
    const elsewhere = await t.userCookie('evaluator', { regionCode: '63.03' })
    const res = await t.request('GET', `/api/questionnaires/${id}`, { cookie: elsewhere })
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect((await t.request('GET', `/api/questionnaires/${id}`)).status).toBe(401)
    expect((await t.request('POST', `/api/questionnaires/${id}/publish`)).status).toBe(401)
  })

  it('admins create, edit and publish for any program; unknown ids answer 404', async () => {
    const admin = await t.loginAdmin()
    const { id } = await create('sus', admin)
    expect((await publish(id, admin)).status).toBe(201)
    expect((await t.request('GET', '/api/questionnaires/999999', { cookie: admin })).status).toBe(
      404,
    )
    const res = await t.request('POST', '/api/programs/999999/questionnaires', {
      cookie: admin,
      json: { template: 'skm' },
    })
    expect(res.status).toBe(404)
  })
})

describe('audit and documentation', () => {
  it('records questionnaire.create, update and publish as audit events', async () => {
    const { id } = await create()
    await put(id, { draft: withQuestions([q('A')]) })
    await publish(id)
    const admin = await t.loginAdmin()
    const { items } = await get(`/api/audit?objectType=questionnaire&objectId=${id}`, admin)
    expect(items.map((e: { action: string }) => e.action).sort()).toEqual([
      'questionnaire.create',
      'questionnaire.publish',
      'questionnaire.update',
    ])
  })

  it('describes the questionnaire, template and link routes in the OpenAPI document', async () => {
    const doc = await get('/api/openapi.json')
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/templates',
        '/api/programs/{id}/questionnaires',
        '/api/questionnaires/{id}',
        '/api/questionnaires/{id}/publish',
        '/api/questionnaires/{id}/diff',
        '/api/questionnaires/{id}/versions/{version}',
        '/api/questionnaires/{id}/links',
        '/api/links/{id}',
        '/api/links/{id}/qr.svg',
        '/api/links/{id}/qr.png',
      ]),
    )
  })
})
