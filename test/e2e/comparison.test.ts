// Evaluators across regions and years in Chromium against the real server (demo data): a national
// evaluator sees Kota Jambi ranked above Kabupaten Batanghari and Kabupaten Muaro Jambi in 2024 and
// Kota Banjarmasin's 2021-2024 trajectory, at 1280 and 360 px; a regional evaluator sees only
// their region; the evaluation reads provisional with 1 of 6 programs assessed and final after
// finalising with a reason.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QUICKWIN_CRITERIA } from '../../server/domain/reference'
import {
  contrastOnWhite,
  expectClean,
  horizontalOverflow,
  launchChromium,
  logInAs,
  watchPage,
} from './support/browser'
import { ensureClientBuilt } from './support/client-build'
import { connectFormApi, type FormApi } from './support/form-api'
import { E2E_ADMIN, startServer, type RunningServer } from './support/server'

const NATIONAL = { email: 'nasional@e2e.test', password: 'national-password-1' }
const REGIONAL = { email: 'banjarmasin@e2e.test', password: 'regional-password-1' }
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
]
const MARKS = Object.fromEntries(QUICKWIN_CRITERIA.criteria.map((c) => [c.code, 4]))

let server: RunningServer
let browser: Browser
let admin: FormApi
let banjarmasin: number
const contexts: BrowserContext[] = []

async function openPage(viewport: { width: number; height: number }, login: typeof NATIONAL) {
  const context = await browser.newContext({ viewport })
  context.setDefaultTimeout(10_000)
  contexts.push(context)
  const page = await context.newPage()
  const watch = await watchPage(page)
  await logInAs(page, server.url, login)
  return { page, watch }
}

/** The region names of the ranked rows of the comparison table, top to bottom. */
const rankedRows = (page: Page) =>
  page.locator('.across-table tbody tr').evaluateAll((rows) =>
    rows
      .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim()))
      .filter((cells) => cells[0] !== '—')
      .map((cells) => `${cells[0]} ${cells[1]}`),
  )

