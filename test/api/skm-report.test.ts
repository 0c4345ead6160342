// Specification of the SKM report: the PDF read by pdftotext and the DOCX read by LibreOffice hold
// the IKM, mutu and every element's NRR exactly as GET /api/programs/:id/score gives them for the
// same questionnaire and period (as printed: NRR to three decimals, the IKM to two), the change
// against the previous period, the comments per element and the follow-up actions entered; the
// agency report holds every unit; access and bad periods answer problems.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatDecimal } from '../../server/domain/format/decimal'
import { docxText, flat, pdfText } from '../support/document-text'
import { seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
let owner: string
let pdf: string
let docx: string
let score: any
let previous: any
const COMPLAINT = 'Antrean lama sekali, loket hanya satu'
const ACTIONS = ['Tambah petugas loket', 'Papan antrean digital']

const at = (iso: string) => (t.clock.now = new Date(iso))
const n3 = (x: number) => formatDecimal(x, 3)

async function getScore(from: string, to: string) {
  const res = await t.request(
    'GET',
    `/api/programs/${form.programId}/score?questionnaire=${form.questionnaireId}&from=${from}&to=${to}`,
    { cookie: owner },
  )
  expect(res.status).toBe(200)
  return (await res.json()) as any
}

async function download(path: string, cookie = owner) {
  const res = await t.request('GET', path, { cookie })
  expect(res.status, await res.clone().text()).toBe(200)
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) }
}

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  at('2024-02-01T02:00:00.000Z')
  form = await seedForm(t, {
    link: { allowMultiple: true },
    edit: (draft) =>
      draft.sections.at(-1)!.questions.push({
        code: 'saran',
        type: 'text',
        required: false,
        maxLength: 500,
        text: { id: 'Saran untuk perbaikan layanan' },
      }),
  })
  // Q1 2024: twelve respondents; Q2: twenty, some slow-service complaints with comments.
  for (let i = 0; i < 12; i++) {
    at(`2024-03-${String(1 + i).padStart(2, '0')}T03:00:00.000Z`)
    const answers = skmAnswers({ U3: 1 + (i % 3), U5: 2 + (i % 2) })
    expect((await submit(t, form.slug, answers)).status).toBe(201)
  }
  for (let i = 0; i < 20; i++) {
    at(`2024-05-${String(1 + i).padStart(2, '0')}T03:00:00.000Z`)
    const slow = i % 4 === 0
    const answers = skmAnswers({
      U1: 3 + (i % 2),
      U3: slow ? 1 : 3 + (i % 2),
      U7: 2 + (i % 3),
      ...(slow ? { saran: `${COMPLAINT} 😞 (${i})` } : i % 5 === 1 ? { saran: 'Bagus' } : {}),
    })
    expect((await submit(t, form.slug, answers)).status).toBe(201)
  }
  at('2024-07-02T03:00:00.000Z')
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  for (const [i, action] of ACTIONS.entries()) {
    const res = await t.request('POST', `/api/programs/${form.programId}/follow-ups`, {
      cookie: owner,
      json: {
        target: { kind: 'skm', code: 'U3' },
        action,
        unit: 'Bidang Pelayanan',
        dueQuarter: '2024-Q3',
        status: i === 0 ? 'berjalan' : 'rencana',
      },
    })
    expect(res.status).toBe(201)
  }
  score = await getScore('2024-04-01', '2024-06-30')
  previous = await getScore('2024-01-01', '2024-03-31')
  const path = `/api/questionnaires/${form.questionnaireId}/skm-report`
  const [p, d] = await Promise.all([
    download(`${path}.pdf?period=2024-Q2`),
    download(`${path}.docx?from=2024-04-01&to=2024-06-30`),
  ])
  expect(p.res.headers.get('content-type')).toBe('application/pdf')
  expect(p.res.headers.get('content-disposition')).toBe(
    'attachment; filename="laporan-skm-si-mantab-2024-Q2.pdf"',
  )
  expect(d.res.headers.get('content-type')).toMatch(/wordprocessingml/)
  pdf = flat(pdfText(p.bytes))
  docx = flat(docxText(d.bytes))
}, 180_000)
afterAll(() => t.close())

