// The staff console in Chromium against the real server (demo data): login and the session guard,
// programs grouped by dimension, a program's page, filters in the URL, server validation messages,
// the language switch, and a 360 px phone. Every page must run without console errors or CSP
// violations.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectClean, launchChromium, logInAs, watchPage } from './support/browser'
import { ensureClientBuilt, ROOT } from './support/client-build'
import { E2E_ADMIN, startServer, type RunningServer } from './support/server'

const SHOTS = join(ROOT, 'test-results')
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 360, height: 740 }
const DIMENSION_ORDER = ['governance', 'branding', 'economy', 'living', 'society', 'environment']
const BANJARMASIN_2024: [string, string][] = [
  ['Si Mantab', 'governance'],
  ['Sungaiku Baiman', 'branding'],
  ['Baiman Store', 'economy'],
  ['Bakawan RTLH', 'living'],
  ['Portal Pendidikan', 'society'],
  ['Sampah Menjadi Energi', 'environment'],
]
/** The browser logs every 4xx answer; these tests provoke some on purpose. */
const answered = (status: number, path: string) =>
  new RegExp(`status of ${status} .*\\(http://[^)]*${path.replace(/\//g, '\\/')}\\)$`)

let server: RunningServer
let browser: Browser
const contexts: BrowserContext[] = []

async function openPage(viewport = DESKTOP, allowed: RegExp[] = []) {
  const context = await browser.newContext({ viewport })
  contexts.push(context)
  const page = await context.newPage()
  const watch = await watchPage(page, allowed)
  return { page, watch }
}

async function logIn(page: Page, login = E2E_ADMIN) {
  await logInAs(page, server.url, login)
  await page.locator('[data-dimension] .card').first().waitFor()
}

const sectionOf = (page: Page, dimension: string) => page.locator(`[data-dimension="${dimension}"]`)

