// The comparison of a year and a region's trajectory as files: the same ranks and figures in the
// CSV, in the XLSX opened by LibreOffice, and in the PDF read by pdftotext (both Debian packages,
// installed by .ci/run).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let national: string
let dir: string
let banjarmasin: number

const download = async (path: string, cookie = national) => {
  const res = await t.request('GET', path, { cookie })
  expect(res.status, await res.clone().text()).toBe(200)
  return res
}

/** LibreOffice's own reading of an XLSX, as CSV of its first sheet. */
function libreOfficeCsv(xlsx: Buffer): string[][] {
  const file = join(dir, 'book.xlsx')
  writeFileSync(file, xlsx)
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  )
  return parse(readFileSync(join(dir, 'book.csv'), 'utf8'), { relax_column_count: true })
}

function pdfText(pdf: Buffer): string {
  const file = join(dir, 'report.pdf')
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  dir = mkdtempSync(join(tmpdir(), 'across-exports-'))
  national = await t.userCookie('evaluator', { scope: { kind: 'national' } })
  banjarmasin = (
    await t.deps.db
      .selectFrom('regions')
      .select('id')
      .where('code', '=', '63.71')
      .executeTakeFirstOrThrow()
  ).id
})
afterAll(async () => {
  await t.close()
  rmSync(dir, { recursive: true, force: true })
})

const RANKED_2024 = [
  ['1', 'Kota Banjarmasin', '3,57'],
  ['2', 'Kota Jambi', '3,48'],
  ['3', 'Kabupaten Batanghari', '2,95'],
  ['4', 'Kabupaten Muaro Jambi', '2,72'],
]

describe('the comparison of 2024 as files', () => {
  it('CSV: the ranks, the text chart and the rule', async () => {
    const res = await download('/api/evaluations/export.csv?year=2024')
    expect(res.headers.get('content-disposition')).toContain('perbandingan-smart-city-2024.csv')
    const rows = parse((await res.text()).replace(/^\uFEFF/, ''), { columns: true }) as any[]
    const ranked = rows.filter((r) => r.peringkat_nasional !== '')
    expect(ranked.map((r) => [r.peringkat_nasional, r.wilayah, r.indeks])).toEqual(
      RANKED_2024.map(([rank, name, index]) => [rank, name, index!.replace(',', '.')]),
    )
    expect(ranked[1].grafik).toBe(`${'█'.repeat(14)}${'░'.repeat(6)} 3,48`)
    expect(rows[0].catatan).toMatch(/berbagi peringkat/)
  })

  it('XLSX: LibreOffice reads the same ranks and indexes', async () => {
    const res = await download('/api/evaluations/export.xlsx?year=2024')
    const rows = libreOfficeCsv(Buffer.from(await res.arrayBuffer()))
    const header = rows[0]!
    const col = (name: string) => header.indexOf(name)
    const ranked = rows.slice(1).filter((r) => r[col('Peringkat nasional')] !== '')
    expect(
      ranked.map((r) => [r[col('Peringkat nasional')], r[col('Wilayah')], r[col('Indeks')]]),
    ).toEqual(RANKED_2024.map(([rank, name, index]) => [rank, name, index!.replace(',', '.')]))
  }, 180_000)

  it('PDF: pdftotext reads the ranks in the same order', async () => {
    const res = await download('/api/evaluations/export.pdf?year=2024&province=15')
    const text = pdfText(Buffer.from(await res.arrayBuffer()))
    expect(text).toContain('Perbandingan evaluasi smart city 2024')
    const order = ['Kota Jambi', 'Kabupaten Batanghari', 'Kabupaten Muaro Jambi'].map((name) =>
      text.indexOf(name),
    )
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const jambiLine = text.split('\n').find((l) => l.includes('Kota Jambi') && l.includes('3,48'))
    expect(jambiLine).toMatch(/^\s*2\s+1\s+Kota Jambi/)
    expect(text).not.toContain('Kota Banjarmasin')
  })
})

describe('the trajectory as files', () => {
  it('PDF and XLSX carry the years, the chart as text and the SPBE context apart', async () => {
    const pdf = pdfText(
      Buffer.from(
        await (await download(`/api/evaluations/${banjarmasin}/export.pdf`)).arrayBuffer(),
      ),
    )
    for (const label of ['2021 terbit', '2022 terbit', '2023 terbit', '2024 terbit'])
      expect(pdf).toContain(label)
    expect(pdf).toContain('2,82')
    expect(pdf).toContain('SPBE 2024')
    const csv = await (await download(`/api/evaluations/${banjarmasin}/export.csv`)).text()
    expect(csv).toContain(`${'█'.repeat(14)}${'░'.repeat(6)} 3,57`)
    expect(csv).not.toContain('4,06')
  })

  it('refuses an evaluator outside the region', async () => {
    const other = await t.userCookie('evaluator', { regionCode: '15.71' })
    const res = await t.request('GET', `/api/evaluations/${banjarmasin}/export.pdf`, {
      cookie: other,
    })
    expect(res.status).toBe(403)
  })
})
