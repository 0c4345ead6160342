// What the citizen-form browser tests share: the phone they use, the receipt's shape, the
// console messages Chromium logs for requests the tests fail on purpose, and the SKM answers.
import type { Page } from 'playwright-core'

export const PHONE = { width: 360, height: 740 }
export const RECEIPT = /^[2-9A-HJ-NP-Z]{8}$/

/** Chromium logs every failed or refused request; these tests cause some on purpose. */
export const failedLoad = (what: string) => new RegExp(`Failed to load resource: .*${what}`)

/** Answers the nine SKM elements (U1..U9) on the second page with `value` (1..4). */
export async function answerSkmElements(page: Page, value = 3) {
  for (let i = 1; i <= 9; i++) await page.locator(`#q-U${i} input[value="${value}"]`).check()
}
