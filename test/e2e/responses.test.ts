// The owners' response workspace in Chromium against the real server (demo data), at 1280 and
// 360 px: an owner of DPMPTSP finds a citizen's response by its receipt from the header, reads it
// in full, excludes it and sees every figure drop by one (dashboard counts, the score's n, the
// table), then restores it; excludes everything that came through a test link at once; downloads
// the XLSX and the CSV with its codebook and reads the labels back; the dashboard's counts agree
// with the score's n on one questionnaire, without console errors or CSP violations.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { horizontalOverflow, launchChromium, logInAs, watchPage } from './support/browser'
import { ensureClientBuilt, ROOT } from './support/client-build'
import { connectFormApi, type FormApi, type SharedForm } from './support/form-api'
import { KECAMATAN, workspaceAnswers, workspaceDefinition } from './support/response-definitions'
import { startServer, type RunningServer } from './support/server'

const SHOTS = join(ROOT, 'test-results')
const VIEWPORTS = [
  ['1280', { width: 1280, height: 900 }],
  ['360', { width: 360, height: 740 }],
] as const
const OWNER = { email: 'owner.workspace@e2e.test', password: 'owner-password-123' }
const RESPONSES = 14
/** A receipt that names nothing is looked up: its 404 is expected in the console. */
const NOT_FOUND = [/status of 404/]

let server: RunningServer
let browser: Browser
let admin: FormApi
let programId: number
let form: SharedForm
let testLinkSlug: string
const receipts: string[] = []
const contexts: BrowserContext[] = []

interface Figures {
  total: number
  scored: number
  responsesCard: string
  impactLine: boolean
  sample: string
}

const count = (n: number) => new Intl.NumberFormat('id-ID').format(n)
const apiFigures = async () => {
  const q = `?questionnaire=${form.questionnaireId}`
  const analytics = await admin.call<{ total: number }>(
    'GET',
    `/api/programs/${programId}/analytics${q}`,
  )
  const score = await admin.call<{ n: number; impact: { n: number } }>(
    'GET',
    `/api/programs/${programId}/score${q}&from=2000-01-01`,
  )
  return { total: analytics.total, n: score.n, scored: score.impact.n }
}

async function openPage(viewport: { width: number; height: number }, allowed: RegExp[] = []) {
  const context = await browser.newContext({ viewport, acceptDownloads: true })
  contexts.push(context)
  const page = await context.newPage()
  const watch = await watchPage(page, allowed)
  await logInAs(page, server.url, OWNER)
  return { page, watch }
}

/** The dashboard's figures once it has settled on the default (newest) questionnaire. */
async function dashboardFigures(page: Page): Promise<Figures> {
  await page.goto(`${server.url}/programs/${programId}/dashboard`)
  await page.getByRole('heading', { name: 'Dasbor dampak', level: 2 }).waitFor()
  await page.waitForFunction(() => !document.querySelector('.dashboard-report[aria-busy="true"]'))
  const total = Number(await page.locator('[data-result-total]').getAttribute('data-result-total'))
  const impact = (await page.locator('[data-stat="impact"]').textContent()) ?? ''
  const sample = (await page.locator('[data-stat="sample"] .stat-value').textContent()) ?? ''
  const scored = Number(sample.split('/')[0]!.trim().replace(/\./g, ''))
  return {
    total,
    scored,
    responsesCard: (await page.locator('[data-stat="responses"] .stat-value').textContent()) ?? '',
    impactLine: impact.includes(`dari ${count(scored)} responden`),
    sample,
  }
}

/** The response table's count of counted responses matching, once loaded. */
async function tableMatching(page: Page): Promise<number> {
  await page.goto(`${server.url}/programs/${programId}/responses`)
  const summary = page.locator('.list-summary[data-matching]')
  await summary.waitFor()
  await page.locator('table.response-table').waitFor()
  return Number(await summary.getAttribute('data-matching'))
}

