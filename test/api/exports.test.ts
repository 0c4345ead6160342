// Specification of the downloads: every evaluation export opens (CSV with csv-parse, XLSX with
// exceljs, PDF text, JSON); raw responses stream one row per response without personal columns
// by default, across pages; formula-like text comes out neutralised everywhere.
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Definition } from '../../server/domain/questionnaire'
import { QUICKWIN_CRITERIA } from '../../server/domain/reference'
import { scoreRespondent } from '../../server/domain/scoring'
import { localDay } from '../../server/domain/calendar'
import { countingPlan } from '../../server/features/aggregates/counting-plan'
import { seedForm, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
let evaluator: string
let admin: string
let regionId: number
const INJECTION = '=HYPERLINK("x")'

function addQuestions(draft: Definition) {
  draft.sections.at(-1)!.questions.push(
    {
      code: 'phone',
      type: 'text',
      personal: true,
      required: false,
      maxLength: 30,
      text: { id: 'Nomor HP (boleh kosong)' },
    },
    {
      code: 'heard',
      type: 'multi',
      required: false,
      text: { id: 'Dari mana Anda tahu program ini?' },
      options: [
        { value: 'wa', label: { id: 'WhatsApp' } },
        { value: 'loket', label: { id: 'Loket' } },
      ],
    },
  )
}

const answers = (i: number, extra: Record<string, unknown> = {}) => ({
  aware: 'yes',
  used: 'no',
  benefit: 1 + (i % 5),
  ease: 4,
  satisfaction: 5,
  nps: i % 11,
  age: '30-39',
  ...extra,
})

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  form = await seedForm(t, { template: 'impact', edit: addQuestions })
  const extras = [
    { comments: INJECTION, phone: '0812345678', heard: ['wa', 'loket'] },
    { comments: '+62 cmd', heard: ['wa'] },
    { comments: '@SUM(A1)' },
    { comments: 'Pelayanan bagus' },
  ]
  for (const [i, extra] of extras.entries())
    expect((await submit(t, form.slug, answers(i, extra))).status).toBe(201)
  admin = await t.loginAdmin()
  evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
  const region = await t.deps.db
    .selectFrom('regions')
    .select('id')
    .where('code', '=', '63.71')
    .executeTakeFirstOrThrow()
  regionId = region.id
  const agency = await t.deps.db
    .selectFrom('agencies')
    .select('id')
    .where('code', '=', 'DISKOMINFOTIK')
    .executeTakeFirstOrThrow()
  const created = await t.request('POST', '/api/programs', {
    cookie: admin,
    json: {
      regionId,
      agencyId: agency.id,
      dimension: 'governance',
      element: 'governance.3',
      year: 2024,
      name: '@Program uji',
      description: { id: 'Nama yang mirip rumus.' },
    },
  })
  expect(created.status).toBe(201)
})
afterAll(() => t.close())

const download = async (path: string, cookie = evaluator) => {
  const res = await t.request('GET', path, { cookie })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+"$/)
  return res
}
const evaluationPath = (ext: string) => `/api/evaluations/${regionId}/2024/export.${ext}`
const evaluationJson = async () =>
  (await (
    await t.request('GET', `/api/evaluations/${regionId}/2024`, { cookie: evaluator })
  ).json()) as any

