// From measuring to acting and publishing, in Chromium against the real server (demo data): an
// owner enters a follow-up in the console and publishes the results; a citizen who submits sees
// the link to the results page on the thank-you page, and the page shows the new count (the cache
// refreshed by the submission) and the follow-up, and the SKM report downloaded from the console
// holds that follow-up; the TV view updates itself after a submission; the badge is a valid SVG.
// The pages pass axe's WCAG 2.1 AA rules and fit a 360 px phone.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { flat, pdfText } from '../support/document-text'
import { describeViolations, wcagViolations } from './support/axe'
import {
  expectClean,
  horizontalOverflow,
  launchChromium,
  logInAs,
  watchPage,
} from './support/browser'
import { ensureClientBuilt, ROOT } from './support/client-build'
import { connectFormApi, type FormApi, type SharedForm } from './support/form-api'
import { startServer, type RunningServer } from './support/server'

const SHOTS = join(ROOT, 'test-results')
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 360, height: 740 }
const OWNER = { email: 'owner.hasil@e2e.test', password: 'owner-password-123' }
const ACTION = 'Menambah loket pada jam sibuk'
const PROGRAM = 'Izin Sehari'

/** A complete SKM answer set: every element, a little different per respondent. */
const skmAnswers = (i: number) =>
  Object.fromEntries(Array.from({ length: 9 }, (_, k) => [`U${k + 1}`, 1 + ((i + k) % 4)]))

let server: RunningServer
let browser: Browser
let admin: FormApi
let form: SharedForm
let programId: number
const contexts: BrowserContext[] = []

async function openPage(viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'id-ID' })
  contexts.push(context)
  const page = await context.newPage()
  return { page, watch: await watchPage(page) }
}

const shownCount = (page: Page) =>
  page.locator('[data-count]').first().getAttribute('data-count').then(Number)

/** Answers the SKM form on a phone as a citizen would, up to the thank-you page. */
async function answerAsCitizen(page: Page) {
  await page.goto(`${server.url}/s/${form.slug}`)
  await page.getByRole('radio', { name: '40-49 tahun' }).check()
  await page.getByRole('radio', { name: 'Laki-laki' }).check()
  await page.getByRole('button', { name: 'Lanjut' }).click()
  for (let i = 1; i <= 9; i++)
    await page.locator(`#q-U${i} input[value="${i === 3 ? 2 : 4}"]`).check()
  await page.getByRole('button', { name: 'Kirim jawaban' }).click()
  await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor()
}

