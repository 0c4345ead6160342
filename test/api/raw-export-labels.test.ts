// The downloads of the response workspace: what the owner is looking at (filters), with labels
// or codes, times on the region clock with their offset, a codebook (a CSV of its own and a sheet
// of the XLSX), and SPSS syntax that GNU PSPP runs on the CSV with its variable and value labels.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addChannelsQuestion,
  openLink,
  seedForm,
  skmAnswers,
  submit,
  type SeededForm,
} from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
let counter: { id: number; slug: string }

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  form = await seedForm(t, {
    template: 'skm',
    link: { allowMultiple: true },
    edit: (draft) => addChannelsQuestion(draft),
  })
  counter = await openLink(t, form.owner, form.questionnaireId, {
    channel: 'Loket',
    allowMultiple: true,
  })
  for (let i = 0; i < 6; i++) {
    t.clock.now = new Date(Date.UTC(2024, 2, 31, 16, 30 + i)) // from 00:30 WITA on 1 April
    const answers = skmAnswers({
      U1: (i % 4) + 1,
      gender: i % 2 ? 'perempuan' : 'laki-laki',
      channels: i % 2 ? ['wa', 'radio'] : ['loket'],
    })
    expect((await submit(t, i < 2 ? counter.slug : form.slug, answers)).status).toBe(201)
  }
  t.clock.now = new Date('2024-06-15T08:00:00Z')
}, 60_000)
afterAll(() => t.close())

const download = async (file: string, query = '') => {
  const res = await t.request(
    'GET',
    `/api/questionnaires/${form.questionnaireId}/${file}${query}`,
    {
      cookie: form.owner,
    },
  )
  expect(res.status, await res.clone().text()).toBe(200)
  return res
}
const csvRows = async (query = '') =>
  parse(await (await download('responses.csv', query)).text(), {
    columns: true,
    bom: true,
  }) as Record<string, string>[]

describe('the raw CSV', () => {
  it('has one column per question in the version order, codes and region times by default', async () => {
    const res = await download('responses.csv')
    const [header] = parse(await res.clone().text(), { bom: true, to: 1 }) as string[][]
    expect(header!.slice(0, 4)).toEqual(['receipt', 'submitted_at', 'version', 'channel'])
    const questions = form.definition.sections.flatMap((s) => s.questions.map((q) => q.code))
    expect(header!.slice(4, -1)).toEqual(questions)
    expect(header!.at(-1)).toBe('impact_score')
    const rows = await csvRows()
    expect(rows[0]).toMatchObject({
      submitted_at: '2024-04-01T00:30:00+08:00',
      channel: 'Loket',
      U1: '1',
      gender: 'laki-laki',
      channels: 'loket',
    })
  })

  it('with labels=1 reads as the form did, in the wording of the version', async () => {
    const rows = await csvRows('?labels=1')
    expect(rows[0]!.gender).toBe('Laki-laki')
    expect(rows[1]!.channels).toBe('wa; radio')
    expect(rows[0]!.U1).toMatch(/^1 - \S/)
  })

  it('takes the filters the owner is looking at', async () => {
    expect(await csvRows(`?link=${counter.id}`)).toHaveLength(2)
    expect(await csvRows('?segment.gender=perempuan')).toHaveLength(3)
    expect(await csvRows('?from=2024-04-02')).toHaveLength(0)
    expect((await csvRows('?from=2024-04-01&to=2024-04-01')).length).toBe(6)
    const bad = await t.request(
      'GET',
      `/api/questionnaires/${form.questionnaireId}/responses.csv?link=999999`,
      {
        cookie: form.owner,
      },
    )
    expect(bad.status).toBe(422)
  })
})

describe('the codebook', () => {
  it('lists every column with its question, type, codes and labels', async () => {
    const rows = parse(await (await download('codebook.csv')).text(), {
      columns: true,
      bom: true,
    }) as Record<string, string>[]
    const gender = rows.filter((r) => r.variable === 'gender')
    expect(gender[0]).toMatchObject({
      tipe: 'segment',
      pertanyaan: expect.stringMatching(/kelamin/i),
    })
    expect(gender.slice(1).map((r) => [r.kode, r.label])).toEqual([
      ['laki-laki', 'Laki-laki'],
      ['perempuan', 'Perempuan'],
    ])
    const u1 = rows.filter((r) => r.variable === 'U1')
    expect(u1.slice(1).map((r) => r.kode)).toEqual(['1', '2', '3', '4'])
    expect(rows.some((r) => r.variable === 'submitted_at')).toBe(true)
  })

  it('is a sheet of the XLSX beside the responses, with labels when asked', async () => {
    const res = await download('responses.xlsx', '?labels=1')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any)
    const sheet = wb.getWorksheet('Respons')!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(sheet.getRow(2).getCell(header.indexOf('gender') + 1).value).toBe('Laki-laki')
    const book = wb.getWorksheet('Kodebook')!
    const values = book.getSheetValues().flat().map(String)
    expect(values).toContain('perempuan')
    expect(values).toContain('Perempuan')
  })
})

describe('the SPSS syntax', () => {
  it('names the CSV and every variable and value label', async () => {
    const text = await (await download('responses.sps')).text()
    expect(text).toContain(`/FILE='respons-kuesioner-${form.questionnaireId}.csv'`)
    expect(text).toMatch(/^VARIABLE LABELS$/m)
    expect(text).toMatch(/\/gender\n\s+'laki-laki' 'Laki-laki'/)
    expect(text).toMatch(/U1 F12\.2/)
  })

  it.runIf(existsSync('/usr/bin/pspp'))('runs in GNU PSPP on the CSV with its labels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spss-'))
    try {
      writeFileSync(
        join(dir, `respons-kuesioner-${form.questionnaireId}.csv`),
        Buffer.from(await (await download('responses.csv')).arrayBuffer()),
      )
      const syntax = await (await download('responses.sps')).text()
      writeFileSync(
        join(dir, 'read.sps'),
        `${syntax}\nDISPLAY DICTIONARY.\nFREQUENCIES VARIABLES=gender U1.\n`,
      )
      const out = execFileSync('pspp', ['-O', 'format=txt', 'read.sps'], {
        cwd: dir,
        encoding: 'utf8',
      })
      expect(out).not.toMatch(/error/i)
      expect(out).toMatch(/Laki-laki\s*\|\s*3\|/)
      expect(out).toMatch(/Perempuan\s*\|\s*3\|/)
      expect(out).toContain('Jenis kelamin')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
