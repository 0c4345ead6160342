// Chromium for the browser tests (Debian's build, headless), a watcher that records console
// errors, uncaught exceptions and Content-Security-Policy violations of a page, and page checks
// the tests share.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { expect } from 'vitest'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Reports each CSP violation to the console, where the watcher below sees it. */
const REPORT_CSP = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline'))
})`

export interface PageWatch {
  /** Console errors, page errors and CSP violations seen so far, minus the allowed ones. */
  problems(): string[]
}

/** Starts recording; `allowed` lists messages a test expects (such as a 401 before login). */
export async function watchPage(page: Page, allowed: RegExp[] = []): Promise<PageWatch> {
  const seen: string[] = []
  await page.addInitScript(REPORT_CSP)
  page.on('console', (message) => {
    const text = message.text()
    if (message.type() === 'error' || /Content Security Policy/i.test(text)) {
      seen.push(`console.${message.type()}: ${text} (${message.location().url})`)
    }
  })
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.message}`))
  return { problems: () => seen.filter((p) => !allowed.some((a) => a.test(p))) }
}

/** Fails with every problem the watcher has seen (none expected). */
export function expectClean(watch: PageWatch): void {
  expect(watch.problems()).toEqual([])
}

/** How far the page is wider than its viewport, in CSS px (0 or less: no sideways scrolling). */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/**
 * The contrast ratio (WCAG) against white of an element's rendered colour: its `stroke` or
 * `background-color` with its opacity, composed over white. For graphics, 3:1 is the minimum.
 */
export const contrastOnWhite = (
  locator: Locator,
  property: 'stroke' | 'background-color',
): Promise<number> =>
  locator.evaluate((el, prop) => {
    const style = getComputedStyle(el)
    const parts = style
      .getPropertyValue(prop)
      .match(/[\d.]+/g)!
      .map(Number)
    const alpha = (parts[3] ?? 1) * Number(style.opacity)
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const c = v / 255
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    const over = parts.slice(0, 3).map((v) => v * alpha + 255 * (1 - alpha))
    return 1.05 / (luminance(over) + 0.05)
  }, property)

/** Logs in through the console's login page and waits for the programs page. */
export async function logInAs(
  page: Page,
  baseUrl: string,
  login: { email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/login`)
  await page.getByLabel('Email').fill(login.email)
  await page.getByLabel('Kata sandi').fill(login.password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await page.getByRole('heading', { name: 'Program quick win', level: 1 }).waitFor()
}
