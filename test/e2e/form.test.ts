// The citizen form in Chromium on a 360 px phone against the real server: the SKM questionnaire
// answered in Indonesian up to its receipt, a draft that survives a reload, a response queued
// offline (or on a server error) and sent exactly once, messages next to fields, and a clear page
// for every link that takes no answers. No console errors or CSP violations anywhere.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectClean, launchChromium, watchPage } from './support/browser'
import { ROOT } from './support/client-build'
import { connectFormApi, type FormApi, type SharedForm } from './support/form-api'
import { buildClientPrivately, type PrivateBuild } from './support/form-build'
import { answerSkmElements, failedLoad, PHONE, RECEIPT } from './support/form-page'
import { mixedDefinition } from './support/form-definitions'
import { startServer, type RunningServer } from './support/server'

const SHOTS = join(ROOT, 'test-results')

let build: PrivateBuild
let server: RunningServer
let browser: Browser
let api: FormApi
let skm: SharedForm
const contexts: BrowserContext[] = []

async function openForm(slug: string, allowed: RegExp[] = []) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID' })
  contexts.push(context)
  const page = await context.newPage()
  const watch = await watchPage(page, allowed)
  await page.goto(`${server.url}/s/${slug}`)
  return { context, page, watch }
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `form-${name}.png`), fullPage: true })

