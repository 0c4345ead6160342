// The questionnaire builder in Chromium against the real server: an admin creates a blank
// questionnaire for Si Mantab, builds a likert question and a yes/no shown only when it is above
// 3, tries the display logic in the live preview, saves, publishes version 1 after reading the
// diff, shares it on WhatsApp, copies the link and downloads its QR code. No console errors or
// CSP violations are allowed; screenshots at 1280 and 360 px go to test-results/.
import { readFileSync } from 'node:fs'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, logInAs, watchPage } from './support/browser'
import { ensureClientBuilt, ROOT } from './support/client-build'
import { E2E_ADMIN, startServer, type RunningServer } from './support/server'

const SHOTS = join(ROOT, 'test-results')
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 360, height: 740 }
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const LIKERT_TEXT = 'Seberapa puas Anda dengan layanan Si Mantab?'
const YESNO_TEXT = 'Apakah Anda akan merekomendasikan Si Mantab?'

let server: RunningServer
let browser: Browser
let context: BrowserContext

const logIn = (page: Page) => logInAs(page, server.url, E2E_ADMIN)

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(SHOTS, `builder-${name}.png`), fullPage })

describe('the questionnaire builder', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    await ensureClientBuilt()
    server = await startServer()
    browser = await launchChromium()
    context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
  })

  afterAll(async () => {
    await context?.close().catch(() => {})
    await browser?.close()
    await server?.stop()
  })

  it('builds, previews, saves, publishes and shares a questionnaire', async () => {
    const page = await context.newPage()
    const watch = await watchPage(page, [/status of 401 .*\/api\/me\)$/])
    await logIn(page)

    // Si Mantab's "Kuesioner" tab, then a blank questionnaire from the template cards.
    await page.getByRole('link', { name: 'Si Mantab' }).first().click()
    await page.getByRole('heading', { name: 'Si Mantab', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Kuesioner' }).click()
    await page.getByRole('button', { name: 'Buat kuesioner' }).click()
    const blank = page.locator('.template-card', { hasText: 'Kuesioner baru' })
    await blank.getByText(/^0 pertanyaan dalam 1 bagian$/).waitFor()
    await shot(page, 'templates-1280')
    await blank.getByRole('button', { name: 'Gunakan' }).click()
    await page.waitForURL(/\/questionnaires\/\d+$/)
    await page.getByRole('heading', { name: 'Kuesioner baru: Si Mantab', level: 1 }).waitFor()

    // A section title and a likert 1-5 question.
    await page.getByLabel('Judul bagian (Indonesia)').fill('Pengalaman layanan')
    await page.getByRole('button', { name: '+ Tambah pertanyaan' }).click()
    const first = page.locator('.question-card').nth(0)
    await first.getByLabel('Teks pertanyaan (Indonesia)').fill(LIKERT_TEXT)
    expect(await first.getByLabel('Jenis pertanyaan').inputValue()).toBe('likert')
    expect(await first.getByLabel('Nilai terendah').inputValue()).toBe('1')
    expect(await first.getByLabel('Nilai tertinggi').inputValue()).toBe('5')

    // A yes/no question shown only when the likert answer is above 3.
    await page.getByRole('button', { name: '+ Tambah pertanyaan' }).click()
    const second = page.locator('.question-card').nth(1)
    // Until its text is written, the new question is a problem the builder points at.
    await second.locator('.badge-problem').waitFor()
    await second.getByLabel('Jenis pertanyaan').selectOption('yesno')
    await second.getByLabel('Teks pertanyaan (Indonesia)').fill(YESNO_TEXT)
    await second.getByText('Hanya jika…').click()
    await second.getByLabel('Syarat 1: pertanyaan').selectOption('Q1')
    await second.getByLabel('Operator').selectOption({ label: 'lebih dari' })
    await second.getByLabel('Nilai').selectOption('3')
    await second.getByText('Tampil jika Q1 lebih dari 3').waitFor()
    expect(await page.locator('.badge-problem').count()).toBe(0)
    await page.getByText('Ada perubahan yang belum disimpan').waitFor()

    // The preview renders the draft with the citizen form's components and follows the logic.
    const preview = page.frameLocator('iframe.preview-frame')
    await preview.getByText(LIKERT_TEXT).waitFor()
    await preview.getByRole('heading', { name: 'Pengalaman layanan' }).waitFor()
    expect(await preview.getByText(YESNO_TEXT).count()).toBe(0)
    await preview.getByRole('radio', { name: '4', exact: true }).check()
    await preview.getByText(YESNO_TEXT).waitFor()
    await shot(page, 'build-1280')
    await preview.getByRole('radio', { name: '2', exact: true }).check()
    await preview.getByText(YESNO_TEXT).waitFor({ state: 'detached' })

    // Reordering from the keyboard: Q2 above Q1 breaks its condition, and back again fixes it.
    await page.getByRole('button', { name: 'Pindahkan pertanyaan Q2 ke atas' }).focus()
    await page.keyboard.press('Enter')
    await page.locator('.question-card').first().getByText(YESNO_TEXT).waitFor()
    await page.locator('.badge-problem').first().waitFor()
    await page.getByText('Q1 berada sesudah pertanyaan ini').waitFor()
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
    expect(await focused()).toBe('Pindahkan pertanyaan Q2 ke bawah')
    await page.keyboard.press('Enter')
    await page.locator('.question-card').nth(1).getByText(YESNO_TEXT).waitFor()
    expect(await page.locator('.badge-problem').count()).toBe(0)
    expect(await focused()).toBe('Pindahkan pertanyaan Q2 ke atas')

    // Save the draft.
    await page.getByRole('button', { name: 'Simpan draf' }).click()
    await page.getByText('Draf tersimpan').waitFor()
    expect(await page.getByRole('button', { name: 'Simpan draf' }).isDisabled()).toBe(true)

    // Publish: the diff lists both new questions, then version 1 after confirming.
    await page.getByRole('link', { name: 'Terbitkan' }).click()
    await page.getByText('Belum pernah diterbitkan: semua pertanyaan baru.').waitFor()
    const added = page.locator('.diff-added li')
    await expect(added.allInnerTexts()).resolves.toEqual([
      expect.stringContaining(`Q1 ${LIKERT_TEXT}`),
      expect.stringContaining(`Q2 ${YESNO_TEXT}`),
    ])
    await shot(page, 'publish-1280')
    await page.getByRole('button', { name: 'Terbitkan versi 1…' }).click()
    await page.getByRole('button', { name: 'Ya, terbitkan' }).click()
    await page.getByText('Versi 1 diterbitkan.').waitFor()
    await page.getByText('Tidak ada perubahan untuk diterbitkan.').waitFor()
    await page.getByText('Versi terbit: 1', { exact: true }).waitFor()
    await shot(page, 'published-1280')

    // A WhatsApp link: listed as open, its address copied, its QR shown and downloaded.
    await page.getByRole('link', { name: 'Tautan & QR' }).click()
    await page.getByRole('button', { name: '+ Buat tautan' }).click()
    await page.getByLabel('Saluran').fill('WhatsApp')
    await page.getByRole('button', { name: 'Buat tautan' }).click()
    await page.getByText('Tautan WhatsApp dibuat.').waitFor()
    const card = page.locator('.link-card', { hasText: 'WhatsApp' })
    await card.getByText('Dibuka', { exact: true }).first().waitFor()
    const url = await card.locator('.link-url a').innerText()
    expect(url).toMatch(new RegExp(`^${server.url}/s/[A-Za-z0-9_-]{16}$`))
    await card.getByRole('button', { name: 'Salin tautan' }).click()
    await card.getByText('Tersalin ✓').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
    const qr = card.getByRole('img', { name: 'Kode QR tautan WhatsApp' })
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Unduh QR (PNG)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.png$/)
    const png = readFileSync((await download.path())!)
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    await shot(page, 'links-1280')

    // The program's tab now lists the questionnaire with its version and link.
    await page.getByRole('link', { name: 'Kuesioner', exact: true }).click()
    const listed = page.locator('.questionnaire-card', { hasText: 'Kuesioner baru: Si Mantab' })
    await listed.getByText('Sama dengan versi terakhir').waitFor()
    await shot(page, 'list-1280')

    // The builder in English.
    await listed.getByRole('link', { name: 'Kuesioner baru: Si Mantab' }).click()
    await page.locator('.question-card').first().getByRole('button', { name: /^Q1/ }).click()
    await page.getByRole('button', { name: 'English' }).first().click()
    await page.getByRole('link', { name: 'Build', exact: true }).waitFor()
    await page.getByText('All changes saved').waitFor()
    await shot(page, 'build-en-1280', false)
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).first().click()
    await page.getByRole('link', { name: 'Kuesioner', exact: true }).first().click()

    // A 360 px phone: editor and preview one at a time, the links still usable.
    await page.setViewportSize(PHONE)
    await listed.getByRole('link', { name: 'Kuesioner baru: Si Mantab' }).click()
    await page.locator('.question-card').first().waitFor()
    await shot(page, 'build-360')
    await page.locator('.question-card').nth(1).getByRole('button', { name: /^Q2/ }).click()
    await shot(page, 'question-360')
    // Going back up through the fields with the keyboard, the sticky toolbar never covers the
    // focused one (WCAG 2.4.11): the page scrolls it into view below the toolbar. Other fonts
    // (Noto on Android) give the bar and the fields other heights: a taller bar and text with
    // other metrics stand in for them, so the check does not rest on the fonts installed here.
    await page.addStyleTag({
      content:
        'body { font-family: serif; line-height: 1.7 } .builder-toolbar { padding-block: 1.1rem }',
    })
    await page.locator('.question-card input, .question-card textarea').last().focus()
    const covered: string[] = []
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Shift+Tab')
      const seen = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const bar = document.querySelector('.builder-toolbar')!.getBoundingClientRect()
        if (el.closest('.builder-toolbar, header, nav')) return null
        const box = el.getBoundingClientRect()
        return {
          what: `${el.tagName} ${el.getAttribute('aria-label') ?? el.id}`,
          top: box.top,
          bar: bar.bottom,
        }
      })
      if (seen && seen.top < seen.bar - 1)
        covered.push(`${seen.what}: top ${seen.top} < ${seen.bar}`)
    }
    expect(covered).toEqual([])
    await page.getByRole('button', { name: 'Pratinjau', exact: true }).click()
    await page.frameLocator('iframe.preview-frame').getByText(LIKERT_TEXT).waitFor()
    await shot(page, 'preview-360', false)
    await page.getByRole('link', { name: 'Tautan & QR' }).click()
    await page.locator('.link-card').first().waitFor()
    await shot(page, 'links-360')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    expect(watch.problems()).toEqual([])
  }, 120_000)
})