describe('the response workspace', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    await ensureClientBuilt()
    server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' })
    browser = await launchChromium()
    admin = await connectFormApi(server.url)
    programId = admin.siMantab.id
    await admin.createOwner(OWNER)
    form = await admin.shareForm({
      template: 'blank',
      definition: workspaceDefinition(),
      link: { channel: 'Loket DPMPTSP', allowMultiple: true },
    })
    for (let i = 0; i < RESPONSES; i++)
      receipts.push(await admin.submitForReceipt(form.slug, workspaceAnswers(i)))
    const testLink = await admin.openLink(form.questionnaireId, {
      channel: 'Uji coba petugas',
      allowMultiple: true,
    })
    testLinkSlug = testLink.slug
    for (let i = 0; i < 3; i++)
      await admin.submitForReceipt(testLinkSlug, { kanal: 'loket', puas: 1, tepat: 'no' })
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await browser?.close()
    await server?.stop()
  })

  it("the dashboard's counts agree with the score's n on one questionnaire, and say why they differ", async () => {
    const { page, watch } = await openPage(VIEWPORTS[0][1])
    const api = await apiFigures()
    expect(api.total).toBe(RESPONSES + 3)
    expect(api.n).toBe(api.total)
    // Two respondents skipped both scored items: they count as responses, not in the score.
    expect(api.scored).toBe(api.total - 2)

    const shown = await dashboardFigures(page)
    expect(await page.locator('[data-questionnaire-select]').inputValue()).toBe(
      String(form.questionnaireId),
    )
    expect(shown.total).toBe(api.total)
    expect(shown.responsesCard).toBe(count(api.total))
    expect(shown.scored).toBe(api.scored)
    expect(shown.impactLine).toBe(true)
    const why = page.locator('[data-stat="impact"] .stat-why')
    expect(await why.textContent()).toContain(
      `2 dari ${count(api.total)} tanggapan tidak menjawab satu pun butir berskor`,
    )

    // A number question is read on its defined range, with its median and bins.
    const days = page.locator('section.question-chart', { has: page.locator('#question-hari') })
    expect(await days.textContent()).toContain('pada rentang 0–30')
    await days.locator('[data-median]').waitFor()
    expect(await days.locator('.bar-row').count()).toBe(10)

    // A cross-tab of two questions, with the chi-square test in words.
    const breakdown = page.locator('.breakdown')
    await breakdown.locator('select[data-crosstab="question"]').selectOption('kanal')
    await page.waitForURL(/breakdown=kanal/)
    await breakdown.locator('select[data-crosstab="by"]').selectOption('tepat')
    await page.waitForURL(/by=tepat/)
    await breakdown.locator('[data-crosstab-view="kanal|tepat"]').waitFor()
    const table = breakdown.locator('table.crosstab')
    await table.getByRole('columnheader', { name: 'Loket kantor' }).waitFor()
    expect(await breakdown.locator('.crosstab-test').textContent()).toMatch(
      /Uji khi-kuadrat independensi: χ² = \d+,\d\d, df = 1, p [=<] 0,\d{3}/,
    )
    expect(await breakdown.locator('.crosstab-warning').count()).toBe(1)

    // "All questionnaires" brings the demo year back in.
    await page.locator('[data-questionnaire-select]').selectOption('all')
    await page.waitForURL(/questionnaire=all/)
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-result-total]')?.getAttribute('data-result-total')) >
        n,
      api.total,
    )

    // The print view prints what is on screen: the questionnaire, the cross-tab and comments.
    await page.goto(`${server.url}/programs/${programId}/dashboard?breakdown=kanal&by=tepat`)
    await page.getByRole('link', { name: 'Versi cetak / PDF' }).click()
    await page.waitForURL(/\/print\?/)
    await page.locator('[data-crosstab-view="kanal|tepat"]').waitFor()
    expect(await page.locator('[data-print-questionnaire]').textContent()).toContain(
      'Survei pengantaran izin',
    )
    await page.locator('.comment-list').getByText('Saran nomor 12: antar lebih pagi.').waitFor()
    expect(watch.problems()).toEqual([])
  }, 90_000)

  describe.each(VIEWPORTS)('at %s px', (width, viewport) => {
    it('an owner finds a response by receipt, excludes it, sees every figure drop by one and restores it', async () => {
      const { page, watch } = await openPage(viewport)
      const receipt = width === '1280' ? receipts[1]! : receipts[2]!
      const before = await dashboardFigures(page)
      const matchingBefore = await tableMatching(page)
      expect(matchingBefore).toBe(before.total)

      // From the header, wherever the owner is; typed as a citizen reads it out.
      const lookup = page.getByRole('search', { name: 'Cari tanda terima warga' })
      await lookup
        .getByRole('searchbox')
        .fill(`${receipt.slice(0, 4)}-${receipt.slice(4).toLowerCase()}`)
      await lookup.getByRole('button', { name: 'Cari' }).click()
      await page.waitForURL(/\/responses\/\d+$/)
      await page.getByRole('heading', { name: `Tanggapan ${receipt}`, level: 1 }).waitFor()
      const answers = page.locator('.answer-list')
      await answers.locator('[data-question="kanal"]').getByText('Loket kantor').waitFor()
      expect(await answers.locator('[data-question="puas"]').textContent()).toMatch(/\d - \w+/)
      expect(await page.locator('.response-facts').textContent()).toContain('WITA')
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await page.screenshot({ path: join(SHOTS, `response-${width}.png`), fullPage: true })

      await page.getByRole('radio', { name: 'Duplikat' }).check()
      await page.getByLabel('Catatan (boleh kosong)').fill(`sama dengan ${receipts[0]}`)
      await page.getByRole('button', { name: 'Kecualikan tanggapan' }).click()
      await page.locator('[data-status="excluded"]').waitFor()
      expect(await page.locator('[data-status="excluded"]').textContent()).toContain(
        `Duplikat: sama dengan ${receipts[0]}`,
      )

      const after = await dashboardFigures(page)
      expect(after.total).toBe(before.total - 1)
      expect(after.responsesCard).toBe(count(before.total - 1))
      expect(after.scored).toBe(before.scored - 1)
      expect(after.impactLine).toBe(true)
      expect(await tableMatching(page)).toBe(matchingBefore - 1)
      const table = page.locator('table.response-table')
      expect(await table.getByRole('link', { name: receipt }).count()).toBe(0)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

      // The excluded view lists it, marked; from there it is restored.
      await page.locator('select[data-list="excluded"]').selectOption('1')
      await page.waitForURL(/excluded=1/)
      await table.getByRole('link', { name: receipt }).click()
      await page.getByRole('heading', { name: `Tanggapan ${receipt}`, level: 1 }).waitFor()
      await page.getByRole('button', { name: 'Pulihkan tanggapan' }).click()
      await page.locator('[data-status="counted"]').waitFor()
      const restored = await dashboardFigures(page)
      expect(restored).toEqual(before)
      expect(watch.problems()).toEqual([])
    }, 90_000)
  })

  it('excludes everything that came through the test link at once, naming the count, and restores it', async () => {
    const { page, watch } = await openPage(VIEWPORTS[1][1])
    const before = await apiFigures()
    await tableMatching(page)
    const filters = page.getByRole('search', { name: 'Saring dasbor' })
    await page.locator('.filter-details > summary').click()
    await filters.getByLabel('Saluran').selectOption({ label: 'Uji coba petugas' })
    await page.waitForURL(/link=/)
    await page.waitForFunction(
      () => document.querySelector('.list-summary')?.getAttribute('data-matching') === '3',
    )
    await page.getByRole('button', { name: 'Kecualikan semua yang cocok…' }).click()
    expect(await page.locator('#bulk-question').textContent()).toContain(
      'Kecualikan 3 tanggapan yang cocok dengan saringan ini',
    )
    await page.getByRole('radio', { name: 'Uji coba' }).check()
    await page.getByRole('button', { name: 'Ya, kecualikan 3 tanggapan' }).click()
    await page.getByText('3 tanggapan dikecualikan dari semua angka.').waitFor()
    await page.waitForFunction(
      () => document.querySelector('.list-summary')?.getAttribute('data-matching') === '0',
    )
    expect((await apiFigures()).total).toBe(before.total - 3)

    await page.locator('select[data-list="excluded"]').selectOption('1')
    await page.waitForURL(/excluded=1/)
    await page.getByRole('button', { name: 'Pulihkan semua yang cocok…' }).click()
    await page.getByRole('button', { name: 'Ya, pulihkan' }).click()
    await page.getByText('3 tanggapan dihitung kembali.').waitFor()
    expect(await apiFigures()).toEqual(before)
    expect(watch.problems()).toEqual([])
  }, 60_000)

  it('downloads the XLSX and the CSV with its codebook, and the files read with the labels', async () => {
    const { page, watch } = await openPage(VIEWPORTS[0][1])
    await tableMatching(page)
    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`a[data-download="${name}"]`).click(),
      ])
      const path = join(SHOTS, `download-${file.suggestedFilename()}`)
      await file.saveAs(path)
      return { name: file.suggestedFilename(), path }
    }
    const receipt = receipts[4]!

    const xlsx = await download('xlsx')
    expect(xlsx.name).toBe(`respons-kuesioner-${form.questionnaireId}-label.xlsx`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(xlsx.path)
    const sheet = book.worksheets[0]!
    const header = (sheet.getRow(1).values as unknown[]).map(String)
    const rowOf = (value: string) => {
      for (let r = 2; r <= sheet.rowCount; r++) {
        const values = (sheet.getRow(r).values as unknown[]).map(String)
        if (values.includes(value)) return values
      }
      throw new Error(`no row with ${value}`)
    }
    const row = rowOf(receipt)
    expect(row[header.indexOf('kanal')]).toBe('Loket kantor')
    expect(row[header.indexOf('kecamatan')]).toBe(KECAMATAN[4 % 3]!.label.id)
    expect(book.getWorksheet('Kodebook')).toBeDefined()

    const csv = await download('csv')
    expect(csv.name).toBe(`respons-kuesioner-${form.questionnaireId}-label.csv`)
    const records = parse(readFileSync(csv.path), { columns: true, bom: true }) as Record<
      string,
      string
    >[]
    expect(records).toHaveLength(RESPONSES + 3)
    const record = records.find((r) => Object.values(r).includes(receipt))!
    expect(record.kanal).toBe('Loket kantor')
    expect(record.tepat).toBe(workspaceAnswers(4).tepat === 'yes' ? 'Ya' : 'Tidak')

    const codebook = await download('codebook')
    expect(codebook.name).toBe(`kodebook-kuesioner-${form.questionnaireId}.csv`)
    const entries = parse(readFileSync(codebook.path), { bom: true }) as string[][]
    const kanal = entries.filter((e) => e.includes('kanal'))
    expect(kanal.some((e) => e.includes('loket') && e.includes('Loket kantor'))).toBe(true)

    const sps = await download('sps')
    expect(readFileSync(sps.path, 'utf8')).toContain(
      `respons-kuesioner-${form.questionnaireId}.csv`,
    )
    expect(watch.problems()).toEqual([])
  }, 60_000)

  it("says clearly when a receipt is unknown, or another agency's", async () => {
    const { page, watch } = await openPage(VIEWPORTS[1][1], NOT_FOUND)
    const find = async (receipt: string) => {
      const lookup = page.getByRole('search', { name: 'Cari tanda terima warga' })
      await lookup.getByRole('searchbox').fill(receipt)
      await lookup.getByRole('button', { name: 'Cari' }).click()
    }
    await find('ZZZZ2222')
    await page.locator('[data-receipt-problem="404"]').waitFor()
    expect(await page.getByRole('alert').textContent()).toContain(
      'Tanda terima ZZZZ2222 tidak ditemukan',
    )
    expect(watch.problems()).toEqual([])

    // An owner of Dinas PUPR cannot open a Si Mantab (DPMPTSP) response, and is told why.
    const programs = await admin.call<{ items: { name: string; agencyId: number }[] }>(
      'GET',
      '/api/programs?q=Sungaiku',
    )
    const pupr = { email: 'owner.pupr@e2e.test', password: 'owner-password-456' }
    await admin.call('POST', '/api/users', {
      ...pupr,
      name: 'Pemilik PUPR',
      role: 'owner',
      agencyId: programs.items[0]!.agencyId,
    })
    const context = await browser.newContext({ viewport: VIEWPORTS[1][1] })
    contexts.push(context)
    const other = await context.newPage()
    const otherWatch = await watchPage(other, [/status of 403/])
    await logInAs(other, server.url, pupr)
    const lookup = other.getByRole('search', { name: 'Cari tanda terima warga' })
    await lookup.getByRole('searchbox').fill(receipts[0]!)
    await lookup.getByRole('button', { name: 'Cari' }).click()
    await other.locator('[data-receipt-problem="403"]').waitFor()
    expect(await other.getByRole('alert').textContent()).toContain('di luar wewenang Anda')
    expect(otherWatch.problems()).toEqual([])
  }, 30_000)
})
