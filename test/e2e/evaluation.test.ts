// The evaluator console in Chromium against the real server (demo data, Banjarmasin 2024): an
// evaluator of the region opens the evaluation from the menu, reads the six dimensions with each
// program's impact score and interval, marks Si Mantab on the ten quick-win criteria, enters
// Baseline, Output and Outcome until the index is complete, downloads the XLSX sheet, switches to
// English and fits a 360 px phone; a program owner sees neither the menu nor the form. The steps
// run in order on one server: later ones read what earlier ones saved.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  contrastOnWhite,
  expectClean,
  horizontalOverflow,
  launchChromium,
  logInAs,
  watchPage,
} from './support/browser'
import { ensureClientBuilt, ROOT } from './support/client-build'
import { connectFormApi, type FormApi } from './support/form-api'
import { startServer, type RunningServer } from './support/server'

const SHOTS = join(ROOT, 'test-results')
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 360, height: 740 }
const EVALUATOR = { email: 'asesor@e2e.test', password: 'evaluator-password-1' }
const OWNER = { email: 'pemilik.dpmptsp@e2e.test', password: 'owner-password-123' }
const DIMENSION_ORDER = ['governance', 'branding', 'economy', 'living', 'society', 'environment']
const BANJARMASIN_2024: [string, string][] = [
  ['Si Mantab', 'governance'],
  ['Sungaiku Baiman', 'branding'],
  ['Baiman Store', 'economy'],
  ['Bakawan RTLH', 'living'],
  ['Portal Pendidikan', 'society'],
  ['Sampah Menjadi Energi', 'environment'],
]
/** The marks the evaluator gives Si Mantab, in the reference order of the ten criteria. */
const MARKS = [4, 5, 4, 3, 2, 4, 5, 3, 4, 4]
const MARK_MEAN = MARKS.reduce((a, b) => a + b, 0) / MARKS.length
const NOTE = 'Izin diantar ke rumah warga; perlu data waktu antar.'
const ENTERED = { baseline: '3,2', output: '3,5', outcome: '3,4' }
const XLSX_SHEETS = [
  'Evaluasi',
  'Cakupan',
  'Program',
  'Kriteria',
  'Penilaian asesor',
  'Nilai per asesor',
  'Metode',
]

interface Assessment {
  criteria: { code: string; name: { id: string; en: string }; mean: number | null; n: number }[]
  mine: { marks: Record<string, number>; notes: Record<string, string> } | null
  assessors: number
  quickwinMark: number | null
}
interface Evaluation {
  dimensions: {
    code: string
    score: number | null
    programs: {
      id: number
      name: string
      impactScore: number | null
      ci: [number, number] | null
      quickwinMark: number | null
    }[]
  }[]
  scores: Record<string, number | null>
  weights: Record<string, number>
  index: number | null
}

let server: RunningServer
let browser: Browser
let admin: FormApi
let evaluatorApi: Session
let ownerApi: Session
let regionId: number
let siMantabId: number
const contexts: BrowserContext[] = []

type Session = Awaited<ReturnType<typeof apiSession>>

/** A fetch session of `login`, with the status and JSON body of each call. */
async function apiSession(login: { email: string; password: string }) {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  })
  expect(res.status).toBe(200)
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!
  return async <T = any>(method: string, path: string, json?: unknown) => {
    const answer = await fetch(`${server.url}${path}`, {
      method,
      headers: { cookie, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
      body: json === undefined ? undefined : JSON.stringify(json),
    })
    const text = await answer.text()
    return { status: answer.status, body: (text ? JSON.parse(text) : null) as T }
  }
}

const evaluationPath = () => `/evaluations/${regionId}/2024`
const readEvaluation = async () =>
  (await evaluatorApi<Evaluation>('GET', `/api${evaluationPath()}`)).body
const readAssessment = async () =>
  (await evaluatorApi<Assessment>('GET', `/api/programs/${siMantabId}/assessment`)).body

/** A score as the console shows it in Indonesian (3,57) or English (3.57). */
const shown = (value: number, locale = 'id-ID') =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    value,
  )

