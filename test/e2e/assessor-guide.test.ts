// The assessor guide in Chromium: each quick-win criterion shows its definition and what a 1, a 3
// and a 5 look like beside the buttons; a second assessor marks Si Mantab two points away from
// the first on one criterion, and both evaluators and the admin see each assessor's marks, the
// spread and the flag, while the program owner sees the spread and the flag without the names.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QUICKWIN_CRITERIA } from '../../server/domain/reference'
import {
  expectClean,
  horizontalOverflow,
  launchChromium,
  logInAs,
  watchPage,
} from './support/browser'
import { ensureClientBuilt, ROOT } from './support/client-build'
import { connectFormApi, type FormApi } from './support/form-api'
import { E2E_ADMIN, startServer, type RunningServer } from './support/server'

const SHOTS = join(ROOT, 'test-results')
const FIRST = { email: 'asesor.satu@e2e.test', password: 'evaluator-password-1' }
const SECOND = { email: 'asesor.dua@e2e.test', password: 'evaluator-password-2' }
const OWNER = { email: 'pemilik.guide@e2e.test', password: 'owner-password-123' }
const [INOVASI, DAYA_TARIK] = QUICKWIN_CRITERIA.criteria

let server: RunningServer
let browser: Browser
let admin: FormApi
let siMantabId: number

async function openPage(width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  context.setDefaultTimeout(10_000)
  const page = await context.newPage()
  return { page, watch: await watchPage(page) }
}

const criterion = (page: Page, index: number, name: string) =>
  page.getByRole('group', { name: `${index + 1}. ${name}` })

async function markFirstTwo(page: Page, marks: [number, number]) {
  await page.goto(`${server.url}/programs/${siMantabId}/assessment`)
  await page.getByRole('heading', { name: 'Penilaian quick win', level: 2 }).waitFor()
  await criterion(page, 0, INOVASI!.name.id)
    .getByRole('radio', { name: String(marks[0]), exact: true })
    .check()
  await criterion(page, 1, DAYA_TARIK!.name.id)
    .getByRole('radio', { name: String(marks[1]), exact: true })
    .check()
  await page.getByRole('button', { name: 'Simpan penilaian' }).click()
  await page.getByRole('status').getByText('Penilaian disimpan.').waitFor()
}

describe('the assessor guide', () => {
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
    const regionId = regions.items.find((r) => r.name === 'Kota Banjarmasin')!.id
    const programs = await admin.call<{ items: { id: number; name: string; agencyId: number }[] }>(
      'GET',
      `/api/programs?regionId=${regionId}&year=2024`,
    )
    const siMantab = programs.items.find((p) => p.name === 'Si Mantab')!
    siMantabId = siMantab.id
    for (const [login, name] of [
      [FIRST, 'Asesor Satu'],
      [SECOND, 'Asesor Dua'],
    ] as const) {
      await admin.call('POST', '/api/users', { ...login, name, role: 'evaluator', regionId })
    }
    await admin.call('POST', '/api/users', {
      ...OWNER,
      name: 'Pemilik',
      role: 'owner',
      agencyId: siMantab.agencyId,
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows each criterion with its definition and the 1, 3 and 5 descriptions beside the buttons', async () => {
    const { page, watch } = await openPage()
    await logInAs(page, server.url, FIRST)
    await page.goto(`${server.url}/programs/${siMantabId}/assessment`)
    const group = criterion(page, 0, INOVASI!.name.id)
    await group.getByText(INOVASI!.definition.id).waitFor()
    for (const level of ['1', '3', '5'] as const)
      await group.getByText(INOVASI!.levels[level].id).waitFor()
    // Each described mark carries its description for screen readers.
    const described = await group
      .getByRole('radio', { name: '3', exact: true })
      .evaluate(
        (input) => document.getElementById(input.getAttribute('aria-describedby')!)!.textContent,
      )
    expect(described).toBe(INOVASI!.levels['3'].id)
    // Beside the buttons on a wide screen: the guide starts level with the buttons.
    const buttons = await group.locator('.mark-options').boundingBox()
    const guide = await group.locator('.mark-guide').boundingBox()
    expect(guide!.x).toBeGreaterThan(buttons!.x + buttons!.width)
    expect(Math.abs(guide!.y - buttons!.y)).toBeLessThan(buttons!.height)
    await page.screenshot({ path: join(SHOTS, 'assessor-guide-1280.png'), fullPage: false })
    expectClean(watch)
  })

  it('flags a criterion where two assessors differ by 2 points and shows who gave what', async () => {
    const first = await openPage()
    await logInAs(first.page, server.url, FIRST)
    await markFirstTwo(first.page, [2, 4])
    const second = await openPage()
    await logInAs(second.page, server.url, SECOND)
    await markFirstTwo(second.page, [4, 5])

    await second.page.reload()
    const flag = second.page.getByTestId('disagreements')
    await flag.getByText('Asesor berbeda 2 poin atau lebih pada 1 kriteria').waitFor()
    expect(await flag.textContent()).toContain(INOVASI!.name.id)
    expect(await flag.textContent()).not.toContain(DAYA_TARIK!.name.id)
    await criterion(second.page, 0, INOVASI!.name.id).getByText('rentang 2–4').waitFor()
    const marks = second.page.locator('table.assessor-marks')
    expect(await marks.locator('thead th').allTextContents()).toEqual([
      'Kriteria',
      'Asesor Dua',
      'Asesor Satu',
    ])
    const row = marks.locator(`tr[data-criterion="${INOVASI!.code}"]`)
    expect(await row.locator('td').allTextContents()).toEqual(['4', '2'])
    expect(await row.getAttribute('class')).toContain('disagreement')
    await second.page.screenshot({ path: join(SHOTS, 'assessor-spread-1280.png'), fullPage: true })
    expectClean(first.watch)
    expectClean(second.watch)
  })

  it('gives the owner the spread and the flag, not the names, and fits a 360 px phone', async () => {
    const { page, watch } = await openPage(360)
    await logInAs(page, server.url, OWNER)
    await page.goto(`${server.url}/programs/${siMantabId}/assessment`)
    await page.getByTestId('disagreements').waitFor()
    const row = page.locator(`table.criteria-table tr[data-criterion="${INOVASI!.code}"]`)
    expect(await row.locator('td').allTextContents()).toEqual([
      '3,00',
      '2',
      '2–4',
      'Berbeda ≥ 2 poin',
    ])
    expect(await page.locator('table.assessor-marks').count()).toBe(0)
    expect(await page.getByText('Asesor Satu').count()).toBe(0)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expectClean(watch)
  })

  it('lets the admin read each assessor’s marks', async () => {
    const { page, watch } = await openPage()
    await logInAs(page, server.url, E2E_ADMIN)
    await page.goto(`${server.url}/programs/${siMantabId}/assessment`)
    await page.locator('table.assessor-marks').getByText('Asesor Dua').waitFor()
    expectClean(watch)
  })
})
