// The citizen form's pages in the browser's history (the phone's Back and Forward move between
// them, answers kept), an error summary that follows what branching shows, and the service worker:
// after one online visit a link opens without a network and the response given there is queued,
// then delivered when the network returns. Chromium on a 360 px phone against the real server.
import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectClean, launchChromium, watchPage } from './support/browser'
import { connectFormApi, type FormApi, type SharedForm } from './support/form-api'
import { buildClientPrivately, type PrivateBuild } from './support/form-build'
import { answerSkmElements, failedLoad, PHONE, RECEIPT } from './support/form-page'
import { mixedDefinition } from './support/form-definitions'
import { startServer, type RunningServer } from './support/server'

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
  const response = await page.goto(`${server.url}/s/${slug}`)
  return { context, page, watch, response }
}

/** The paths the service worker keeps (empty before it has stored the first visit). */
const keptPaths = (page: Page) =>
  page.evaluate(async () => {
    const names = await caches.keys()
    const paths: string[] = []
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys())
        paths.push(new URL(request.url).pathname)
    }
    return paths
  })

describe('the citizen form across pages and networks', () => {
  beforeAll(async () => {
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

  it('counts its service worker in the 30 KB budget and serves it uncached', async () => {
    const html = await (await fetch(`${server.url}/s/${skm.slug}`)).text()
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1]!,
    )
    const worker = await fetch(`${server.url}/form-sw.js`)
    expect(worker.status).toBe(200)
    expect(worker.headers.get('content-type')).toMatch(/javascript/)
    expect(worker.headers.get('cache-control')).toBe('no-cache')
    let total = gzipSync(new Uint8Array(await worker.arrayBuffer()), { level: 9 }).length
    for (const asset of new Set(assets)) {
      const body = new Uint8Array(await (await fetch(server.url + asset)).arrayBuffer())
      total += gzipSync(body, { level: 9 }).length
    }
    expect(total).toBeLessThan(30 * 1024)
    expect(build.log).toMatch(/form-sw\.js/) // the build's size report lists it too
  })

  it('moves between pages with Back and Forward, keeping the answers', async () => {
    const { page, watch } = await openForm(skm.slug)
    await page.getByRole('radio', { name: '30-39 tahun' }).check()
    await page.getByRole('radio', { name: 'Perempuan' }).check()
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await page.getByText('Bagian 2 dari 2').waitFor()
    await page.locator('#q-U1 input[value="4"]').check()

    await page.goBack() // the phone's Back button
    await page.getByText('Bagian 1 dari 2').waitFor()
    expect(page.url()).toBe(`${server.url}/s/${skm.slug}`)
    expect(await page.getByRole('radio', { name: '30-39 tahun' }).isChecked()).toBe(true)
    expect(await page.getByRole('radio', { name: 'Perempuan' }).isChecked()).toBe(true)

    await page.goForward()
    await page.getByText('Bagian 2 dari 2').waitFor()
    expect(await page.locator('#q-U1 input[value="4"]').isChecked()).toBe(true)

    // The form's own "Kembali" takes the same entry, so Back from page 1 leaves the form.
    await page.getByRole('button', { name: 'Kembali' }).click()
    await page.getByText('Bagian 1 dari 2').waitFor()
    await page.goForward()
    await page.getByText('Bagian 2 dari 2').waitFor()
    await answerSkmElements(page, 3)
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor()
    expectClean(watch)
  })

  it('counts in its summary only the questions that are shown and marked', async () => {
    const mixed = await api.shareForm({
      template: 'blank',
      definition: mixedDefinition(),
      link: { allowMultiple: true },
    })
    const { page, watch } = await openForm(mixed.slug)
    const summary = page.locator('.form-alert')
    const delayError = page.locator('#f-delay-error')
    await page.getByLabel('Berapa kali Anda memakai layanan ini tahun ini?').fill('3')
    await page.getByRole('radio', { name: '4 dari 5 bintang' }).check()
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await summary.filter({ hasText: 'Periksa 1 pertanyaan yang ditandai.' }).waitFor()
    expect(await page.locator('#f-on_time-error').textContent()).toBe('Wajib diisi.')

    // Answering it shows a required question by branching: not marked yet, so not counted.
    await page.getByRole('radio', { name: 'Tidak', exact: true }).check()
    await page.getByText('Apa penyebab keterlambatannya?').waitFor()
    expect(await delayError.count()).toBe(0)
    expect(await summary.count()).toBe(0)
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await summary.filter({ hasText: 'Periksa 1 pertanyaan yang ditandai.' }).waitFor()
    expect(await delayError.textContent()).toBe('Wajib diisi.')

    // Branching hides the marked question: its message and the summary go with it.
    await page.getByRole('radio', { name: 'Ya', exact: true }).check()
    expect(await page.getByText('Apa penyebab keterlambatannya?').count()).toBe(0)
    expect(await summary.count()).toBe(0)
    // Shown again, it comes back marked, and the summary counts it again.
    await page.getByRole('radio', { name: 'Tidak', exact: true }).check()
    expect(await delayError.textContent()).toBe('Wajib diisi.')
    await summary.filter({ hasText: 'Periksa 1 pertanyaan yang ditandai.' }).waitFor()
    expectClean(watch)
  })

  it('opens offline after one visit and delivers the response queued there once online', async () => {
    const link = await api.openLink(skm.questionnaireId, { allowMultiple: true })
    const form = { questionnaireId: skm.questionnaireId, linkId: link.id }
    const { context, page, watch } = await openForm(link.slug, [
      failedLoad('net::ERR_INTERNET_DISCONNECTED'),
    ])
    await page.getByText('Bagian 1 dari 2').waitFor()
    // The worker keeps the page and what it loaded once it is installed.
    const keptAll = async () => {
      const kept = await keptPaths(page)
      return (
        kept.includes(`/s/${link.slug}`) &&
        kept.some((p) => p.startsWith('/assets/form-') && p.endsWith('.js')) &&
        kept.some((p) => p.endsWith('.css'))
      )
    }
    await expect.poll(keptAll, { timeout: 15_000 }).toBe(true)
    const keptDate = await page.evaluate(async (url) => {
      const kept = await caches.match(url)
      return kept?.headers.get('date')
    }, `${server.url}/s/${link.slug}`)
    expect(keptDate).toBeTruthy()
    await page.waitForTimeout(1_100) // so a page fetched again would carry another Date header
    await page.close()

    await context.setOffline(true)
    const offline = await context.newPage()
    const offlineWatch = await watchPage(offline, [failedLoad('net::ERR_INTERNET_DISCONNECTED')])
    const response = await offline.goto(`${server.url}/s/${link.slug}`)
    expect(response!.status()).toBe(200)
    expect(response!.fromServiceWorker()).toBe(true)
    expect(response!.headers()['date']).toBe(keptDate) // the kept copy, not the network
    await offline.getByRole('heading', { level: 1, name: /Survei Kepuasan Masyarakat/ }).waitFor()
    await offline.getByRole('button', { name: 'Lanjut' }).click()
    await answerSkmElements(offline, 2)
    await offline.getByRole('button', { name: 'Kirim jawaban' }).click()
    await offline.getByRole('heading', { name: 'Jawaban belum terkirim' }).waitFor()
    await offline.getByText('Perangkat Anda sedang offline').waitFor()
    expect(await api.responseCount(form)).toBe(0)

    await context.setOffline(false)
    await offline.getByRole('heading', { name: 'Terima kasih!' }).waitFor({ timeout: 15_000 })
    expect(await offline.locator('.receipt-code').textContent()).toMatch(RECEIPT)
    expect(await api.responseCount(form)).toBe(1)
    expectClean(watch)
    expectClean(offlineWatch)
  })

  it('says plainly that a link never opened on this device needs a network', async () => {
    const link = await api.openLink(skm.questionnaireId, { allowMultiple: true })
    const { context, page } = await openForm(skm.slug)
    await expect
      .poll(() => keptPaths(page), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([`/s/${skm.slug}`]))
    await context.setOffline(true)
    const response = await page.goto(`${server.url}/s/${link.slug}`)
    expect(response!.status()).toBe(503)
    await page.getByRole('heading', { level: 1, name: 'Tidak ada koneksi' }).waitFor()
  })
})