/** Text of an uncompressed pdfkit file: the hex strings of its TJ operators, decoded. */
function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1')
  return [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map((m) =>
      [...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((h) => Buffer.from(h[1]!, 'hex').toString('latin1'))
        .join(''),
    )
    .join('\n')
}

describe('the evaluation sheet', () => {
  it('as CSV parses with one row per program, summary rows, and neutralised text', async () => {
    const res = await download(evaluationPath('csv'))
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toContain('evaluasi-smart-city-63.71-2024.csv')
    const rows = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[]
    const ev = await evaluationJson()
    const programs = ev.dimensions.flatMap((d: any) => d.programs)
    expect(rows.filter((r) => r.jenis_baris === 'program')).toHaveLength(programs.length)
    const siMantab = rows.find((r) => r.program === 'Si Mantab')!
    const expected = programs.find((p: any) => p.name === 'Si Mantab')
    expect(Number(siMantab.skor_dampak)).toBe(expected.impactScore)
    expect(Number(siMantab.n)).toBe(expected.n)
    expect(rows.find((r) => r.program?.includes('Program uji'))!.program).toBe("'@Program uji")
    expect(rows.filter((r) => r.jenis_baris === 'dimensi')).toHaveLength(6)
    expect(rows.some((r) => r.jenis_baris === 'indeks' && r.program === 'Indeks smart city')).toBe(
      true,
    )
  })

  it('as XLSX reads back with its seven sheets, numbers as numbers, bold frozen headers', async () => {
    const res = await download(evaluationPath('xlsx'))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any)
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Evaluasi',
      'Cakupan',
      'Program',
      'Kriteria',
      'Penilaian asesor',
      'Nilai per asesor',
      'Metode',
    ])
    const sheet = wb.getWorksheet('Program')!
    expect(sheet.getRow(1).font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    const col = header.indexOf('Skor dampak (0-5)') + 1
    let found = false
    sheet.eachRow((row, i) => {
      if (i === 1 || row.getCell(3).value !== 'Si Mantab') return
      found = true
      expect(typeof row.getCell(col).value).toBe('number')
      expect(row.getCell(col).numFmt).toBe('0.00')
    })
    expect(found).toBe(true)
    const names: unknown[] = []
    sheet.eachRow((row) => names.push(row.getCell(3).value))
    expect(names).toContain("'@Program uji")
    const methods = wb.getWorksheet('Metode')!.getColumn(2).values.join('\n')
    expect(methods).toContain('1/9')
  })

  it("as XLSX lists each assessor's own marks and notes, not only the means", async () => {
    const second = await t.userCookie('evaluator', {
      regionCode: '63.71',
      email: 'kedua@test.local',
    })
    const criteria = QUICKWIN_CRITERIA.criteria.map((c) => c.code)
    const put = (cookie: string, json: unknown) =>
      t.request('PUT', `/api/programs/${form.programId}/assessment`, { cookie, json })
    const first = Object.fromEntries(criteria.map((code, i) => [code, (i % 5) + 1]))
    const notes = { general: '=HYPERLINK("x")', [criteria[1]!]: 'Menarik' }
    expect((await put(evaluator, { marks: first, notes })).status).toBe(200)
    expect((await put(second, { marks: { [criteria[0]!]: 2 } })).status).toBe(200)

    const wb = new ExcelJS.Workbook()
    const res = await download(evaluationPath('xlsx'))
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any)
    const rows = wb
      .getWorksheet('Nilai per asesor')!
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as ExcelJS.CellValue[]).slice(1))
    const [header, ...marked] = rows as ExcelJS.CellValue[][]
    expect(header!.slice(0, 3)).toEqual(['Program', 'Perangkat daerah', 'Asesor'])
    expect(header!.slice(3, 3 + criteria.length)).toEqual(
      QUICKWIN_CRITERIA.criteria.map((c) => c.name.id),
    )
    const program = (
      await t.deps.db
        .selectFrom('programs')
        .select('name')
        .where('id', '=', form.programId)
        .executeTakeFirstOrThrow()
    ).name
    const ofProgram = marked.filter((r) => r[0] === program)
    expect(ofProgram).toHaveLength(2)
    const mine = ofProgram.find((r) => r[3] === 1)!
    expect(mine.slice(3, 3 + criteria.length)).toEqual(criteria.map((_, i) => (i % 5) + 1))
    expect(mine[3 + criteria.length]).toBe(`'=HYPERLINK("x")`) // neutralised, not a formula
    expect(String(mine[4 + criteria.length])).toContain('Menarik')
    const theirs = ofProgram.find((r) => r !== mine)!
    expect(theirs[3]).toBe(2)
    expect(theirs.slice(4, 3 + criteria.length).every((x) => x === null || x === undefined)).toBe(
      true,
    )
  })

  it('as PDF is an A4 report whose text names every program, with page numbers', async () => {
    const res = await download(evaluationPath('pdf'))
    const pdf = Buffer.from(await res.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = pdfText(pdf)
    expect(text).toContain('Laporan Evaluasi Smart City')
    for (const d of (await evaluationJson()).dimensions)
      for (const p of d.programs) expect(text).toContain(p.name)
    expect(text).toMatch(/Halaman 1 dari \d+/)
    expect(text).toContain('Metode')
  })

  it('as PDF wraps long names instead of cutting them, and names its status and version', async () => {
    const res = await download(evaluationPath('pdf'))
    const file = join(tmpdir(), `evaluation-${process.pid}.pdf`)
    writeFileSync(file, Buffer.from(await res.arrayBuffer()))
    // pdftotext (poppler-utils, installed by .ci/run) in content order: a wrapped cell's lines follow each other.
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
    rmSync(file)
    const flat = text.replace(/\s+/g, ' ')
    const ev = await evaluationJson()
    for (const d of ev.dimensions)
      for (const p of d.programs) {
        expect(flat).toContain(p.elementName.id)
        expect(flat).toContain(p.name)
      }
    expect(flat).toContain('Harmonisasi tata ruang')
    expect(flat).not.toMatch(/\.\.\.|…/)
    expect(flat).toContain('Status: SEMENTARA (belum lengkap)')
    expect(flat).toContain('Versi: Draf (belum difinalkan)')
  })

  it('as JSON is the evaluation object', async () => {
    const res = await download(evaluationPath('json'))
    expect(await res.json()).toEqual(await evaluationJson())
  })

  it('is refused to program owners', async () => {
    const res = await t.request('GET', evaluationPath('csv'), { cookie: form.owner })
    expect(res.status).toBe(403)
  })
})

