// Specification of the templates: listed for admins and owners, and each one becomes a valid
// draft tailored to the program (its name, its region's kecamatan).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateDefinition, type Definition } from '../../server/domain/questionnaire'
import { TEMPLATE_NAMES } from '../../server/domain/templates'
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

async function createFrom(template: string) {
  const res = await t.request('POST', `/api/programs/${programId}/questionnaires`, {
    cookie: owner,
    json: { template },
  })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: number; template: string; title: string; draft: Definition }
}

const questionsOf = (def: Definition) => def.sections.flatMap((s) => s.questions)

describe('GET /api/templates', () => {
  it('lists the five templates with titles and question counts for admins and owners', async () => {
    for (const cookie of [await t.loginAdmin(), owner]) {
      const res = await t.request('GET', '/api/templates', { cookie })
      expect(res.status).toBe(200)
      const { items } = (await res.json()) as { items: { name: string; questionCount: number }[] }
      expect(items.map((i) => i.name)).toEqual(['skm', 'impact', 'nps', 'sus', 'blank'])
      expect(items.find((i) => i.name === 'blank')!.questionCount).toBe(0)
      expect(items.find((i) => i.name === 'skm')!.questionCount).toBeGreaterThanOrEqual(9)
    }
  })

  it('is refused to evaluators (403) and to anonymous callers (401)', async () => {
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    expect((await t.request('GET', '/api/templates', { cookie: evaluator })).status).toBe(403)
    const anonymous = await t.request('GET', '/api/templates')
    expect(anonymous.status).toBe(401)
    await readProblem(anonymous)
  })
})

describe('creating a questionnaire from a template', () => {
  it.each(TEMPLATE_NAMES)(
    'the %s template becomes a valid draft named after the program',
    async (name) => {
      const created = await createFrom(name)
      expect(created.template).toBe(name)
      expect(validateDefinition(created.draft).ok).toBe(true)
      expect(created.draft.title.id).toContain('Si Mantab')
      expect(created.title).toBe(created.draft.title.id)
    },
  )

  it('the SKM draft asks U1..U9 on a 1-4 scale', async () => {
    const { draft } = await createFrom('skm')
    const elements = questionsOf(draft).filter((q) => /^U\d$/.test(q.code))
    expect(elements.map((q) => q.code)).toEqual([
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
    for (const q of elements) {
      expect(q.type).toBe('likert')
      if (q.type === 'likert') expect([q.scale.min, q.scale.max]).toEqual([1, 4])
    }
  })

  it("the kecamatan question lists Banjarmasin's five kecamatan", async () => {
    const { draft } = await createFrom('skm')
    const kecamatan = questionsOf(draft).find((q) => q.code === 'kecamatan')
    expect(kecamatan?.type).toBe('segment')
    const options = kecamatan && 'options' in kecamatan ? kecamatan.options : []
    expect(options.map((o) => [o.value, o.label.id])).toEqual([
      ['63.71.01', 'Banjarmasin Selatan'],
      ['63.71.02', 'Banjarmasin Timur'],
      ['63.71.03', 'Banjarmasin Barat'],
      ['63.71.04', 'Banjarmasin Utara'],
      ['63.71.05', 'Banjarmasin Tengah'],
    ])
  })

  it('the NPS draft has its question under the code nps', async () => {
    const { draft } = await createFrom('nps')
    expect(questionsOf(draft).find((q) => q.code === 'nps')?.type).toBe('nps')
  })

  it('a title given at creation replaces the template title', async () => {
    const res = await t.request('POST', `/api/programs/${programId}/questionnaires`, {
      cookie: owner,
      json: { template: 'impact', title: { id: 'Dampak Si Mantab 2024', en: 'Impact 2024' } },
    })
    const created = (await res.json()) as { title: string; draft: Definition }
    expect(created.title).toBe('Dampak Si Mantab 2024')
    expect(created.draft.title).toEqual({ id: 'Dampak Si Mantab 2024', en: 'Impact 2024' })
  })

  it('refuses an unknown template with the path template', async () => {
    const res = await t.request('POST', `/api/programs/${programId}/questionnaires`, {
      cookie: owner,
      json: { template: 'survey-monkey' },
    })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['template'])
  })
})