describe('the staff console', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    await ensureClientBuilt()
    server = await startServer()
    browser = await launchChromium()
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await browser?.close()
    await server?.stop()
  })

  it('sends a visitor without a session to the login page and back after login', async () => {
    const { page, watch } = await openPage(DESKTOP, [answered(401, '/api/me')])
    await page.goto(`${server.url}/regions`)
    await page.waitForURL(/\/login\?next=%2Fregions$/)
    await page.getByRole('heading', { name: 'Masuk ke konsol' }).waitFor()
    await page.getByLabel('Email').fill(E2E_ADMIN.email)
    await page.getByLabel('Kata sandi').fill(E2E_ADMIN.password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await page.getByRole('heading', { name: 'Wilayah', level: 1 }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/regions')
    await page.getByRole('heading', { name: 'Kota Banjarmasin' }).waitFor()
    expectClean(watch)
  })

  it('answers a wrong password with one generic message and a refused login with a wait', async () => {
    const { page, watch } = await openPage(PHONE, [
      answered(401, '/api/auth/login'),
      answered(429, '/api/auth/login'),
    ])
    await page.goto(`${server.url}/login`)
    await page.getByLabel('Email').fill('nobody@e2e.test')
    await page.getByLabel('Kata sandi').fill('not-the-password')
    await page.getByRole('button', { name: 'Masuk' }).click()
    expect(await page.getByRole('alert').textContent()).toBe('Email atau kata sandi salah.')
    await page.screenshot({ path: join(SHOTS, 'console-login-wrong-360.png') })
    for (let attempt = 2; attempt <= 6; attempt++) {
      await page.getByRole('button', { name: 'Masuk' }).click()
      await page.getByRole('button', { name: 'Masuk' }).waitFor()
    }
    await page.getByText(/Terlalu banyak percobaan masuk\. Tunggu \d+ menit/).waitFor()
    expectClean(watch)
  })

  it('shows an admin the programs grouped by the six dimensions in reference order', async () => {
    const { page, watch } = await openPage()
    await logIn(page)
    const order = await page
      .locator('section[data-dimension]')
      .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-dimension')))
    expect(order).toEqual(DIMENSION_ORDER)
    expect(
      await sectionOf(page, 'governance').getByRole('heading', { level: 2 }).textContent(),
    ).toMatch(/^Smart Governance/)
    for (const [name, dimension] of BANJARMASIN_2024) {
      await sectionOf(page, dimension).getByRole('link', { name, exact: true }).waitFor()
    }
    const card = sectionOf(page, 'governance').locator('.card', { hasText: 'Si Mantab' })
    const text = await card.textContent()
    for (const fact of ['DPMPTSP', 'Pelayanan publik', '2024', '4.000'])
      expect(text).toContain(fact)
    await page.screenshot({ path: join(SHOTS, 'console-programs-desktop.png'), fullPage: true })
    expectClean(watch)
  })

  it("opens Si Mantab's page with all its information and the edit form", async () => {
    const { page, watch } = await openPage()
    await logIn(page)
    await sectionOf(page, 'governance').getByRole('link', { name: 'Si Mantab' }).click()
    await page.getByRole('heading', { name: 'Si Mantab', level: 1 }).waitFor()
    expect(new URL(page.url()).pathname).toMatch(/^\/programs\/\d+$/)
    const tab = page.getByRole('navigation', { name: 'Bagian program' }).getByRole('link')
    expect(await tab.allTextContents()).toEqual([
      'Informasi',
      'Kuesioner',
      'Dasbor',
      'Tanggapan',
      'Penilaian',
    ])
    expect(await tab.first().getAttribute('aria-current')).toBe('page')
    expect(await tab.nth(1).getAttribute('aria-current')).toBeNull()
    const details = await page.locator('dl.details').textContent()
    for (const fact of [
      'Kota Banjarmasin',
      'DPMPTSP',
      'Smart Governance',
      'Pelayanan publik',
      '2024',
      '4.000',
      'Pengantaran dokumen izin',
      'Permit documents delivered',
    ]) {
      expect(details).toContain(fact)
    }
    await page.screenshot({ path: join(SHOTS, 'console-program-desktop.png'), fullPage: true })
    await page.getByRole('button', { name: 'Ubah program' }).click()
    expect(await page.getByLabel('Nama program').inputValue()).toBe('Si Mantab')
    expect(await page.getByLabel('Elemen').inputValue()).toBe('governance.1')
    expectClean(watch)
  })

  it('keeps the filters in the URL and narrows the list to Banjarmasin 2024', async () => {
    const { page, watch } = await openPage()
    await logIn(page)
    const filters = page.getByRole('search', { name: 'Saring program' })
    await filters.getByLabel('Wilayah').selectOption({ label: 'Kota Banjarmasin' })
    await filters.getByLabel('Tahun').selectOption('2024')
    await page.waitForURL(/year=2024/)
    await page.getByText('6 program ditemukan').waitFor()
    await filters.getByLabel('Dimensi').selectOption('economy')
    await page.waitForURL(/dimension=economy/)
    await page.reload()
    await sectionOf(page, 'economy').getByRole('link', { name: 'Baiman Store' }).waitFor()
    expect(await page.locator('section[data-dimension]').count()).toBe(1)
    expect(await filters.getByLabel('Dimensi').inputValue()).toBe('economy')
    expect(await filters.getByLabel('Tahun').inputValue()).toBe('2024')
    await filters.getByLabel('Cari').fill('tidak ada program seperti ini')
    await page.waitForURL(/q=tidak/)
    await page.getByText('0 program ditemukan').waitFor()
    expectClean(watch)
  })

  it("shows the server's validation messages under the new-program form's fields", async () => {
    const { page, watch } = await openPage(DESKTOP, [answered(422, '/api/programs')])
    await logIn(page)
    await page.getByRole('button', { name: 'Tambah program' }).click()
    const form = page.locator('#new-program')
    await form.getByLabel('Wilayah').selectOption({ label: 'Kota Banjarmasin' })
    await form
      .getByLabel('Perangkat daerah')
      .selectOption({ label: 'DLH – Dinas Lingkungan Hidup' })
    await form.getByLabel('Dimensi').selectOption('environment')
    expect(await form.getByLabel('Elemen').locator('option').allTextContents()).toEqual([
      'Pilih…',
      'Proteksi lingkungan',
      'Pengelolaan sampah',
      'Pengelolaan energi',
    ])
    await form.getByLabel('Elemen').selectOption('environment.2')
    await form.getByLabel('Tahun').fill('1990')
    await form.getByLabel('Nama program').fill('Bank Sampah Digital')
    await form.getByLabel('Deskripsi (Bahasa Indonesia)').fill('Tabungan sampah warga.')
    await form.getByRole('button', { name: 'Simpan program' }).click()
    const year = form.getByLabel('Tahun')
    await form.locator('.field-invalid').first().waitFor()
    expect(await year.getAttribute('aria-invalid')).toBe('true')
    const messageId = (await year.getAttribute('aria-describedby'))!.split(' ').pop()!
    expect(await page.locator(`[id="${messageId}"]`).textContent()).toMatch(/2000/)
    await form.screenshot({ path: join(SHOTS, 'console-new-program-errors.png') })

    await year.fill('2025')
    await form.getByRole('button', { name: 'Simpan program' }).click()
    await page.getByRole('status').getByRole('link', { name: 'Bank Sampah Digital' }).waitFor()
    await sectionOf(page, 'environment')
      .getByRole('link', { name: 'Bank Sampah Digital' })
      .waitFor()
    expectClean(watch)
  })

  it("lets an admin create an owner who then sees and edits only their agency's program", async () => {
    const owner = { email: 'rina@e2e.test', password: 'owner-password-1' }
    const { page, watch } = await openPage()
    await logIn(page)
    await page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: 'Pengguna' })
      .click()
    await page.getByRole('button', { name: 'Tambah pengguna' }).click()
    const form = page.getByRole('region', { name: 'Pengguna baru' })
    await form.getByLabel('Email').fill(owner.email)
    await form.getByLabel('Nama').fill('Rina Pemilik')
    await form.getByLabel(/^Peran\b/).selectOption('owner')
    await form
      .getByLabel('Perangkat daerah')
      .selectOption({ label: 'DPMPTSP – Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' })
    await form.getByLabel('Kata sandi awal').fill(owner.password)
    await form.getByRole('button', { name: 'Simpan pengguna' }).click()
    await page.getByText(`Pengguna ${owner.email} ditambahkan.`).waitFor()
    await page.getByRole('heading', { name: 'Rina Pemilik' }).waitFor()
    await page.getByRole('button', { name: 'Keluar' }).click()
    await page.getByRole('heading', { name: 'Masuk ke konsol' }).waitFor()

    await logIn(page, owner)
    await page.getByText('1 program ditemukan').waitFor()
    expect(await page.getByRole('link', { name: 'Pengguna' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Tambah program' }).count()).toBe(0)
    await sectionOf(page, 'governance').getByRole('link', { name: 'Si Mantab' }).click()
    await page.getByRole('button', { name: 'Ubah program' }).click()
    await page.getByLabel('Deskripsi (Bahasa Inggris)').fill('Permits delivered to your door.')
    await page.getByRole('button', { name: 'Simpan perubahan' }).click()
    await page.getByText('Perubahan disimpan.').waitFor()
    expect(await page.locator('dl.details').textContent()).toContain(
      'Permits delivered to your door.',
    )
    expectClean(watch)
  })

  it('switches to English and keeps it after a reload', async () => {
    const { page, watch } = await openPage()
    await logIn(page)
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Quick-win programs', level: 1 }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.reload()
    await page.getByRole('heading', { name: 'Quick-win programs', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click()
    await page.getByRole('heading', { name: 'Program quick win', level: 1 }).waitFor()
    expectClean(watch)
  })

  it('fits a 360 px wide phone without horizontal scrolling', async () => {
    const { page, watch } = await openPage(PHONE)
    await page.goto(`${server.url}/login`)
    await page.screenshot({ path: join(SHOTS, 'console-login-360.png') })
    await logIn(page)
    const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth)
    expect(await scrollWidth()).toBeLessThanOrEqual(360)
    await page.screenshot({ path: join(SHOTS, 'console-programs-360.png') })
    await page.screenshot({ path: join(SHOTS, 'console-programs-360-full.png'), fullPage: true })
    await sectionOf(page, 'governance').getByRole('link', { name: 'Si Mantab' }).click()
    await page.getByRole('heading', { name: 'Si Mantab', level: 1 }).waitFor()
    expect(await scrollWidth()).toBeLessThanOrEqual(360)
    await page.screenshot({ path: join(SHOTS, 'console-program-360.png'), fullPage: true })
    for (const path of ['/users', '/regions']) {
      await page.goto(`${server.url}${path}`)
      await page.locator('.card').first().waitFor()
      expect(await scrollWidth(), path).toBeLessThanOrEqual(360)
    }
    expectClean(watch)
  })
})
