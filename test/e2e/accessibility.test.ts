// Accessibility in Chromium against the real server (demo data): axe-core finds no WCAG 2.1 A/AA
// violation on any console page (the response workspace among them) or citizen-form state, at 1280 px and on a 360 px phone, in
// Indonesian and in English; and a citizen can fill and send a questionnaire with the keyboard
// alone, always seeing where the focus is.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeViolations, wcagViolations } from './support/axe'
import { launchChromium, logInAs } from './support/browser'
import { connectFormApi, type FormApi, type SharedForm } from './support/form-api'
import { buildClientPrivately, type PrivateBuild } from './support/form-build'
import { mixedDefinition } from './support/form-definitions'
import { E2E_ADMIN, startServer, type RunningServer } from './support/server'

const VIEWPORTS = [
  ['1280', { width: 1280, height: 900 }],
  ['360', { width: 360, height: 740 }],
] as const

let build: PrivateBuild
let server: RunningServer
let browser: Browser
let api: FormApi
let programId: number
let banjarmasinId: number
let skm: SharedForm
let mixed: SharedForm
let closedSlug: string
const contexts: BrowserContext[] = []

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'id-ID' })
  contexts.push(context)
  return context.newPage()
}

const logIn = (page: Page) => logInAs(page, server.url, E2E_ADMIN)

/** Fails with one line per violation (rule, impact, elements, what to fix). */
async function expectNoViolations(page: Page) {
  const violations = await wcagViolations(page)
  expect(describeViolations(violations)).toBe('')
}

/** Where the focus is and whether it is drawn: a ring on the element or, for a hidden input, on
 * the face beside it. */
function focusedElement(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { name: 'body', visible: false }
    const ring = (e: Element | null) => {
      if (!e) return false
      const style = getComputedStyle(e)
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
      return outline || style.boxShadow !== 'none'
    }
    const hidden = getComputedStyle(el).opacity === '0'
    const visible =
      el.matches(':focus-visible') && (hidden ? ring(el.nextElementSibling) : ring(el))
    const input = el as HTMLInputElement
    const tag = el.tagName.toLowerCase()
    const id = el.id ? `#${el.id}` : ''
    const what =
      tag === 'button' ? ` "${el.textContent?.trim()}"` : `[${input.type}]=${input.value}`
    return { name: `${tag}${id}${what}`, visible }
  })
}

/** Presses Tab until `matches(name)` holds, checking the focus is visible at every stop. */
async function tabTo(page: Page, matches: (name: string) => boolean, most = 20) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab')
    const focus = await focusedElement(page)
    expect(focus.visible, `focus ring on ${focus.name}`).toBe(true)
    if (matches(focus.name)) return focus.name
  }
  throw new Error(`Tab never reached the element (${(await focusedElement(page)).name})`)
}

