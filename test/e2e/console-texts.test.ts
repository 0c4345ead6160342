// What the console says, in Chromium against the real server: an empty login form asks for what
// is missing, a new question does not open with "wajib diisi", turning off a live link asks
// first, an owner's home lists only the dimensions their agency runs, an empty dashboard offers
// "Buat kuesioner", and a walk through the console in Indonesian never shows a message from the
// English catalogue.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MESSAGES } from '../../server/domain/messages'
import { expectClean, launchChromium, logInAs, watchPage } from './support/browser'
import { ensureClientBuilt } from './support/client-build'
import { connectFormApi, type FormApi } from './support/form-api'
import { E2E_ADMIN, startServer, type RunningServer } from './support/server'

const DESKTOP = { width: 1280, height: 900 }
const OWNER = { email: 'owner-texts@e2e.test', password: 'owner-password-1' }
const answered = (status: number, path: string) =>
  new RegExp(`status of ${status} .*\\(http://[^)]*${path.replace(/\//g, '\\/')}\\)$`)

let server: RunningServer
let browser: Browser
let api: FormApi
let emptyProgramId: number
const contexts: BrowserContext[] = []

async function openPage(allowed: RegExp[] = []) {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' })
  contexts.push(context)
  const page = await context.newPage()
  const watch = await watchPage(page, [answered(401, '/api/me'), ...allowed])
  return { page, watch }
}

/** English wordings of the catalogue long enough not to match Indonesian by chance. */
const ENGLISH = Object.values(MESSAGES)
  .map((m) => m.en.replace(/\{[^}]*\}.*$/, '').trim())
  .filter((text) => text.length >= 12)

async function englishOn(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText()
  return ENGLISH.filter((en) => text.includes(en))
}