describe.each([
  ['PDF', () => pdf],
  ['DOCX', () => docx],
])('the %s report', (_, text) => {
  it('holds the IKM, mutu and every NRR as the score API gives them for the period', () => {
    expect(score.n).toBe(20)
    const ikm = score.ikm
    expect(text()).toContain(
      `IKM unit pelayanan (IKM x 25, skala 25-100) ${formatDecimal(ikm.converted, 2)}`,
    )
    expect(text()).toContain(`IKM (jumlah NRR tertimbang, skala 1-4) ${n3(ikm.value)}`)
    expect(text()).toContain(`Mutu pelayanan ${ikm.mutu} Kinerja unit pelayanan ${ikm.kinerja.id}`)
    const nrrs = ikm.elements.map((e: any) => n3(e.nrr)).join(' ')
    expect(text()).toContain(`NRR per unsur ${nrrs}`)
    const weighted = ikm.elements.map((e: any) => n3(e.weighted)).join(' ')
    expect(text()).toContain(`NRR tertimbang per unsur ${weighted}`)
    for (const e of ikm.elements)
      expect(text()).toContain(
        `${e.code} ${e.name.id} ${e.n} ${n3(e.nrr)} ${formatDecimal(e.converted, 2)}`,
      )
  })

  it('names the unit, the period, the sample and the channels', () => {
    expect(text()).toContain('LAPORAN SURVEI KEPUASAN MASYARAKAT')
    expect(text()).toContain('Triwulan II 2024 (1 April 2024 s.d. 30 Juni 2024)')
    expect(text()).toContain(`Krejcie dan Morgan untuk populasi 4.000`)
    expect(text()).toContain(`${score.sampleTarget.target} responden`)
    expect(text()).toContain('WhatsApp 20 100,0%')
    expect(text()).toContain('Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik')
  })

  it('shows the respondent profile as tables', () => {
    expect(text()).toContain('Perempuan 20 100,0%')
    expect(text()).toContain('30-39 tahun 20 100,0%')
  })

  it('compares with the previous quarter with the interval of the change', () => {
    const change = score.ikm.converted - previous.ikm.converted
    const sign = change > 0 ? '+' : ''
    expect(text()).toContain(
      `IKM unit pelayanan (konversi) ${formatDecimal(previous.ikm.converted)} ${formatDecimal(score.ikm.converted)} ${sign}${formatDecimal(change)}`,
    )
    const u3 = (s: any) => s.ikm.elements.find((e: any) => e.code === 'U3').nrr
    expect(text()).toContain(`NRR U3 Waktu penyelesaian ${n3(u3(previous))} ${n3(u3(score))}`)
  })

  it('names the three weakest elements, counts comments per element and lists the follow-ups', () => {
    const weakest = [...score.ikm.elements].sort((a: any, b: any) => a.nrr - b.nrr).slice(0, 3)
    for (const e of weakest) expect(text()).toContain(`${e.code} ${e.name.id}: NRR ${n3(e.nrr)}`)
    expect(text()).toContain('8 responden menulis saran atau keluhan')
    expect(text()).toContain('U3 Waktu penyelesaian 5 ')
    expect(text()).toContain(COMPLAINT)
    for (const action of ACTIONS) expect(text()).toContain(action)
    expect(text()).toContain('Rencana tindak lanjut: 1 rencana, 1 berjalan, 0 selesai.')
  })
})

describe('the report files', () => {
  it('keep every character of a comment in the DOCX and a placeholder in the PDF', () => {
    expect(docx).toContain(`${COMPLAINT} 😞 (16)`)
    expect(pdf).toContain(`${COMPLAINT} ? (16)`)
  })

  it('cover every SKM questionnaire of an agency, each with its IKM', async () => {
    const agency = await t.deps.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'DPMPTSP')
      .executeTakeFirstOrThrow()
    const { bytes } = await download(`/api/agencies/${agency.id}/skm-report.pdf?period=2024-Q2`)
    const text = flat(pdfText(bytes))
    expect(text).toContain('BAB II RINGKASAN HASIL')
    const questionnaires = await t.deps.db
      .selectFrom('questionnaires')
      .select(['id', 'program_id', 'title'])
      .where('template', '=', 'skm')
      .where(
        'program_id',
        'in',
        t.deps.db.selectFrom('programs').select('id').where('agency_id', '=', agency.id),
      )
      .execute()
    expect(questionnaires.length).toBeGreaterThanOrEqual(2)
    for (const q of questionnaires) {
      const res = await t.request(
        'GET',
        `/api/programs/${q.program_id}/score?questionnaire=${q.id}&period=x&from=2024-04-01&to=2024-06-30`,
        { cookie: owner },
      )
      const s = (await res.json()) as any
      expect(text).toContain(q.title)
      if (s.ikm) expect(text).toContain(`${formatDecimal(s.ikm.converted)} ${s.ikm.mutu}`)
    }
  })
})

describe('who may download a report, and for which period', () => {
  const path = () => `/api/questionnaires/${form.questionnaireId}/skm-report.pdf`

  it("lets the region's evaluators read it and keeps other agencies and anonymous callers out", async () => {
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    expect((await t.request('GET', path(), { cookie: evaluator })).status).toBe(200)
    const stranger = await t.userCookie('owner', { agencyCode: 'DISKOMINFOTIK' })
    expect((await t.request('GET', path(), { cookie: stranger })).status).toBe(403)
    expect((await t.request('GET', path())).status).toBe(401)
    const agency = await t.deps.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'DPMPTSP')
      .executeTakeFirstOrThrow()
    const agencyPath = `/api/agencies/${agency.id}/skm-report.docx`
    expect((await t.request('GET', agencyPath, { cookie: stranger })).status).toBe(403)
    expect((await t.request('GET', agencyPath, { cookie: evaluator })).status).toBe(200)
    // Evaluators of the province or the country read it too (they were refused before).
    for (const scope of [{ kind: 'province', code: '63' }, { kind: 'national' }] as const) {
      const wide = await t.userCookie('evaluator', { scope })
      expect((await t.request('GET', agencyPath, { cookie: wide })).status).toBe(200)
    }
    const elsewhere = await t.userCookie('evaluator', { scope: { kind: 'province', code: '15' } })
    expect((await t.request('GET', agencyPath, { cookie: elsewhere })).status).toBe(403)
    expect(
      (await t.request('GET', '/api/agencies/999999/skm-report.pdf', { cookie: owner })).status,
    ).toBe(404)
    const unknown = await t.request('GET', '/api/questionnaires/999999/skm-report.docx', {
      cookie: owner,
    })
    expect(unknown.status).toBe(404)
  })

  it('refuses bad periods and questionnaires not built on the SKM template', async () => {
    for (const query of ['?period=2024-Q5', '?from=2024-04-01', '?from=2024-06-01&to=2024-05-01']) {
      const res = await t.request('GET', path() + query, { cookie: owner })
      expect(res.status, query).toBe(422)
      expect((await readProblem(res)).errors!.length).toBeGreaterThan(0)
    }
    const impact = await seedForm(t, { template: 'impact', owner })
    const res = await t.request(
      'GET',
      `/api/questionnaires/${impact.questionnaireId}/skm-report.pdf`,
      {
        cookie: owner,
      },
    )
    expect(res.status).toBe(422)
  })
})
