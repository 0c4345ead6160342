// The owner's response workspace through the API: the table (keyset pages, the dashboard's
// filters, a receipt), one response in full with the wording of its version and its time on the
// region's clock, a receipt looked up from the console, and who may see what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLink, seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
let counter: { id: number; slug: string }
let admin: string
let evaluator: string
let otherOwner: string
const receipts: string[] = []

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  form = await seedForm(t, {
    template: 'skm',
    link: { allowMultiple: true },
    edit: (draft) =>
      draft.sections[0]!.questions.push({
        code: 'phone',
        type: 'text',
        text: { id: 'Nomor WhatsApp Anda' },
        required: false,
        personal: true,
        maxLength: 30,
      }),
  })
  counter = await openLink(t, form.owner, form.questionnaireId, {
    channel: 'Loket',
    allowMultiple: true,
  })
  admin = await t.loginAdmin()
  evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
  otherOwner = await t.userCookie('owner', { agencyCode: 'DISKOP' })
  for (let i = 0; i < 23; i++) {
    // 00:30 WITA on 1 April is 16:30 UTC on 31 March.
    t.clock.now = new Date(Date.UTC(2024, 2, 31 + (i % 3), 16, 30 + i))
    const slug = i % 4 === 0 ? counter.slug : form.slug
    const answers = skmAnswers({
      gender: i % 2 ? 'perempuan' : 'laki-laki',
      U1: (i % 4) + 1,
      phone: `08${i}`,
    })
    const res = await submit(t, slug, answers)
    expect(res.status).toBe(201)
    receipts.push(((await res.json()) as { receipt: string }).receipt)
  }
}, 120_000)
afterAll(() => t.close())

const list = async (query = '', cookie = form.owner) => {
  const res = await t.request(
    'GET',
    `/api/questionnaires/${form.questionnaireId}/responses${query}`,
    {
      cookie,
    },
  )
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as { items: any[]; next: string | null }
}

describe('the response table', () => {
  it('pages newest first with an opaque cursor, every response exactly once', async () => {
    const seen: number[] = []
    let next: string | null = null
    let pages = 0
    do {
      const page = await list(`?limit=5${next ? `&after=${next}` : ''}`)
      seen.push(...page.items.map((r) => r.id))
      next = page.next
      pages++
    } while (next)
    expect(pages).toBe(5)
    expect(seen).toHaveLength(23)
    expect([...seen].sort((a, b) => b - a)).toEqual(seen)
    expect(new Set(seen).size).toBe(23)
  })

  it('gives each response its time on the region clock, link, channel, version and answers', async () => {
    const { items } = await list('?limit=100')
    const first = items.at(-1)!
    expect(first.submittedAt).toBe('2024-04-01T00:30:00+08:00')
    expect(first).toMatchObject({
      channel: 'Loket',
      linkId: counter.id,
      version: 1,
      excluded: false,
    })
    expect(first.answers).toMatchObject({ U1: 1, gender: 'laki-laki' })
    // The owner does not see answers to questions marked personal; an admin does.
    expect(first.answers.phone).toBeUndefined()
    const asAdmin = await list('?limit=100', admin)
    expect(asAdmin.items.at(-1)!.answers.phone).toBe('080')
  })

  it('takes the dashboard filters: period on the region calendar, link, segment, and a receipt', async () => {
    // The first response (00:30 WITA on 1 April) is in April, not March.
    expect((await list('?from=2024-04-01&to=2024-04-01&limit=100')).items.length).toBe(8)
    expect((await list('?to=2024-03-31&limit=100')).items).toEqual([])
    expect(
      (await list(`?link=${counter.id}&limit=100`)).items.every((r) => r.channel === 'Loket'),
    ).toBe(true)
    const women = await list('?segment.gender=perempuan&limit=100')
    expect(women.items).toHaveLength(11)
    const one = await list(`?receipt=${receipts[4]!.toLowerCase()}`)
    expect(one.items.map((r) => r.receipt)).toEqual([receipts[4]])
  })

  it('lists a program across its questionnaires', async () => {
    const res = await t.request('GET', `/api/programs/${form.programId}/responses?limit=200`, {
      cookie: form.owner,
    })
    const body = (await res.json()) as { items: any[] }
    // Si Mantab's demo questionnaire holds responses too.
    expect(body.items.length).toBeGreaterThan(23)
    expect(body.items.some((r) => r.questionnaireId !== form.questionnaireId)).toBe(true)
  })

  it('refuses a cursor that is not one, and another agency', async () => {
    for (const after of ['abc', 'cjE6MA', Buffer.from('r1:x').toString('base64url')]) {
      const res = await t.request(
        'GET',
        `/api/questionnaires/${form.questionnaireId}/responses?after=${after}`,
        { cookie: form.owner },
      )
      expect(res.status).toBe(422)
      expect((await readProblem(res)).errors?.[0]?.path).toBe('query.after')
    }
    const other = await t.request('GET', `/api/questionnaires/${form.questionnaireId}/responses`, {
      cookie: otherOwner,
    })
    expect(other.status).toBe(403)
    expect(
      (await t.request('GET', '/api/questionnaires/99999/responses', { cookie: admin })).status,
    ).toBe(404)
    expect(
      (await t.request('GET', `/api/questionnaires/${form.questionnaireId}/responses`)).status,
    ).toBe(401)
  })
})

describe('one response', () => {
  it('shows every question of its version with its wording, answer and label', async () => {
    const { items } = await list('?limit=100')
    const id = items.at(-1)!.id
    const res = await t.request('GET', `/api/responses/${id}`, { cookie: evaluator })
    expect(res.status).toBe(200)
    const detail = (await res.json()) as any
    expect(detail).toMatchObject({
      id,
      receipt: receipts[0],
      submittedAt: '2024-04-01T00:30:00+08:00',
      timeZone: 'Asia/Makassar',
      channel: 'Loket',
      version: 1,
      exclusion: null,
    })
    const u1 = detail.questions.find((q: any) => q.code === 'U1')
    expect(u1.text.id).toMatch(/persyaratan/i)
    expect(u1.answer).toBe(1)
    expect(u1.label.id).toMatch(/^1 - /)
    const gender = detail.questions.find((q: any) => q.code === 'gender')
    expect(gender.label).toEqual({ id: 'Laki-laki', en: 'Male' })
    const phone = detail.questions.find((q: any) => q.code === 'phone')
    expect(phone).toMatchObject({ personal: true, hidden: true, answer: null })
  })

  it('is found by its receipt from anywhere in the console, in scope', async () => {
    const res = await t.request('GET', `/api/responses/receipt/${receipts[2]}`, {
      cookie: form.owner,
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as any).receipt).toBe(receipts[2])
    expect(
      (await t.request('GET', `/api/responses/receipt/${receipts[2]}`, { cookie: otherOwner }))
        .status,
    ).toBe(403)
    expect(
      (await t.request('GET', '/api/responses/receipt/ZZZZZZZZ', { cookie: form.owner })).status,
    ).toBe(404)
  })

  it('answers 404 for an unknown response and 403 to another agency', async () => {
    expect((await t.request('GET', '/api/responses/999999', { cookie: admin })).status).toBe(404)
    const { items } = await list()
    expect(
      (await t.request('GET', `/api/responses/${items[0]!.id}`, { cookie: otherOwner })).status,
    ).toBe(403)
  })
})