describe('accessibility (WCAG 2.1 A and AA)', () => {
  beforeAll(async () => {
    build = buildClientPrivately()
    server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', CLIENT_DIST: build.dir })
    browser = await launchChromium()
    api = await connectFormApi(server.url)
    const programs = await api.call<{ items: { id: number; name: string }[] }>(
      'GET',
      '/api/programs?q=Si%20Mantab',
    )
    programId = programs.items.find((p) => p.name === 'Si Mantab')!.id
    const regions = await api.call<{ items: { id: number; name: string }[] }>('GET', '/api/regions')
    banjarmasinId = regions.items.find((r) => r.name === 'Kota Banjarmasin')!.id
    skm = await api.shareForm({ template: 'skm', link: { allowMultiple: true } })
    mixed = await api.shareForm({
      template: 'blank',
      definition: mixedDefinition(),
      link: { allowMultiple: true },
    })
    const day = 24 * 60 * 60 * 1000
    const at = (offset: number) => new Date(Date.now() + offset).toISOString()
    closedSlug = (
      await api.openLink(skm.questionnaireId, { opensAt: at(-2 * day), closesAt: at(-day) })
    ).slug
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {})
    await browser?.close()
    await server?.stop()
    build?.remove()
  })

  describe.each(VIEWPORTS)('the staff console at %s px', (_width, viewport) => {
    let page: Page

    beforeAll(async () => {
      page = await newPage(viewport)
      await logIn(page)
    })

    const visit = async (path: string) => {
      await page.goto(`${server.url}${path}`)
    }

    it('the login page', async () => {
      const login = await newPage(viewport)
      await login.goto(`${server.url}/login`)
      await login.getByRole('heading', { name: 'Masuk ke konsol' }).waitFor()
      await expectNoViolations(login)
    })

    it('the programs list', async () => {
      await visit('/')
      await page.locator('[data-dimension] .card').first().waitFor()
      await expectNoViolations(page)
    })

    it("a program's information tab", async () => {
      await visit(`/programs/${programId}`)
      await page.locator('dl.details').waitFor()
      await expectNoViolations(page)
    })

    it("a program's questionnaires tab", async () => {
      await visit(`/programs/${programId}/questionnaires`)
      await page.locator('.questionnaire-card').first().waitFor()
      await expectNoViolations(page)
    })

    it('the questionnaire builder with its live preview', async () => {
      await visit(`/questionnaires/${skm.questionnaireId}`)
      await page.locator('.question-card').first().waitFor()
      const previewButton = page.getByRole('button', { name: 'Pratinjau', exact: true })
      if (await previewButton.isVisible()) await previewButton.click()
      await page.frameLocator('iframe.preview-frame').getByRole('heading').first().waitFor()
      await expectNoViolations(page)
    })

    it("a program's dashboard", async () => {
      await visit(`/programs/${programId}/dashboard`)
      await page.getByRole('heading', { name: 'Dasbor dampak', level: 2 }).waitFor()
      await page.waitForFunction(
        () => !document.querySelector('.dashboard-report[aria-busy="true"]'),
      )
      await expectNoViolations(page)
    })

    it("the dashboard's print view", async () => {
      await visit(`/programs/${programId}/print?questionnaire=all&breakdown=U1&by=kecamatan`)
      await page.locator('.print-page').waitFor()
      await page.locator('.crosstab-view').waitFor()
      await expectNoViolations(page)
    })

    it("a program's responses tab, with its columns and the exclusion of every match open", async () => {
      await visit(`/programs/${programId}/responses?questionnaire=all`)
      await page.locator('table.response-table').waitFor()
      await page.locator('.column-picker > summary').click()
      await expectNoViolations(page)
      await visit(`/programs/${programId}/responses`)
      await page.locator('.list-summary').waitFor()
      await expectNoViolations(page)
    })

    it('a response in full, with its exclusion form', async () => {
      const list = await api.call<{ items: { id: number }[] }>(
        'GET',
        `/api/programs/${programId}/responses?limit=1`,
      )
      await visit(`/responses/${list.items[0]!.id}`)
      await page.locator('.answer-list').waitFor()
      await page.getByRole('radio', { name: 'Lainnya' }).check()
      await expectNoViolations(page)
    })

    it('a receipt that is not found', async () => {
      await visit('/receipts/ZZZZ2222')
      await page.locator('[data-receipt-problem]').waitFor()
      await expectNoViolations(page)
    })

    it('the users page', async () => {
      await visit('/users')
      await page.locator('.card').first().waitFor()
      await expectNoViolations(page)
    })

    it('the regions page', async () => {
      await visit('/regions')
      await page.getByRole('heading', { name: 'Kota Banjarmasin' }).waitFor()
      await page.getByRole('button', { name: 'Ubah zona waktu' }).first().click()
      await page.locator('.time-zone-form').waitFor()
      await expectNoViolations(page)
    })

    it("Kota Banjarmasin's 2024 evaluation", async () => {
      await visit(`/evaluations/${banjarmasinId}/2024`)
      await page.locator('#ev-dimensions-title').waitFor({ state: 'attached' })
      await expectNoViolations(page)
    })

    it('the programs list and the evaluation in English', async () => {
      const english = await newPage(viewport)
      await logIn(english)
      await english.getByRole('button', { name: 'English' }).click()
      await english.getByRole('heading', { name: 'Quick-win programs', level: 1 }).waitFor()
      await english.locator('[data-dimension] .card').first().waitFor()
      await expectNoViolations(english)
      // English words are longer: the score table no longer fits a phone and has to scroll.
      await english.goto(`${server.url}/evaluations/${banjarmasinId}/2024`)
      await english.locator('#ev-dimensions-title').waitFor({ state: 'attached' })
      await expectNoViolations(english)
    })
  })

  describe.each(VIEWPORTS)('the citizen form at %s px', (_width, viewport) => {
    it('the first page, in Indonesian and in English', async () => {
      const page = await newPage(viewport)
      await page.goto(`${server.url}/s/${skm.slug}`)
      await page.getByText('Bagian 1 dari 2').waitFor()
      await expectNoViolations(page)
      await page.getByRole('button', { name: 'English' }).click()
      await page.getByText('Part 1 of 2').waitFor()
      await expectNoViolations(page)
    })

    it('a page showing the questions left unanswered', async () => {
      const page = await newPage(viewport)
      await page.goto(`${server.url}/s/${mixed.slug}`)
      await page.getByRole('button', { name: 'Lanjut' }).click()
      await page.getByRole('alert').filter({ hasText: 'Periksa' }).waitFor()
      await expectNoViolations(page)
    })

    it('the receipt', async () => {
      const page = await newPage(viewport)
      await page.goto(`${server.url}/s/${skm.slug}`)
      await page.getByRole('button', { name: 'Lanjut' }).click()
      for (let i = 1; i <= 9; i++) await page.locator(`#q-U${i} input[value="3"]`).check()
      await page.getByRole('button', { name: 'Kirim jawaban' }).click()
      await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor()
      await expectNoViolations(page)
    })

    it('a closed link', async () => {
      const page = await newPage(viewport)
      await page.goto(`${server.url}/s/${closedSlug}`)
      await page.getByRole('heading', { level: 1, name: 'Kuesioner sudah ditutup' }).waitFor()
      await expectNoViolations(page)
    })
  })

  it('lets a citizen fill and send a questionnaire with the keyboard alone, focus always shown', async () => {
    const page = await newPage(VIEWPORTS[1][1])
    await page.goto(`${server.url}/s/${mixed.slug}`)
    await page.getByText('Bagian 1 dari 2').waitFor()
    const keys = page.keyboard

    await tabTo(page, (name) => name.startsWith('input#f-visits'))
    await keys.type('3')
    await tabTo(page, (name) => name.endsWith('[radio]=yes'))
    await keys.press('Space')
    expect(await page.getByRole('radio', { name: 'Ya', exact: true }).isChecked()).toBe(true)
    await tabTo(page, (name) => name.endsWith('[radio]=1'))
    for (let i = 0; i < 3; i++) await keys.press('ArrowRight')
    expect(await page.getByRole('radio', { name: '4 dari 5 bintang' }).isChecked()).toBe(true)
    await tabTo(page, (name) => name.endsWith('[checkbox]=wa'))
    await keys.press('Space')
    expect(await page.getByRole('checkbox', { name: 'WhatsApp' }).isChecked()).toBe(true)
    await tabTo(page, (name) => name === 'button "Lanjut"')
    await keys.press('Enter')

    await page.getByText('Bagian 2 dari 2').waitFor()
    await tabTo(page, (name) => name.endsWith('[radio]=0'))
    for (let i = 0; i < 9; i++) await keys.press('ArrowRight')
    expect(await page.getByRole('radio', { name: '9', exact: true }).isChecked()).toBe(true)
    await tabTo(page, (name) => name.startsWith('select'))
    await keys.press('ArrowDown')
    await keys.press('ArrowDown')
    expect(await page.getByLabel('Kecamatan tempat tinggal').inputValue()).toBe('d2')
    await tabTo(page, (name) => name.startsWith('textarea'))
    await keys.type('Kurirnya ramah.')
    await tabTo(page, (name) => name === 'button "Kirim jawaban"')
    await keys.press('Enter')
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor()
    expect(await api.responseCount(mixed)).toBe(1)
  })
})