/** Controls and their labels under 44 px, and whether the page scrolls sideways. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const small: string[] = []
    const targets = document.querySelectorAll<HTMLElement>(
      'main button, main select, main .input, main .choice, main .point',
    )
    for (const el of targets) {
      const box = el.getBoundingClientRect()
      if (box.width > 0 && (box.height < 44 || box.width < 44)) {
        small.push(
          `${el.className || el.tagName} ${Math.round(box.width)}x${Math.round(box.height)}`,
        )
      }
    }
    return { small, sideways: document.documentElement.scrollWidth > window.innerWidth }
  })
}

const outboxSize = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('qw-form:outbox:'))
      .reduce((n, k) => n + (JSON.parse(localStorage.getItem(k)!) as unknown[]).length, 0),
  )

describe('the citizen form', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    build = buildClientPrivately()
    server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', CLIENT_DIST: build.dir })
    browser = await launchChromium()
    api = await connectFormApi(server.url)
    skm = await api.shareForm({ template: 'skm', link: { allowMultiple: true } })
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await browser?.close()
    await server?.stop()
    build?.remove()
  })

  it('loads under 30 KB of gzip JavaScript and CSS, with the form inlined in the page', async () => {
    const html = await (await fetch(`${server.url}/s/${skm.slug}`)).text()
    expect(html).toContain('<script type="application/json" id="qw-form">')
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1]!,
    )
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true)
    let total = 0
    for (const asset of new Set(assets)) {
      const body = new Uint8Array(await (await fetch(server.url + asset)).arrayBuffer())
      total += gzipSync(body, { level: 9 }).length
    }
    expect(total).toBeLessThan(30 * 1024)
  })

  it('takes the SKM questionnaire in Indonesian, one section per page, up to the receipt', async () => {
    const before = await api.responseCount(skm)
    const { page, watch } = await openForm(skm.slug)
    const apiCalls: string[] = []
    page.on('request', (r) => r.url().includes('/api/') && apiCalls.push(r.url()))
    await page.getByRole('heading', { level: 1, name: /Survei Kepuasan Masyarakat/ }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id')
    await page.getByRole('heading', { name: 'Privasi Anda' }).waitFor()
    await page.getByText('Bagian 1 dari 2').waitFor()
    expect(apiCalls).toEqual([]) // the first paint needed no API call

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByText('Part 1 of 2').waitFor()
    await page.getByRole('radiogroup', { name: /^Gender/ }).waitFor()
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click()

    await page.getByRole('radio', { name: '30-39 tahun' }).check()
    await page.getByRole('radio', { name: 'Perempuan' }).check()
    await page.getByRole('radio', { name: 'SMA/SMK' }).check()
    await page.getByText('(opsional)').first().waitFor()
    expect(await layoutProblems(page)).toEqual({ small: [], sideways: false })
    await shot(page, 'skm-page1-360')

    await page.getByRole('button', { name: 'Lanjut' }).click()
    await page.getByText('Bagian 2 dari 2').waitFor()
    await answerSkmElements(page, 4)
    await page.locator('#q-U3 input[value="2"]').check()
    expect(await layoutProblems(page)).toEqual({ small: [], sideways: false })
    await shot(page, 'skm-page2-360')

    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor()
    expect(await page.locator('.receipt-code').textContent()).toMatch(RECEIPT)
    await page.getByText('Terima kasih atas partisipasi Anda').waitFor()
    await shot(page, 'skm-receipt-360')
    expect(await api.responseCount(skm)).toBe(before + 1)
    const drafts = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('qw-form:draft:')),
    )
    expect(drafts).toEqual([])
    expectClean(watch)
  })

  it('keeps the answers given so far when the page is reloaded mid-way', async () => {
    const { page, watch } = await openForm(skm.slug)
    await page.getByRole('radio', { name: '40-49 tahun' }).check()
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await page.locator('#q-U1 input[value="4"]').check()
    await page.locator('#q-U2 input[value="2"]').check()
    await page.reload()
    await page.getByText('Bagian 2 dari 2').waitFor()
    expect(await page.locator('#q-U1 input[value="4"]').isChecked()).toBe(true)
    expect(await page.locator('#q-U2 input[value="2"]').isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Kembali' }).click()
    expect(await page.getByRole('radio', { name: '40-49 tahun' }).isChecked()).toBe(true)
    expectClean(watch)
  })

  it('queues a response sent offline, says how many wait, and sends it once back online', async () => {
    const link = await api.openLink(skm.questionnaireId, { allowMultiple: true })
    const form = { questionnaireId: skm.questionnaireId, linkId: link.id }
    const { context, page, watch } = await openForm(link.slug, [
      failedLoad('net::ERR_INTERNET_DISCONNECTED'),
    ])
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await answerSkmElements(page, 3)
    await context.setOffline(true)
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.getByRole('heading', { name: 'Jawaban belum terkirim' }).waitFor()
    await page.getByText('1 jawaban menunggu dikirim').waitFor()
    await page.getByText('Perangkat Anda sedang offline').waitFor()
    expect(await outboxSize(page)).toBe(1)
    await shot(page, 'offline-queued-360')
    await page.waitForTimeout(3_000) // a retry with backoff fails while still offline
    expect(await page.locator('.receipt-code').count()).toBe(0)

    await context.setOffline(false)
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor({ timeout: 15_000 })
    expect(await page.locator('.receipt-code').textContent()).toMatch(RECEIPT)
    expect(await outboxSize(page)).toBe(0)
    expect(await api.responseCount(form)).toBe(1)
    expectClean(watch)
  })

  it('keeps a response queued through a server error and retries it by itself', async () => {
    const link = await api.openLink(skm.questionnaireId, { allowMultiple: true })
    const form = { questionnaireId: skm.questionnaireId, linkId: link.id }
    const { page, watch } = await openForm(link.slug, [failedLoad('status of 503')])
    let failures = 1
    await page.route('**/api/public/forms/*/responses', (route) =>
      failures-- > 0
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }),
          })
        : route.continue(),
    )
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await answerSkmElements(page, 2)
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.getByText('Server sedang sibuk atau mengalami gangguan.').waitFor()
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor({ timeout: 15_000 })
    expect(await api.responseCount(form)).toBe(1)
    expectClean(watch)
  })

  it('shows each refused answer next to its field, with the same rules as the server', async () => {
    const mixed = await api.shareForm({
      template: 'blank',
      definition: mixedDefinition(),
      link: { allowMultiple: true },
    })
    const { page, watch } = await openForm(mixed.slug, [failedLoad('status of 422')])
    const visits = page.getByLabel('Berapa kali Anda memakai layanan ini tahun ini?')
    await visits.fill('25')
    await visits.press('Tab')
    const error = page.locator('#f-visits-error')
    expect(await error.textContent()).toBe('Isi angka antara 1 dan 10.')
    expect(await visits.getAttribute('aria-invalid')).toBe('true')
    expect(await visits.getAttribute('aria-describedby')).toContain('f-visits-error')

    await page.getByRole('button', { name: 'Lanjut' }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: 'Periksa 3 pertanyaan yang ditandai.' })
      .waitFor()
    expect(await page.locator('#f-on_time-error').textContent()).toBe('Wajib diisi.')
    const onTime = page.getByRole('radiogroup', { name: /diantar tepat waktu/ })
    expect(await onTime.getAttribute('aria-invalid')).toBe('true')
    expect(await onTime.getAttribute('aria-describedby')).toContain('f-on_time-error')
    expect(await page.locator('#f-stars-error').textContent()).toBe('Wajib diisi.')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-visits')
    await shot(page, 'mixed-errors-360')

    await visits.fill('3')
    expect(await error.count()).toBe(0) // fixed: the message goes as the citizen types
    expect(await page.getByText('Apa penyebab keterlambatannya?').count()).toBe(0)
    await page.getByRole('radio', { name: 'Tidak', exact: true }).check()
    await page.getByText('Apa penyebab keterlambatannya?').waitFor() // display logic, live
    await page.getByRole('radio', { name: '4 dari 5 bintang' }).check()
    await page.getByRole('button', { name: 'Lanjut' }).click()
    expect(await page.locator('#f-delay-error').textContent()).toBe('Wajib diisi.')
    await page.getByRole('radio', { name: 'Petugas terlambat' }).check()
    await page.getByRole('checkbox', { name: 'WhatsApp' }).check()
    await shot(page, 'mixed-page1-360')
    await page.getByRole('button', { name: 'Lanjut' }).click()

    await page.getByText('Bagian 2 dari 2').waitFor()
    await page.getByRole('radio', { name: '9', exact: true }).check()
    await page.getByLabel('Kecamatan tempat tinggal').selectOption({ label: 'Gambut' })
    await page.getByLabel('Saran untuk perbaikan').fill('Kurirnya ramah.')
    await page.getByText('Sisa 185 karakter').waitFor()
    await page.getByText('(data pribadi, opsional)').waitFor()
    expect(await layoutProblems(page)).toEqual({ small: [], sideways: false })
    await shot(page, 'mixed-page2-360')

    // A message the server sends back (422) is shown next to its field, on its page.
    await page.route('**/api/public/forms/*/responses', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: '/problems/invalid',
          title: 'The request is not valid',
          status: 422,
          errors: [
            {
              path: 'answers.visits',
              code: 'visits',
              message: 'Refused by the server.',
              messages: { id: 'Ditolak oleh server.', en: 'Refused by the server.' },
            },
          ],
        }),
      }),
    )
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.getByText('Bagian 1 dari 2').waitFor()
    expect(await page.locator('#f-visits-error').textContent()).toBe('Ditolak oleh server.')
    await page.unroute('**/api/public/forms/*/responses')
    await visits.fill('4')
    expect(await page.locator('#f-visits-error').count()).toBe(0)
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor()
    await page.getByText('Terima kasih, masukan Anda kami catat.').waitFor()
    expect(await api.responseCount(mixed)).toBe(1)
    expectClean(watch)
  })

  describe('a link that takes no answers shows a clear page in both languages', () => {
    const slugs: Record<string, string> = { unknown: 'tidak-ada-tautan-ini' }

    beforeAll(async () => {
      const day = 24 * 60 * 60 * 1000
      const at = (offset: number) => new Date(Date.now() + offset).toISOString()
      const q = skm.questionnaireId
      slugs.not_open = (await api.openLink(q, { opensAt: at(2 * day) })).slug
      slugs.closed = (await api.openLink(q, { opensAt: at(-2 * day), closesAt: at(-day) })).slug
      const capped = await api.openLink(q, { maxResponses: 1 })
      const answers: Record<string, number> = {}
      for (let i = 1; i <= 9; i++) answers[`U${i}`] = 3
      expect(await api.submitAnswers(capped.slug, answers)).toBe(201)
      slugs.capped = capped.slug
      const inactive = await api.openLink(q)
      await api.updateLink(inactive.id, { active: false })
      slugs.inactive = inactive.slug
      slugs.unpublished = (await api.shareForm({ template: 'nps', publish: false })).slug
    })

    it.each([
      ['not_open', 'Kuesioner belum dibuka', 'Not open yet'],
      ['closed', 'Kuesioner sudah ditutup', 'This questionnaire is closed'],
      ['capped', 'Kuota jawaban sudah terpenuhi', 'Enough answers received'],
      ['inactive', 'Tautan tidak aktif', 'This link is not active'],
      ['unpublished', 'Kuesioner belum diterbitkan', 'Not published yet'],
      ['unknown', 'Tautan tidak ditemukan', 'Link not found'],
    ])('%s: "%s"', async (state, id, en) => {
      const { page, watch } = await openForm(slugs[state]!, [failedLoad('status of 4\\d\\d')])
      await page.getByRole('heading', { level: 1, name: id }).waitFor()
      expect(await page.locator('main').getAttribute('data-state')).toBe(state)
      await shot(page, `state-${state}-360`)
      await page.getByRole('button', { name: 'English' }).click()
      await page.getByRole('heading', { level: 1, name: en }).waitFor()
      expectClean(watch)
    })
  })

  it('tells a device that already answered a one-response link, with its receipt', async () => {
    const link = await api.openLink(skm.questionnaireId)
    const { page, watch } = await openForm(link.slug)
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await answerSkmElements(page, 4)
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor()
    const receipt = await page.locator('.receipt-code').textContent()
    await page.reload()
    await page
      .getByRole('heading', { level: 1, name: 'Anda sudah mengisi kuesioner ini' })
      .waitFor()
    expect(await page.locator('.receipt-code').textContent()).toBe(receipt)
    await shot(page, 'state-responded-360')
    expectClean(watch)
  })
})