async function openPage(viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, acceptDownloads: true })
  // Shorter than the test's own timeout, so a missing element is named in the failure.
  context.setDefaultTimeout(10_000)
  contexts.push(context)
  const page = await context.newPage()
  return { page, watch: await watchPage(page) }
}

const logIn = (page: Page, login: { email: string; password: string }) =>
  logInAs(page, server.url, login)

const mainMenu = (page: Page, name = 'Menu utama') => page.getByRole('navigation', { name })
const dimensionOf = (page: Page, code: string) =>
  page.locator(`section.ev-dimension[data-dimension="${code}"]`)
const programCard = (page: Page, name: string) =>
  page.locator('article.ev-program', { has: page.getByRole('heading', { name, exact: true }) })

async function openEvaluationFromMenu(page: Page) {
  await mainMenu(page).getByRole('link', { name: 'Evaluasi' }).click()
  await page.waitForURL((url) => url.pathname === evaluationPath())
  await page.getByRole('heading', { name: 'Evaluasi smart city', level: 1 }).waitFor()
  await dimensionOf(page, 'governance').waitFor()
}

describe('the evaluator console', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    await ensureClientBuilt()
    server = await startServer()
    browser = await launchChromium()
    admin = await connectFormApi(server.url)
    const regions = await admin.call<{ items: { id: number; name: string }[] }>(
      'GET',
      '/api/regions',
    )
    regionId = regions.items.find((r) => r.name === 'Kota Banjarmasin')!.id
    const programs = await admin.call<{ items: { id: number; name: string; agencyId: number }[] }>(
      'GET',
      `/api/programs?regionId=${regionId}&year=2024`,
    )
    const siMantab = programs.items.find((p) => p.name === 'Si Mantab')!
    siMantabId = siMantab.id
    await admin.call('POST', '/api/users', {
      ...EVALUATOR,
      name: 'Asesor Banjarmasin',
      role: 'evaluator',
      regionId,
    })
    await admin.call('POST', '/api/users', {
      ...OWNER,
      name: 'Pemilik DPMPTSP',
      role: 'owner',
      agencyId: siMantab.agencyId,
    })
    evaluatorApi = await apiSession(EVALUATOR)
    ownerApi = await apiSession(OWNER)
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await browser?.close()
    await server?.stop()
  })

  it('opens Banjarmasin 2024 from the menu with the six dimensions, programs, scores and intervals', async () => {
    const { page, watch } = await openPage()
    await logIn(page, EVALUATOR)
    await openEvaluationFromMenu(page)
    expect(await page.locator('.page-head .muted').textContent()).toBe('Kota Banjarmasin · 2024')
    const order = await page
      .locator('section.ev-dimension')
      .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-dimension')))
    expect(order).toEqual(DIMENSION_ORDER)

    const ev = await readEvaluation()
    for (const [name, dimension] of BANJARMASIN_2024) {
      const card = dimensionOf(page, dimension).locator('article.ev-program', { hasText: name })
      await card.waitFor()
      const entry = ev.dimensions
        .find((d) => d.code === dimension)!
        .programs.find((p) => p.name === name)!
      expect(entry.impactScore, name).not.toBeNull()
      expect(await card.locator('.ev-impact-value strong').textContent()).toBe(
        shown(entry.impactScore!),
      )
      const bar = card.getByRole('img', { name: /interval kepercayaan 95%/ })
      expect(await bar.getAttribute('aria-label')).toContain(
        `${shown(entry.ci![0])}–${shown(entry.ci![1])}`,
      )
      expect(await card.locator('.ci-interval').count()).toBe(1)
    }
    // The interval is a graphic that must stand out (3:1 on white) and the axis is readable.
    const firstBar = page.locator('svg.ci-bar').first()
    expect(await contrastOnWhite(firstBar.locator('.ci-interval'), 'stroke')).toBeGreaterThan(3)
    const tick = await firstBar.locator('.ci-tick-label').first().boundingBox()
    expect(tick!.height).toBeGreaterThanOrEqual(11)
    const governance = ev.dimensions.find((d) => d.code === 'governance')!
    expect(
      await dimensionOf(page, 'governance').locator('.ev-dimension-score strong').textContent(),
    ).toBe(shown(governance.score!))
    await page.screenshot({ path: join(SHOTS, 'evaluation-1280.png'), fullPage: true })
    expectClean(watch)
  })

  it('fills the ten quick-win criteria with a note from the drill-down and keeps the marks', async () => {
    const { page, watch } = await openPage()
    await logIn(page, EVALUATOR)
    await openEvaluationFromMenu(page)
    await programCard(page, 'Si Mantab').getByRole('link', { name: 'Penilaian Si Mantab' }).click()
    await page.waitForURL((url) => url.pathname === `/programs/${siMantabId}/assessment`)
    await page.getByRole('heading', { name: 'Penilaian quick win', level: 2 }).waitFor()
    expect(await page.getByTestId('quickwin-mark').textContent()).toBe('—')

    const before = await readAssessment()
    expect(await page.locator('fieldset.criterion').count()).toBe(10)
    for (const [i, criterion] of before.criteria.entries()) {
      const group = page.getByRole('group', { name: `${i + 1}. ${criterion.name.id}` })
      if (i === 0) {
        // The keyboard way: focus the first mark and move with the arrow keys.
        await group.getByRole('radio', { name: '1', exact: true }).focus()
        await page.keyboard.press('Space')
        for (let step = 1; step < MARKS[0]!; step++) await page.keyboard.press('ArrowRight')
      } else {
        await group.getByRole('radio', { name: String(MARKS[i]), exact: true }).check()
      }
      expect(
        await group.getByRole('radio', { name: String(MARKS[i]), exact: true }).isChecked(),
      ).toBe(true)
    }
    await page
      .getByRole('group', { name: `1. ${before.criteria[0]!.name.id}` })
      .getByLabel('Catatan (opsional)')
      .fill(NOTE)
    await page.getByText('10 dari 10 kriteria dinilai.').waitFor()
    await page.getByRole('button', { name: 'Simpan penilaian' }).click()
    await page.getByRole('status').getByText('Penilaian disimpan.').waitFor()

    await page.getByTestId('quickwin-mark').getByText(shown(MARK_MEAN)).waitFor()
    const after = await readAssessment()
    expect(after.mine!.marks).toEqual(
      Object.fromEntries(before.criteria.map((c, i) => [c.code, MARKS[i]])),
    )
    expect(after.mine!.notes).toEqual({ [before.criteria[0]!.code]: NOTE })
    expect(after.quickwinMark).toBeCloseTo(MARK_MEAN, 10)

    await page.reload()
    await page.getByRole('heading', { name: 'Penilaian quick win', level: 2 }).waitFor()
    for (const [i, criterion] of before.criteria.entries()) {
      const group = page.getByRole('group', { name: `${i + 1}. ${criterion.name.id}` })
      expect(
        await group.getByRole('radio', { name: String(MARKS[i]), exact: true }).isChecked(),
        criterion.code,
      ).toBe(true)
    }
    expect(
      await page
        .getByRole('group', { name: `1. ${before.criteria[0]!.name.id}` })
        .getByLabel('Catatan (opsional)')
        .inputValue(),
    ).toBe(NOTE)
    await page.screenshot({ path: join(SHOTS, 'evaluation-assessment-1280.png'), fullPage: true })

    await page.getByRole('link', { name: 'Evaluasi 2024' }).click()
    await page.waitForURL((url) => url.pathname === evaluationPath())
    const card = programCard(page, 'Si Mantab')
    await card.getByText('1 asesor').waitFor()
    expect(await card.locator('.ev-facts').textContent()).toContain(shown(MARK_MEAN))
    expect(await page.locator('tr[data-score="quickwin"] td').first().textContent()).toBe(
      shown(MARK_MEAN),
    )
    expectClean(watch)
  })

  it('takes Baseline, Output and Outcome and completes the index', async () => {
    const { page, watch } = await openPage()
    await logIn(page, EVALUATOR)
    await page.goto(`${server.url}${evaluationPath()}`)
    await page.getByRole('heading', { name: 'Isi nilai dan bobot', level: 2 }).waitFor()
    expect(await page.getByTestId('index-value').textContent()).toBe('Belum lengkap')
    const entered = page.getByRole('group', { name: 'Nilai dari telaah dokumen (0–5)' })
    await entered.getByLabel('Baseline', { exact: true }).fill(ENTERED.baseline)
    await entered.getByLabel('Output', { exact: true }).fill(ENTERED.output)
    await entered.getByLabel('Outcome', { exact: true }).fill(ENTERED.outcome)
    await page.getByRole('button', { name: 'Simpan nilai' }).click()
    await page.getByRole('status').getByText('Nilai disimpan; indeks dihitung ulang.').waitFor()

    const ev = await readEvaluation()
    expect(ev.scores).toMatchObject({ baseline: 3.2, output: 3.5, outcome: 3.4 })
    expect(ev.index).not.toBeNull()
    const expected = Object.entries(ev.weights).reduce(
      (sum, [code, weight]) => sum + weight * ev.scores[code]!,
      0,
    )
    expect(ev.index).toBeCloseTo(expected, 10)
    await page.getByTestId('index-value').getByText(shown(ev.index!), { exact: true }).waitFor()
    for (const [code, value] of Object.entries(ENTERED)) {
      expect(await page.locator(`tr[data-score="${code}"] td`).first().textContent()).toBe(
        value.replace(/^(\d),(\d)$/, '$1,$20'),
      )
    }
    await page.reload()
    await page.getByTestId('index-value').getByText(shown(ev.index!), { exact: true }).waitFor()
    expect(await entered.getByLabel('Baseline', { exact: true }).inputValue()).toBe(
      ENTERED.baseline,
    )
    expectClean(watch)
  })

  it('downloads the XLSX sheet with the programs, the assessed marks and the method', async () => {
    const { page, watch } = await openPage()
    await logIn(page, EVALUATOR)
    await page.goto(`${server.url}${evaluationPath()}`)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh XLSX' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('evaluasi-smart-city-63.71-2024.xlsx')
    const file = join(SHOTS, 'evaluation-download.xlsx')
    await download.saveAs(file)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(XLSX_SHEETS)
    const rows = (sheet: string) =>
      workbook
        .getWorksheet(sheet)!
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as ExcelJS.CellValue[]).slice(1))

    const [programHeader, ...programRows] = rows('Program')
    const column = (name: string) => programHeader!.indexOf(name)
    expect(programRows.map((r) => r[column('Program')]).sort()).toEqual(
      BANJARMASIN_2024.map(([name]) => name).sort(),
    )
    const siMantabRow = programRows.find((r) => r[column('Program')] === 'Si Mantab')!
    expect(siMantabRow[column('Nilai asesor (1-5)')]).toBeCloseTo(MARK_MEAN, 10)
    expect(siMantabRow[column('Jumlah asesor')]).toBe(1)

    const assessed = rows('Penilaian asesor')
    const header = assessed[0]!.map(String)
    const siMantab = assessed.find((r) => r[0] === 'Si Mantab')!
    const criteria = (await readAssessment()).criteria
    expect(header.slice(3, 13)).toEqual(criteria.map((c) => c.name.id))
    expect(siMantab[2]).toBe(1)
    expect(siMantab.slice(3, 13)).toEqual(MARKS)
    expect(siMantab[13]).toBeCloseTo(MARK_MEAN, 10)
    const others = assessed.filter((r) => r[0] !== 'Si Mantab' && r !== assessed[0])
    expect(others.every((r) => r[2] === 0)).toBe(true)

    const summary = rows('Evaluasi')
    const ev = await readEvaluation()
    const indexRow = summary.find((r) => r[0] === 'indeks' && r[1] === 'Indeks smart city')!
    expect(indexRow[2]).toBeCloseTo(ev.index!, 10)
    const quickwinRow = summary.find((r) => r[0] === 'skor' && r[1] === 'Quick Win')!
    expect(quickwinRow[2]).toBeCloseTo(MARK_MEAN, 10)
    expect(rows('Kriteria').some((r) => r[0] === 'Si Mantab')).toBe(true)
    expect(rows('Metode').length).toBeGreaterThan(3)
    expectClean(watch)
  })

  it('switches the evaluation to English with English number formats', async () => {
    const { page, watch } = await openPage()
    await logIn(page, EVALUATOR)
    await openEvaluationFromMenu(page)
    const ev = await readEvaluation()
    await page.getByTestId('index-value').getByText(shown(ev.index!), { exact: true }).waitFor()
    // Untouched numbers in the form follow the language; one the evaluator edited stays as typed.
    const weights = (name: string) => page.getByRole('group', { name })
    expect(await weights('Bobot indeks').getByLabel('Baseline').inputValue()).toBe('0,1')
    await weights('Bobot indeks').getByLabel('Output').fill('0,25')
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Smart-city evaluation', level: 1 }).waitFor()
    expect(await weights('Index weights').getByLabel('Baseline').inputValue()).toBe('0.1')
    expect(await weights('Index weights').getByLabel('Outcome').inputValue()).toBe('0.3')
    expect(await weights('Index weights').getByLabel('Output').inputValue()).toBe('0,25')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await mainMenu(page, 'Main menu').getByRole('link', { name: 'Evaluation' }).waitFor()
    await page
      .getByTestId('index-value')
      .getByText(shown(ev.index!, 'en-GB'), { exact: true })
      .waitFor()
    await page.getByRole('heading', { name: 'Scores and weights', level: 2 }).waitFor()
    await programCard(page, 'Si Mantab')
      .getByRole('img', { name: /95% confidence interval/ })
      .waitFor()
    await programCard(page, 'Si Mantab').getByRole('link', { name: 'Assessment Si Mantab' }).click()
    await page.getByRole('heading', { name: 'Quick-win assessment', level: 2 }).waitFor()
    await page.getByRole('button', { name: 'Save the assessment' }).waitFor()
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click()
    await page.getByRole('heading', { name: 'Penilaian quick win', level: 2 }).waitFor()
    expectClean(watch)
  })

  it('fits a 360 px phone: the document never scrolls sideways, wide tables scroll in place', async () => {
    const { page, watch } = await openPage(PHONE)
    await logIn(page, EVALUATOR)
    await openEvaluationFromMenu(page)
    await page.getByTestId('index-value').waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    const tableBoxes = await page
      .locator('table')
      .evaluateAll((tables) =>
        tables.map((table) => getComputedStyle(table.parentElement!).overflowX),
      )
    expect(tableBoxes.length).toBeGreaterThan(0)
    for (const overflowX of tableBoxes) expect(['auto', 'scroll']).toContain(overflowX)
    await page.screenshot({ path: join(SHOTS, 'evaluation-360.png'), fullPage: true })
    await page.getByText('Metode perhitungan').click()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    await page.goto(`${server.url}/programs/${siMantabId}/assessment`)
    await page.getByRole('button', { name: 'Simpan penilaian' }).waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: join(SHOTS, 'evaluation-assessment-360.png'), fullPage: true })
    expectClean(watch)
  })

  it('gives a program owner neither the evaluation menu nor the assessment form', async () => {
    const { page, watch } = await openPage()
    await logIn(page, OWNER)
    expect(await mainMenu(page).getByRole('link').allTextContents()).not.toContain('Evaluasi')
    await page.goto(`${server.url}/programs/${siMantabId}/assessment`)
    await page.getByRole('heading', { name: 'Penilaian quick win', level: 2 }).waitFor()
    await page.getByText('Hanya evaluator wilayah ini yang memberi nilai').waitFor()
    expect(await page.getByRole('radio').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Simpan penilaian' }).count()).toBe(0)
    const means = page.locator('table.criteria-table')
    expect(await means.locator('tr[data-criterion] td.num').first().textContent()).toBe(
      shown(MARKS[0]!),
    )
    await page.goto(`${server.url}${evaluationPath()}`)
    await page.getByRole('heading', { name: 'Tidak diizinkan', level: 1 }).waitFor()

    const refused = await ownerApi('PUT', `/api/programs/${siMantabId}/assessment`, {
      marks: { inovasi: 5 },
    })
    expect(refused.status).toBe(403)
    expect((await readAssessment()).mine!.marks.inovasi).toBe(MARKS[0])
    expectClean(watch)
  })
})
