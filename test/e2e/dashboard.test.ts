// The program dashboard in Chromium against the real server (demo data): an owner of DPMPTSP
// opens Si Mantab's dashboard, widens it to all of the program's questionnaires, narrows it by a
// date range and a kecamatan (the counts follow,
// the URL keeps the view through a reload), sees new responses arrive live, reads comments as
// plain text, switches to English number formats, and opens the print view; at 1280 and 360 px,
// without console errors or CSP violations.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  contrastOnWhite,
  horizontalOverflow,
  launchChromium,
  logInAs,
  watchPage,
} from './support/browser'
import { ensureClientBuilt, ROOT } from './support/client-build'
import { connectFormApi, type FormApi, type SharedForm } from './support/form-api'
import { startServer, type RunningServer } from './support/server'
import { todayIn } from '../../server/domain/calendar'

const SHOTS = join(ROOT, 'test-results')
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 360, height: 740 }
const OWNER = { email: 'owner.dpmptsp@e2e.test', password: 'owner-password-123' }
const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"> Antrean <b>lama</b>'

interface Analytics {
  total: number
  trend: { day: string; count: number }[]
  segments: { code: string; values: { value: string; label: { id: string }; count: number }[] }[]
}

let server: RunningServer
let browser: Browser
let admin: FormApi
let programId: number
let npsForm: SharedForm
const contexts: BrowserContext[] = []

const analytics = (query = '') =>
  admin.call<Analytics>('GET', `/api/programs/${programId}/analytics${query}`)

/** Today's calendar day in Kota Banjarmasin (WITA), as the API counts its days. */
const todayThere = () => todayIn('Asia/Makassar')

async function seedResponsesIfMissing(): Promise<void> {
  if ((await analytics()).total > 0) return
  // No demo responses: answer an SKM form for Si Mantab as citizens would.
  const form = await admin.shareForm({ template: 'skm' })
  const kecamatan = form.definition.sections
    .flatMap((s) => s.questions)
    .find((q) => q.code === 'kecamatan') as { options: { value: string }[] } | undefined
  for (let i = 0; i < 24; i++) {
    const answers: Record<string, unknown> = { gender: i % 2 ? 'perempuan' : 'laki-laki' }
    if (kecamatan) answers.kecamatan = kecamatan.options[i % 3]!.value
    for (let u = 1; u <= 9; u++) answers[`U${u}`] = 1 + ((i + u) % 4)
    expect(await admin.submitAnswers(form.slug, answers)).toBe(201)
  }
}

async function openPage(viewport = DESKTOP) {
  const context = await browser.newContext({ viewport })
  contexts.push(context)
  const page = await context.newPage()
  return { page, watch: await watchPage(page) }
}

const logInAsOwner = (page: Page) => logInAs(page, server.url, OWNER)

/** The responses total the dashboard shows once it has settled. */
async function shownTotal(page: Page): Promise<number> {
  const count = page.locator('[data-result-total]')
  await page.waitForFunction(() => !document.querySelector('.dashboard-report[aria-busy="true"]'))
  return Number(await count.getAttribute('data-result-total'))
}

async function waitForTotal(page: Page, total: number) {
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector('[data-result-total]')
      return el?.getAttribute('data-result-total') === String(n)
    },
    total,
    { timeout: 15_000 },
  )
}

