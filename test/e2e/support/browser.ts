// Chromium for the browser tests (Debian's build, headless), a watcher that records console
// errors, uncaught exceptions and Content-Security-Policy violations of a page, and page checks
// the tests share.
import { chromium, type Browser, type Page } from 'playwright-core'
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