describe('follow-ups and public results', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    await ensureClientBuilt()
    server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' })
    browser = await launchChromium()
    admin = await connectFormApi(server.url)
    // A program of its own: the demo responses are of 2024, the results show the latest year.
    const programs = await admin.call<{ items: { id: number; name: string; agencyId: number }[] }>(
      'GET',
      '/api/programs?q=Si%20Mantab',
    )
    const siMantab = programs.items.find((p) => p.name === 'Si Mantab')!
    const program = await admin.call<{ id: number }>('POST', '/api/programs', {
      regionId: (await admin.call<{ regionId: number }>('GET', `/api/programs/${siMantab.id}`))
        .regionId,
      agencyId: siMantab.agencyId,
      dimension: 'governance',
      element: 'governance.1',
      year: new Date().getFullYear(),
      name: PROGRAM,
      description: { id: 'Izin usaha selesai dalam satu hari.' },
      targetPopulation: 2000,
    })
    programId = program.id
    await admin.call('POST', '/api/users', {
      ...OWNER,
      name: 'Pemilik DPMPTSP',
      role: 'owner',
      agencyId: siMantab.agencyId,
    })
    const created = await admin.call<{ id: number; draft: SharedForm['definition'] }>(
      'POST',
      `/api/programs/${programId}/questionnaires`,
      { template: 'skm' },
    )
    await admin.call('POST', `/api/questionnaires/${created.id}/publish`)
    const link = await admin.openLink(created.id, { allowMultiple: true })
    form = {
      questionnaireId: created.id,
      linkId: link.id,
      slug: link.slug,
      definition: created.draft,
    }
    for (let i = 0; i < 6; i++)
      expect(await admin.submitAnswers(form.slug, skmAnswers(i))).toBe(201)
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await browser?.close()
    await server?.stop()
  })

  it('lets an owner enter a follow-up and publish, and a citizen reach the refreshed results', async () => {
    const { page, watch } = await openPage()
    await logInAs(page, server.url, OWNER)
    await page.goto(`${server.url}/programs/${programId}/follow-ups`)
    await page.getByRole('heading', { name: 'Rencana tindak lanjut', level: 2 }).waitFor()
    const newForm = page.getByRole('form', { name: 'Tindak lanjut baru' })
    await newForm.getByLabel('Unsur atau kriteria').selectOption('skm:U3')
    await newForm.getByLabel('Penanggung jawab').fill('Bidang Pelayanan')
    await newForm.getByLabel('Tindakan').fill(ACTION)
    await newForm.getByRole('button', { name: 'Tambah tindak lanjut' }).click()
    const card = page.locator('article.follow-up', { hasText: ACTION })
    await card.waitFor()
    expect(await card.getByRole('heading').textContent()).toBe('U3 Waktu penyelesaian')
    await card.getByRole('button', { name: 'Ubah' }).click()
    const edit = page.getByRole('form', { name: 'Ubah tindak lanjut' })
    await edit.getByLabel('Status').selectOption('berjalan')
    await edit.getByRole('button', { name: 'Simpan perubahan' }).click()
    await card.getByText('Berjalan', { exact: true }).waitFor()
    await card.getByRole('button', { name: 'Riwayat' }).click()
    await card.getByText('Status: Rencana → Berjalan').waitFor()
    await page.screenshot({ path: join(SHOTS, 'follow-ups-1280.png'), fullPage: true })

    await page
      .getByRole('navigation', { name: 'Bagian program' })
      .getByText('Laporan & publikasi')
      .click()
    await page.getByRole('button', { name: 'Publikasikan hasil' }).click()
    await page.locator('[data-published="true"]').waitFor()
    await page.screenshot({ path: join(SHOTS, 'publication-1280.png'), fullPage: true })
    // The SKM report downloaded from the console holds the action the owner just entered.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh laporan PDF' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^laporan-skm-izin-sehari-20\d\d\.pdf$/)
    const report = flat(pdfText(readFileSync((await download.path())!)))
    expect(report).toContain(ACTION)
    expect(report).toContain('Rencana tindak lanjut: 0 rencana, 1 berjalan, 0 selesai.')
    expect(watch.problems()).toEqual([])

    // A citizen on a phone: the results page before, the submission, the link, the new count.
    const citizen = await openPage(PHONE)
    await citizen.page.goto(`${server.url}/hasil/${programId}`)
    const before = await shownCount(citizen.page)
    await answerAsCitizen(citizen.page)
    const link = citizen.page.getByRole('link', { name: `Lihat hasil survei ${PROGRAM}` })
    await link.click()
    await citizen.page.waitForURL(`${server.url}/hasil/${programId}`)
    expect(await shownCount(citizen.page)).toBe(before + 1)
    await citizen.page.getByText('Anda menyampaikan, kami menindaklanjuti').waitFor()
    await citizen.page.getByText(ACTION).waitFor()
    expect(await horizontalOverflow(citizen.page)).toBeLessThanOrEqual(0)
    expect(describeViolations(await wcagViolations(citizen.page))).toBe('')
    await citizen.page.screenshot({ path: join(SHOTS, 'results-360.png'), fullPage: true })
    expectClean(citizen.watch)
  }, 120_000)

  it('updates the TV view by itself after a submission', async () => {
    const { page, watch } = await openPage({ width: 1920, height: 1080 })
    await page.goto(`${server.url}/hasil/${programId}/tv?refresh=2`)
    const before = await shownCount(page)
    expect(describeViolations(await wcagViolations(page))).toBe('')
    expect(
      await admin.submitAnswers(form.slug, {
        U1: 4,
        U2: 4,
        U3: 3,
        U4: 4,
        U5: 4,
        U6: 4,
        U7: 4,
        U8: 4,
        U9: 4,
      }),
    ).toBe(201)
    await page.waitForFunction(
      (n) => document.querySelector('[data-count]')?.getAttribute('data-count') === String(n),
      before + 1,
      { timeout: 20_000 },
    )
    await page.screenshot({ path: join(SHOTS, 'results-tv-1920.png') })
    expectClean(watch)
  }, 60_000)

  it('serves the badge as a valid SVG image', async () => {
    const { page, watch } = await openPage()
    await page.goto(`${server.url}/hasil/${programId}`)
    const check = await page.evaluate(async (url) => {
      const res = await fetch(url)
      const text = await res.text()
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      const img = new Image()
      img.src = url
      await img.decode()
      return {
        type: res.headers.get('content-type'),
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName('parsererror').length,
        label: doc.documentElement.getAttribute('aria-label'),
        width: img.naturalWidth,
        height: img.naturalHeight,
      }
    }, `${server.url}/hasil/${programId}/badge.svg`)
    expect(check.type).toMatch(/^image\/svg\+xml/)
    expect(check).toMatchObject({ root: 'svg', errors: 0, height: 20 })
    expect(check.width).toBeGreaterThan(60)
    expect(check.label).toMatch(new RegExp(`^${PROGRAM}: IKM \\d+,\\d\\d · [A-D] · 20\\d\\d`))
    expectClean(watch)
  })

  it('lists the published program on its region page, in English too', async () => {
    const { page, watch } = await openPage(PHONE)
    const region = await admin.call<{ regionId: number }>('GET', `/api/programs/${programId}`)
    await page.goto(`${server.url}/hasil/wilayah/${region.regionId}?lang=en`)
    await page.getByRole('link', { name: PROGRAM }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(describeViolations(await wcagViolations(page))).toBe('')
    expectClean(watch)
  })
})