describe('the program dashboard', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    await ensureClientBuilt()
    server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' })
    browser = await launchChromium()
    admin = await connectFormApi(server.url)
    programId = admin.siMantab.id
    await admin.createOwner(OWNER)
    await seedResponsesIfMissing()
    npsForm = await admin.shareForm({ template: 'nps', link: { channel: 'Loket' } })
    for (const [nps, reason] of [
      [9, 'Cepat sekali, terima kasih.'],
      [4, HOSTILE],
      [10, null],
    ] as const) {
      expect(await admin.submitAnswers(npsForm.slug, { nps, reason })).toBe(201)
    }
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await browser?.close()
    await server?.stop()
  })

  it('narrows the counts by a date range and a kecamatan, keeps them in the URL, and stays live', async () => {
    const { page, watch } = await openPage()
    await logInAsOwner(page)
    await page.getByRole('link', { name: 'Si Mantab', exact: true }).click()
    await page.getByRole('navigation', { name: 'Bagian program' }).getByText('Dasbor').click()
    await page.getByRole('heading', { name: 'Dasbor dampak', level: 2 }).waitFor()
    // It opens on the newest questionnaire (the NPS one made above); the rest is about all of them.
    const questionnaire = page.locator('[data-questionnaire-select]')
    expect(await questionnaire.inputValue()).toBe(String(npsForm.questionnaireId))
    expect(await shownTotal(page)).toBe(
      (await analytics(`?questionnaire=${npsForm.questionnaireId}`)).total,
    )
    await questionnaire.selectOption('all')
    await page.waitForURL(/questionnaire=all/)
    const all = await analytics()
    await waitForTotal(page, all.total)
    const before = await shownTotal(page)
    expect(before).toBe(all.total)
    expect(await page.locator('[data-stat="responses"] .stat-value').textContent()).toBe(
      new Intl.NumberFormat('id-ID').format(all.total),
    )
    await page.locator('.live-status').getByText('Langsung').waitFor()

    // A citizen answers while the owner watches: the total moves without a reload.
    expect(await admin.submitAnswers(npsForm.slug, { nps: 8, reason: 'Baru saja diisi.' })).toBe(
      201,
    )
    await waitForTotal(page, before + 1)
    await page.getByText('1 tanggapan baru masuk.').waitFor()
    await page.getByText('Baru saja diisi.').waitFor()

    // The demo year splits by date; without demo data everything is from today.
    const demo = all.trend.some((d) => d.day.startsWith('2024'))
    const [from, to] = demo ? ['2024-04-01', '2024-09-30'] : [todayThere(), todayThere()]
    const filters = page.getByRole('search', { name: 'Saring dasbor' })
    // The program's year comes from the program, also after an in-app navigation.
    expect(
      await filters.getByLabel('Periode').locator('option[value="programYear"]').textContent(),
    ).toBe('Tahun program (2024)')
    await filters.getByLabel('Dari tanggal').fill(from)
    await page.waitForURL(/from=/)
    await filters.getByLabel('Sampai tanggal').fill(to)
    await page.waitForURL(/to=/)
    const ranged = await analytics(`?from=${from}&to=${to}`)
    await waitForTotal(page, ranged.total)
    if (demo) expect(ranged.total).toBeLessThan(before + 1)

    const kecamatan = ranged.segments.find((s) => s.code === 'kecamatan')!
    const pick = kecamatan.values.find((v) => v.count > 0 && v.count < ranged.total)!
    await filters.locator('select[data-segment="kecamatan"]').selectOption(pick.value)
    await page.waitForURL(/segment\.kecamatan=/)
    await waitForTotal(page, pick.count)
    expect(pick.count).toBeLessThan(ranged.total)

    const url = new URL(page.url())
    expect(url.searchParams.get('from')).toBe(from)
    expect(url.searchParams.get('to')).toBe(to)
    expect(url.searchParams.get('segment.kecamatan')).toBe(pick.value)
    const chips = page.locator('.active-filters .chip')
    expect(await chips.count()).toBe(2)
    expect(await chips.nth(1).textContent()).toContain(pick.label.id)

    await page.reload()
    await page.getByRole('heading', { name: 'Dasbor dampak', level: 2 }).waitFor()
    expect(await shownTotal(page)).toBe(pick.count)
    expect(await filters.getByLabel('Dari tanggal').inputValue()).toBe(from)
    expect(await filters.locator('select[data-segment="kecamatan"]').inputValue()).toBe(pick.value)
    await page.screenshot({ path: join(SHOTS, 'dashboard-filtered-1280.png'), fullPage: true })

    await page.getByRole('button', { name: /Hapus saringan Kecamatan/ }).click()
    await waitForTotal(page, ranged.total)
    expect(new URL(page.url()).searchParams.has('segment.kecamatan')).toBe(false)
    expect(watch.problems()).toEqual([])
  }, 90_000)

  it('shows comments as text, cards with Indonesian and English numbers, and a breakdown', async () => {
    const { page, watch } = await openPage()
    await logInAsOwner(page)
    await page.goto(`${server.url}/programs/${programId}/dashboard?questionnaire=all`)
    await page.getByRole('heading', { name: 'Dasbor dampak', level: 2 }).waitFor()
    const comments = page.locator('.comment-list')
    await comments.getByText(HOSTILE, { exact: true }).waitFor()
    expect(await comments.locator('img, b').count()).toBe(0)
    expect(await page.title()).not.toBe('pwned')

    const impact = page.locator('[data-stat="impact"] .stat-value')
    expect(await impact.textContent()).toMatch(/^\d,\d\d dari 5$/)
    expect(await page.locator('[data-stat="nps"] .stat-value').textContent()).toMatch(/^[+−-]?\d/)
    await page.locator('[data-stat="sample"] [role="progressbar"]').waitFor()
    // A scale question's interval strip stands out from the page (3:1 on white).
    const interval = page.locator('.mean-marker .scale-ci').first()
    await interval.waitFor()
    expect(await contrastOnWhite(interval, 'background-color')).toBeGreaterThan(3)

    const table = page.locator('table.crosstab')
    await table.waitFor()
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1)
    await page.locator('.breakdown').getByLabel('Pertanyaan', { exact: true }).selectOption('U1')
    await page.waitForURL(/breakdown=U1/)
    await table.getByRole('columnheader', { name: 'Rata-rata' }).waitFor()

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Impact dashboard', level: 2 }).waitFor()
    expect(await impact.textContent()).toMatch(/^\d\.\d\d out of 5$/)
    expect(watch.problems()).toEqual([])
  }, 60_000)

  it('fits a 360 px phone and prints a clean page with the active filters', async () => {
    const { page, watch } = await openPage(PHONE)
    await logInAsOwner(page)
    await page.goto(
      `${server.url}/programs/${programId}/dashboard?questionnaire=all&from=2024-01-01&to=2024-12-31`,
    )
    await page.getByRole('heading', { name: 'Dasbor dampak', level: 2 }).waitFor()
    await shownTotal(page)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: join(SHOTS, 'dashboard-360.png'), fullPage: true })

    await page.getByRole('link', { name: 'Versi cetak / PDF' }).click()
    await page.waitForURL(/\/print\?questionnaire=all&from=2024-01-01&to=2024-12-31$/)
    await page.getByRole('button', { name: 'Cetak' }).waitFor()
    expect(await page.locator('.print-head .active-filters').textContent()).toContain('2024')

    await page.setViewportSize(DESKTOP)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false)
    await page.locator('[data-stat="impact"]').waitFor()
    await page.screenshot({ path: join(SHOTS, 'dashboard-print.png'), fullPage: true })
    expect(watch.problems()).toEqual([])
  }, 60_000)
})