describe('console texts', () => {
  beforeAll(async () => {
    await ensureClientBuilt()
    server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' })
    browser = await launchChromium()
    api = await connectFormApi(server.url)
    const regions = await api.call<{ items: { id: number; code: string }[] }>('GET', '/api/regions')
    const regionId = regions.items.find((r) => r.code === '63.71')!.id
    const agency = await api.call<{ id: number }>('POST', '/api/agencies', {
      regionId,
      code: 'DISKOMINFO-T',
      name: 'Dinas Komunikasi dan Informatika (uji)',
    })
    await api.call('POST', '/api/users', {
      ...OWNER,
      name: 'Pemilik Uji',
      role: 'owner',
      agencyId: agency.id,
    })
    const program = await api.call<{ id: number }>('POST', '/api/programs', {
      regionId,
      agencyId: agency.id,
      dimension: 'governance',
      element: 'governance.1',
      year: 2025,
      name: 'Banjarmasin Satu Data',
      description: { id: 'Data sektoral dalam satu portal.' },
    })
    emptyProgramId = program.id
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await browser?.close()
    await server?.stop()
  })

  it('asks for the email and password of an empty login form instead of calling them wrong', async () => {
    const { page, watch } = await openPage()
    const logins: string[] = []
    page.on('request', (r) => r.url().endsWith('/api/auth/login') && logins.push(r.url()))
    await page.goto(`${server.url}/login`)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await page.getByText('Isi email Anda.').waitFor()
    await page.getByText('Isi kata sandi Anda.').waitFor()
    expect(await page.getByText('Email atau kata sandi salah.').count()).toBe(0)
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true')
    expect(logins).toEqual([])
    await page.getByLabel('Email').fill(E2E_ADMIN.email)
    expect(await page.getByText('Isi email Anda.').count()).toBe(0)
    await page.getByLabel('Kata sandi').fill(E2E_ADMIN.password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await page.getByRole('heading', { name: 'Program quick win', level: 1 }).waitFor()
    expectClean(watch)
  })

  it("lists only the dimensions of the owner's programs and offers a questionnaire on an empty dashboard", async () => {
    const { page, watch } = await openPage()
    await logInAs(page, server.url, OWNER)
    await page.locator('[data-dimension] .card').first().waitFor()
    const shown = await page
      .locator('section[data-dimension]')
      .evaluateAll((s) => s.map((e) => e.getAttribute('data-dimension')))
    expect(shown).toEqual(['governance'])
    expect(await page.getByText('Belum ada program.').count()).toBe(0)

    await page.goto(`${server.url}/programs/${emptyProgramId}/dashboard`)
    await page.getByText('Program ini belum punya kuesioner.', { exact: false }).first().waitFor()
    await page.getByRole('link', { name: 'Buat kuesioner' }).click()
    await page.waitForURL(/\/questionnaires\?new=1$/)
    await page.locator('.template-card').first().waitFor()
    expect(await englishOn(page)).toEqual([])
    expectClean(watch)
  })

  it('does not mark a new question as missing its text before anything was typed', async () => {
    const { page, watch } = await openPage()
    await logInAs(page, server.url, E2E_ADMIN)
    await page.goto(`${server.url}/programs/${emptyProgramId}/questionnaires?new=1`)
    const blank = page.locator('.template-card', { hasText: 'Kuesioner baru' })
    await blank.getByRole('button', { name: 'Gunakan' }).click()
    await page.waitForURL(/\/questionnaires\/\d+$/)
    await page.getByRole('button', { name: '+ Tambah pertanyaan' }).click()
    const card = page.locator('.question-card').last()
    const text = card.getByLabel('Teks pertanyaan (Indonesia)')
    await text.waitFor()
    expect(await card.locator('.field-error').count()).toBe(0)
    expect(await text.getAttribute('aria-invalid')).toBeNull()
    // Typed and emptied again, or left empty: now it says so.
    await text.fill('Seberapa mudah?')
    await text.fill('')
    await card.getByText('Teks Bahasa Indonesia wajib diisi.').waitFor()
    expect(await englishOn(page)).toEqual([])
    expectClean(watch)
  })

  it('asks before turning off a live link, and keeps it on when cancelled', async () => {
    const shared = await api.shareForm({ template: 'nps', link: { allowMultiple: true } })
    const { page, watch } = await openPage()
    await logInAs(page, server.url, E2E_ADMIN)
    await page.goto(`${server.url}/questionnaires/${shared.questionnaireId}?tab=links`)
    const card = page.locator('.link-card').first()
    const toggle = card.getByRole('switch', { name: 'Tautan aktif' })
    expect(await toggle.getAttribute('aria-checked')).toBe('true')
    await toggle.click()
    const dialog = card.getByRole('alertdialog')
    await dialog.getByText(/Nonaktifkan tautan WhatsApp\?/).waitFor()
    await dialog.getByRole('button', { name: 'Batal' }).click()
    expect(await dialog.count()).toBe(0)
    expect(await toggle.getAttribute('aria-checked')).toBe('true')
    const links = await api.call<{ items: { id: number; active: boolean }[] }>(
      'GET',
      `/api/questionnaires/${shared.questionnaireId}/links`,
    )
    expect(links.items.find((l) => l.id === shared.linkId)!.active).toBe(true)

    await toggle.click()
    await card.getByRole('button', { name: 'Ya, nonaktifkan' }).click()
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false')
    // Turning it back on needs no confirmation.
    await toggle.click()
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true')
    expect(await card.getByRole('alertdialog').count()).toBe(0)
    expectClean(watch)
  })

  it('walks the console in Indonesian without a word of the English catalogue, errors included', async () => {
    const { page, watch } = await openPage([answered(422, '/api/users')])
    await logInAs(page, server.url, E2E_ADMIN)
    const programs = await api.call<{ items: { id: number; name: string }[] }>(
      'GET',
      '/api/programs?q=Si%20Mantab',
    )
    const siMantab = programs.items.find((p) => p.name === 'Si Mantab')!.id
    const regions = await api.call<{ items: { id: number; code: string }[] }>('GET', '/api/regions')
    const banjarmasin = regions.items.find((r) => r.code === '63.71')!.id
    const pages = [
      '/',
      '/regions',
      '/users',
      `/programs/${siMantab}`,
      `/programs/${siMantab}/questionnaires`,
      `/programs/${siMantab}/dashboard`,
      `/programs/${siMantab}/responses`,
      `/programs/${siMantab}/assessment`,
      '/evaluations',
      `/evaluations/${banjarmasin}/2024`,
      '/comparison',
    ]
    const seen: string[] = []
    for (const path of pages) {
      await page.goto(server.url + path)
      await page.locator('main h1, main h2').first().waitFor()
      await page.waitForLoadState('networkidle')
      for (const en of await englishOn(page)) seen.push(`${path}: ${en}`)
    }

    // A refusal with its field message: an owner without an agency.
    await page.goto(`${server.url}/users`)
    await page.getByRole('button', { name: 'Tambah pengguna' }).click()
    const form = page.getByRole('region', { name: 'Pengguna baru' })
    await form.getByLabel('Email').fill('tanpa-dinas@e2e.test')
    await form.getByLabel('Nama').fill('Tanpa Dinas')
    await form.getByLabel(/^Peran\b/).selectOption('owner')
    await form.getByLabel('Kata sandi awal').fill('owner-password-1')
    await form.getByRole('button', { name: 'Simpan pengguna' }).click()
    await page.getByText('Pemilik program memerlukan perangkat daerah.').first().waitFor()
    expect(await page.getByText('A program owner needs an agency.').count()).toBe(0)
    for (const en of await englishOn(page)) seen.push(`/users (refused): ${en}`)

    expect(seen).toEqual([])
    expectClean(watch)
  })
})
