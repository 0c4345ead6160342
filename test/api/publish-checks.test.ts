// Specification of the privacy notice and the checks before publishing: GET
// /api/questionnaires/:id/checks lists blockers and warnings with their codes and fields; POST
// .../publish answers 422 with the blockers (a notice denying the personal data a question asks
// for among them) and freezes the notice citizens read into the version; the public form offers
// English only when every text has it; template cards count what they create; migration 18-01
// lets stored drafts' template notice follow the rule.
import { Migrator } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../db/migrate'
import { migrations } from '../../db/migrations'
import type { Definition, Question } from '../../server/domain/questionnaire'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let owner: string
let programId: number

const whatsapp: Question = {
  code: 'wa',
  type: 'text',
  text: { id: 'Nomor WhatsApp Anda', en: 'Your WhatsApp number' },
  required: false,
  personal: true,
  maxLength: 20,
}
const OLD_NOTICE = {
  id: 'Survei ini tidak meminta nama atau kontak Anda. Jawaban hanya digunakan untuk mengukur mutu dan dampak layanan, diolah secara agregat, dan dilindungi sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
  en: 'This survey does not ask for your name or contact details. Answers are used only to measure the quality and impact of the service, analysed in aggregate, and protected under Law No. 27 of 2022 on Personal Data Protection.',
}

beforeAll(async () => {
  t = await createTestApp()
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  programId = (
    await t.deps.db
      .selectFrom('programs')
      .select('id')
      .where('name', '=', 'Si Mantab')
      .executeTakeFirstOrThrow()
  ).id
})
afterAll(() => t.close())

async function create(template = 'skm'): Promise<{ id: number; draft: Definition }> {
  const res = await t.request('POST', `/api/programs/${programId}/questionnaires`, {
    cookie: owner,
    json: { template },
  })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: number; draft: Definition }
}

const save = (id: number, draft: Definition) =>
  t.request('PUT', `/api/questionnaires/${id}`, { cookie: owner, json: { draft } })
const checks = async (id: number) =>
  (await (
    await t.request('GET', `/api/questionnaires/${id}/checks`, { cookie: owner })
  ).json()) as any
const publish = (id: number) =>
  t.request('POST', `/api/questionnaires/${id}/publish`, { cookie: owner })

describe('the privacy notice', () => {
  it('follows the rule in a new draft: nothing personal, then what is asked once a question is personal', async () => {
    const { id, draft } = await create()
    expect(draft.privacyNotice).toBeUndefined()
    expect((await checks(id)).privacyNotice.id).toMatch(
      /^Survei ini tidak meminta nama atau kontak/,
    )
    draft.sections[0]!.questions.push(whatsapp)
    expect((await save(id, draft)).status).toBe(200)
    const after = await checks(id)
    expect(after.privacyNotice.id).toContain('meminta data pribadi: “Nomor WhatsApp Anda”')
    expect(after.privacyNotice.id).toContain('Dinas Penanaman Modal')
    expect(after.blockers).toEqual([])
  })

  it('refuses to publish while a personal question exists and the notice says nothing personal is asked', async () => {
    const { id, draft } = await create()
    draft.sections[0]!.questions.push(whatsapp)
    draft.privacyNotice = OLD_NOTICE
    await save(id, draft)
    expect((await checks(id)).blockers).toEqual([
      {
        code: 'privacy.denies-personal',
        params: { questions: 'wa' },
        path: 'privacyNotice',
        message: expect.stringContaining('still says nothing personal is asked'),
      },
    ])
    const res = await publish(id)
    expect(res.status).toBe(422)
    const problem = await readProblem(res)
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'draft.privacyNotice', code: 'privacy.denies-personal' }),
    ])
    expect(
      await t.deps.db
        .selectFrom('questionnaire_versions')
        .where('questionnaire_id', '=', id)
        .select('id')
        .execute(),
    ).toEqual([])

    // Writing what is collected lets it through, and the version keeps the owner's text.
    draft.privacyNotice = {
      id: 'Kami meminta nomor WhatsApp Anda untuk mengabari hasil pengaduan; dihapus setelah 6 bulan. Hubungi DPMPTSP.',
      en: 'We ask for your WhatsApp number to tell you the outcome; deleted after 6 months. Contact DPMPTSP.',
    }
    await save(id, draft)
    expect((await publish(id)).status).toBe(201)
    const version = await t.request('GET', `/api/questionnaires/${id}/versions/1`, {
      cookie: owner,
    })
    expect(((await version.json()) as any).definition.privacyNotice).toEqual(draft.privacyNotice)
  })

  it('freezes the default notice into the version, and the draft is then unchanged against it', async () => {
    const { id, draft } = await create()
    draft.sections[0]!.questions.push(whatsapp)
    await save(id, draft)
    expect((await publish(id)).status).toBe(201)
    const version = (await (
      await t.request('GET', `/api/questionnaires/${id}/versions/1`, { cookie: owner })
    ).json()) as any
    expect(version.definition.privacyNotice.id).toContain('“Nomor WhatsApp Anda”')
    const q = (await (
      await t.request('GET', `/api/questionnaires/${id}`, { cookie: owner })
    ).json()) as any
    expect(q.draft.privacyNotice).toBeUndefined()
    expect(q.draftChanged).toBe(false)
    expect((await publish(id)).status).toBe(409)
  })
})