const rawPath = (ext: string, query = '') =>
  `/api/questionnaires/${form.questionnaireId}/responses.${ext}${query}`
const stored = async () =>
  t.deps.db
    .selectFrom('responses')
    .selectAll()
    .where('questionnaire_id', '=', form.questionnaireId)
    .orderBy('id')
    .execute()

describe('raw responses', () => {
  it('as CSV have one row per response, no personal column, multi answers joined, formulas neutralised', async () => {
    const res = await download(rawPath('csv'), form.owner)
    const rows = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[]
    const db = await stored()
    expect(rows).toHaveLength(db.length)
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'receipt',
        'submitted_at',
        'version',
        'channel',
        'aware',
        'comments',
        'age',
        'impact_score',
      ]),
    )
    expect(Object.keys(rows[0]!)).not.toContain('phone')
    expect(rows[0]).toMatchObject({
      receipt: db[0]!.receipt,
      version: '1',
      channel: 'WhatsApp',
      heard: 'wa; loket',
    })
    expect(rows.map((r) => r.comments)).toEqual([
      `'${INJECTION}`,
      "'+62 cmd",
      "'@SUM(A1)",
      'Pelayanan bagus',
    ])
    expect(Number(rows[1]!.impact_score)).toBe(5 * db[1]!.impact!)
  })

  it('include personal answers only for admins who ask, and that export is audited', async () => {
    expect(
      (await t.request('GET', rawPath('csv', '?includePersonal=1'), { cookie: form.owner })).status,
    ).toBe(403)
    const res = await download(rawPath('csv', '?includePersonal=1'), admin)
    const rows = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[]
    expect(rows[0]!.phone).toBe('0812345678')
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'responses.export_personal')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]!.object_id).toBe(String(form.questionnaireId))
  })

  it('as XLSX read back with numbers as numbers and neutralised text', async () => {
    const res = await download(rawPath('xlsx'), evaluator)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any)
    const sheet = wb.getWorksheet('Respons')!
    expect(sheet.rowCount).toBe((await stored()).length + 1)
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).not.toContain('phone')
    const row = sheet.getRow(2)
    expect(row.getCell(header.indexOf('comments') + 1).value).toBe(`'${INJECTION}`)
    expect(typeof row.getCell(header.indexOf('impact_score') + 1).value).toBe('number')
    expect(typeof row.getCell(header.indexOf('benefit') + 1).value).toBe('number')
  })

  it('as JSON are a streamed array of the responses without personal answers', async () => {
    const body = (await (await download(rawPath('json'), admin)).json()) as any[]
    expect(body).toHaveLength((await stored()).length)
    expect(body[0]).toMatchObject({
      version: 1,
      channel: 'WhatsApp',
      answers: { comments: INJECTION, heard: ['wa', 'loket'] },
      segments: { age: '30-39' },
    })
    expect(body[0].answers.phone).toBeUndefined()
  })

  it('stream every response once, in order, across many pages', async () => {
    const version = await t.deps.db
      .selectFrom('questionnaire_versions')
      .selectAll()
      .where('questionnaire_id', '=', form.questionnaireId)
      .executeTakeFirstOrThrow()
    const definition = JSON.parse(version.definition) as Definition
    const batch = Array.from({ length: 4500 }, (_, i) => {
      const a = answers(i, { comments: `komentar ${i}` }) as any
      return {
        questionnaireId: form.questionnaireId,
        versionId: version.id,
        programId: form.programId,
        linkId: form.linkId,
        plan: countingPlan(version.id, definition),
        submittedAt: t.clock.now.toISOString(),
        day: localDay(t.clock.now.toISOString(), 'Asia/Makassar'),
        idempotencyKey: randomUUID(),
        deviceToken: null,
        answers: a,
        score: scoreRespondent(definition, a),
      }
    })
    expect(
      (await t.deps.responses.storeWithAggregates(batch)).every((o) => o.status === 'created'),
    ).toBe(true)
    const rows = parse(await (await download(rawPath('csv'), evaluator)).text(), {
      columns: true,
      bom: true,
    }) as Record<string, string>[]
    const db = await stored()
    expect(rows).toHaveLength(db.length)
    expect(rows.map((r) => r.receipt)).toEqual(db.map((r) => r.receipt))
  })

  it('are refused to owners of another agency', async () => {
    const other = await t.userCookie('owner', { agencyCode: 'PUPR' })
    expect([403, 404]).toContain((await t.request('GET', rawPath('csv'), { cookie: other })).status)
  })
})
