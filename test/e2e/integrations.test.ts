// API tokens and webhooks in the console, in Chromium against the real server: a token is
// created with its scopes, shown once, works with the API and stops working once revoked; a
// program's webhook is added with its secret shown once, and its delivery log shows the signed
// response.created that a local receiver got. Both pages pass axe's WCAG 2.1 AA rules and fit a
// 360 px phone.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wcagViolations } from './support/axe'
import {
  expectClean,
  horizontalOverflow,
  launchChromium,
  logInAs,
  watchPage,
} from './support/browser'
import { ensureClientBuilt } from './support/client-build'
import { connectFormApi } from './support/form-api'
import { E2E_ADMIN, startServer, type RunningServer } from './support/server'

const PHONE = { width: 360, height: 740 }
let server: RunningServer
let browser: Browser
let receiver: Server
let receiverUrl: string
const received: string[] = []
const contexts: BrowserContext[] = []

async function adminPage(): Promise<{ page: Page; watch: Awaited<ReturnType<typeof watchPage>> }> {
  const context = await browser.newContext({ viewport: PHONE })
  contexts.push(context)
  const page = await context.newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  const watch = await watchPage(page)
  await logInAs(page, server.url, E2E_ADMIN)
  return { page, watch }
}

beforeAll(async () => {
  await ensureClientBuilt()
  server = await startServer()
  browser = await launchChromium()
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      received.push(body)
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
}, 180_000)

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {})
  await browser?.close()
  await server?.stop()
  await new Promise((resolve) => receiver?.close(resolve))
})

describe('API tokens in the console', () => {
  it('creates a token shown once, which works until it is revoked', async () => {
    const { page, watch } = await adminPage()
    await page.getByRole('link', { name: 'Token API' }).click()
    await page.getByRole('heading', { name: 'Token API', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Buat token' }).click()
    await page.getByLabel('Nama token').fill('Gudang data Bappeda')
    await page.getByLabel(/read:exports/).check()
    await page.getByRole('button', { name: 'Buat token' }).last().click()
    const shown = page.locator('input.secret-value')
    await shown.waitFor()
    const token = await shown.inputValue()
    expect(token).toMatch(/^qwt_/)
    const me = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(me.status).toBe(200)
    expect(await wcagViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    await page.getByRole('button', { name: 'Selesai' }).click()
    await expect.poll(() => shown.count()).toBe(0)
    await page.getByRole('button', { name: /Cabut Gudang data Bappeda/ }).click()
    await page.getByRole('cell', { name: 'Dicabut' }).waitFor()
    const after = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(after.status).toBe(401)
    expectClean(watch)
  })
})

describe('webhooks in the console', () => {
  it('adds a webhook with its secret shown once and shows its deliveries', async () => {
    const { page, watch } = await adminPage()
    await page
      .getByRole('link', { name: /Si Mantab/ })
      .first()
      .click()
    await page.getByRole('link', { name: 'Webhook' }).click()
    await page.getByRole('button', { name: 'Tambah webhook' }).click()
    await page.getByLabel('URL penerima').fill(receiverUrl)
    await page.getByLabel(/Izinkan alamat jaringan privat/).check()
    await page.getByRole('button', { name: 'Simpan webhook' }).click()
    const secret = page.locator('input.secret-value')
    await secret.waitFor()
    expect(await secret.inputValue()).toMatch(/^whsec_/)
    expect(await wcagViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    const forms = await connectFormApi(server.url)
    const form = await forms.shareForm({ template: 'nps' })
    expect(await forms.submitAnswers(form.slug, { nps: 9 })).toBe(201)
    await expect.poll(() => received.length, { timeout: 10_000 }).toBeGreaterThan(0)
    expect(JSON.parse(received[0]!)).toMatchObject({ type: 'response.created' })

    await page.getByRole('button', { name: 'Log pengiriman' }).click()
    await page.getByRole('cell', { name: 'Terkirim' }).first().waitFor()
    expect(await wcagViolations(page)).toEqual([])
    expectClean(watch)
  })
})