describe('evaluations across regions and years', () => {
  beforeAll(async () => {
    await ensureClientBuilt()
    server = await startServer()
    browser = await launchChromium()
    admin = await connectFormApi(server.url)
    const regions = await admin.call<{ items: { id: number; code: string }[] }>(
      'GET',
      '/api/regions',
    )
    banjarmasin = regions.items.find((r) => r.code === '63.71')!.id
    const base = { role: 'evaluator' }
    await admin.call('POST', '/api/users', {
      ...NATIONAL,
      ...base,
      name: 'Evaluator Nasional',
      scope: { kind: 'national' },
    })
    await admin.call('POST', '/api/users', {
      ...REGIONAL,
      ...base,
      name: 'Evaluator Banjarmasin',
      scope: { kind: 'region', code: '63.71' },
    })
  }, 240_000)

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await browser?.close()
    await server?.stop()
  })

  for (const viewport of VIEWPORTS) {
    it(`a national evaluator sees the 2024 ranking and Banjarmasin's trajectory at ${viewport.width} px`, async () => {
      const { page, watch } = await openPage(viewport, NATIONAL)
      await page.goto(`${server.url}/comparison?year=2024`)
      await page.getByRole('heading', { name: 'Perbandingan evaluasi 2024', level: 1 }).waitFor()
      await page.locator('.across-table tbody tr').first().waitFor()
      const rows = await rankedRows(page)
      expect(rows).toEqual([
        '1 Kota Banjarmasin',
        '2 Kota Jambi',
        '3 Kabupaten Batanghari',
        '4 Kabupaten Muaro Jambi',
      ])
      // The chart reads as text: each bar's rank, region and index.
      const bars = await page.locator('.index-bars li').allTextContents()
      expect(bars[1]).toMatch(/2\. Kota Jambi\s*3,48/)
      expect(await horizontalOverflow(page)).toBe(0)

      await page.getByRole('link', { name: 'Kota Banjarmasin' }).first().click()
      await page.waitForURL((url) => url.pathname === `/evaluations/${banjarmasin}`)
      await page.getByRole('heading', { name: /Lintasan evaluasi Kota Banjarmasin/ }).waitFor()
      const years = await page.locator('.index-bars').first().locator('li').allTextContents()
      for (const [year, index] of [
        ['2021', '2,82'],
        ['2022', '3,06'],
        ['2023', '3,31'],
        ['2024', '3,57'],
      ])
        expect(years.some((y) => y.includes(`${year} · terbit`) && y.includes(index))).toBe(true)
      await expect(page.getByText('Konteks: indeks SPBE').isVisible()).resolves.toBe(true)
      expect(await horizontalOverflow(page)).toBe(0)
      expectClean(watch)
    })
  }

  it('an admin gives an evaluator the province of Jambi in the users page; they see Jambi only', async () => {
    const { page, watch } = await openPage(VIEWPORTS[1]!, E2E_ADMIN)
    const login = { email: 'jambi@e2e.test', password: 'province-password-1' }
    await page.goto(`${server.url}/users`)
    await page.getByRole('button', { name: 'Tambah pengguna' }).click()
    const form = page.locator('form', {
      has: page.getByRole('button', { name: 'Simpan pengguna' }),
    })
    await form.getByLabel('Email').fill(login.email)
    await form.getByLabel('Nama').fill('Evaluator Provinsi Jambi')
    await form.getByLabel(/^Peran(\s*\*)?$/).selectOption({ label: 'Evaluator' })
    await form
      .getByLabel('Cakupan evaluator', { exact: true })
      .selectOption({ label: 'Satu provinsi' })
    await form.getByLabel('Provinsi').selectOption({ label: 'Jambi' })
    await form.getByLabel('Kata sandi awal').fill(login.password)
    await form.getByRole('button', { name: 'Simpan pengguna' }).click()
    await page.getByText(`Pengguna ${login.email} ditambahkan.`).waitFor()
    expect(await horizontalOverflow(page)).toBe(0)
    expectClean(watch)

    const evaluator = await openPage(VIEWPORTS[1]!, login)
    await evaluator.page.goto(`${server.url}/comparison?year=2024`)
    await evaluator.page.locator('.across-table tbody tr').first().waitFor()
    expect(await rankedRows(evaluator.page)).toEqual([
      '2 Kota Jambi',
      '3 Kabupaten Batanghari',
      '4 Kabupaten Muaro Jambi',
    ])
    expectClean(evaluator.watch)
  })

  it('records a published figure from the trajectory page, shown beside the others', async () => {
    const { page, watch } = await openPage(VIEWPORTS[1]!, REGIONAL)
    await page.goto(`${server.url}/evaluations/${banjarmasin}`)
    await page.getByText('Catat angka terbit').click()
    const form = page.locator('.published-form form')
    await form.getByLabel('Tahun').fill('2020')
    await form.getByLabel('Indeks (0-5)').fill('2,61')
    await form.getByLabel('Sumber', { exact: true }).fill('Laporan evaluasi 2020 (uji)')
    await form.getByLabel('Tanggal sumber').fill('2021-01-15')
    await form.getByRole('button', { name: 'Simpan angka terbit' }).click()
    await page.getByText('Angka terbit 2020 tersimpan.').waitFor()
    const bars = page.locator('.index-bars').first().locator('li')
    await bars.filter({ hasText: '2020 · terbit' }).filter({ hasText: '2,61' }).waitFor()
    expectClean(watch)
  })

  it('a regional evaluator sees only their region', async () => {
    const { page, watch } = await openPage(VIEWPORTS[0]!, REGIONAL)
    await page.goto(`${server.url}/comparison?year=2024`)
    await page.locator('.across-table tbody tr').first().waitFor()
    const regions = await page
      .locator('.across-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region')))
    expect(new Set(regions)).toEqual(new Set(['63.71']))
    expectClean(watch)
  })

  it('reads provisional with 1 of 6 programs assessed, and final after finalising (360 px)', async () => {
    const { page, watch } = await openPage(VIEWPORTS[1]!, REGIONAL)
    const programs = await admin.call<{ items: { id: number }[] }>(
      'GET',
      `/api/programs?regionId=${banjarmasin}&year=2024`,
    )
    const res = await page.request.put(
      `${server.url}/api/programs/${programs.items[0]!.id}/assessment`,
      {
        data: { marks: MARKS },
      },
    )
    expect(res.status()).toBe(200)
    await page.goto(`${server.url}/evaluations/${banjarmasin}/2024`)
    const status = page.locator('.status-panel')
    await status.waitFor()
    await expect(status.textContent()).resolves.toMatch(/Sementara\s*Belum lengkap/)
    await expect(page.getByTestId('coverage').textContent()).resolves.toMatch(
      /^1 dari 6 program dinilai asesor/,
    )
    // Interval charts on a phone: tick labels render at 11 px or more, strokes at 3:1 or better.
    const bar = page.locator('svg.ci-bar').first()
    await bar.waitFor()
    const tickPx = await bar.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width
      const label = svg.querySelector('.ci-tick-label')!
      return parseFloat(getComputedStyle(label).fontSize) * scale
    })
    expect(tickPx).toBeGreaterThanOrEqual(11)
    expect(await contrastOnWhite(bar.locator('.ci-interval'), 'stroke')).toBeGreaterThanOrEqual(3)
    expect(await horizontalOverflow(page)).toBe(0)
    await page.getByLabel('Alasan finalisasi').fill('Batas waktu penilaian tahun ini.')
    await page.getByRole('button', { name: 'Finalkan' }).click()
    await page.getByRole('button', { name: 'Buka kembali' }).waitFor()
    await expect(status.textContent()).resolves.toMatch(/Final/)
    await expect(status.textContent()).resolves.toMatch(/Versi 1 \(final/)
    expectClean(watch)
  })
})