describe('the checks before publishing', () => {
  it("list a blank questionnaire's leftovers and untranslated texts as warnings with their fields", async () => {
    const { id, draft } = await create('blank')
    draft.title = { id: 'Survei Si Mantab', en: draft.title.en }
    draft.description = { id: 'Ceritakan pengalaman Anda.', en: draft.description!.en }
    draft.sections[0]!.questions.push({
      code: 'puas',
      type: 'yesno',
      text: { id: 'Apakah Anda puas?' },
      required: true,
    })
    await save(id, draft)
    const result = await checks(id)
    expect(result.ready).toBe(true)
    expect(result.blockers).toEqual([])
    expect(result.warnings.map((w: any) => [w.code, w.path])).toEqual([
      ['translation.missing', 'sections.0.questions.0.text.en'],
      ['template.stale-english', 'title.en'],
      ['template.stale-english', 'description.en'],
      ['template.placeholder', 'sections.0.title.id'],
    ])
    expect(result.languages).toEqual(['id'])
    // Warnings do not refuse publishing; the public form then offers Indonesian only.
    expect((await publish(id)).status).toBe(201)
  })

  it('are blockers for an empty draft, and publishing answers 422 with the same codes', async () => {
    const { id } = await create('blank')
    const result = await checks(id)
    expect(result.ready).toBe(false)
    expect(result.blockers).toEqual([
      expect.objectContaining({ code: 'definition.no-question', path: 'sections' }),
    ])
    const problem = await readProblem(await publish(id))
    expect(problem.status).toBe(422)
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'draft.sections', code: 'definition.no-question' }),
    ])
  })

  it('leave the SKM template as shipped alone: ready, in both languages', async () => {
    const { id } = await create('skm')
    const result = await checks(id)
    expect(result).toMatchObject({
      ready: true,
      blockers: [],
      warnings: [],
      languages: ['id', 'en'],
    })
  })

  it('are for readers of the questionnaire only', async () => {
    const { id } = await create('nps')
    const other = await t.userCookie('owner', { agencyCode: 'DLH' })
    expect(
      (await t.request('GET', `/api/questionnaires/${id}/checks`, { cookie: other })).status,
    ).toBe(403)
    expect(
      (await t.request('GET', `/api/questionnaires/999999/checks`, { cookie: owner })).status,
    ).toBe(404)
  })
})

describe('template cards', () => {
  it('count the questions and sections a template creates for the program', async () => {
    const res = await t.request('GET', `/api/templates?programId=${programId}`, { cookie: owner })
    const cards = ((await res.json()) as any).items as any[]
    for (const name of ['skm', 'impact', 'nps', 'sus', 'blank']) {
      const created = await create(name)
      const questions = created.draft.sections.flatMap((s) => s.questions).length
      const card = cards.find((c) => c.name === name)
      expect([card.questionCount, card.sectionCount], name).toEqual([
        questions,
        created.draft.sections.length,
      ])
    }
    // Banjarmasin has kecamatan: the SKM card counts its question (13 + 1).
    expect(cards.find((c) => c.name === 'skm').questionCount).toBe(14)
  })
})

describe('migration 18-01', () => {
  it("lets stored drafts with the templates' old notice follow the rule and keeps other notices", async () => {
    const old = await create('skm')
    const own = await create('skm')
    const notice = { id: 'Pemberitahuan kami.', en: 'Our notice.' }
    const setDraft = (id: number, draft: Definition) =>
      t.deps.db
        .updateTable('questionnaires')
        .set({ draft: JSON.stringify(draft) })
        .where('id', '=', id)
        .execute()
    const migrator = new Migrator({
      db: t.deps.db,
      provider: { getMigrations: async () => migrations },
    })
    expect((await migrator.migrateTo('2026-12-04-15-02-response-exclusion')).error).toBeUndefined()
    await setDraft(old.id, { ...old.draft, privacyNotice: OLD_NOTICE })
    await setDraft(own.id, { ...own.draft, privacyNotice: notice })
    await migrateToLatest(t.deps.db)
    const draftOf = async (id: number) =>
      JSON.parse(
        (
          await t.deps.db
            .selectFrom('questionnaires')
            .select('draft')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).draft,
      ) as Definition
    expect((await draftOf(old.id)).privacyNotice).toBeUndefined()
    expect((await draftOf(own.id)).privacyNotice).toEqual(notice)
  })
})
