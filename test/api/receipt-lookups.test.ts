// Receipt look-ups are limited per client address (RECEIPT_LOOKUPS_PER_MINUTE): receipts are 8
// random characters, and nobody may try them by the thousand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedForm, skmAnswers, submit } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ trustProxyHops: 1, receiptLookupsPerMinute: 10 })
})
afterAll(() => t.close())

const lookUp = (receipt: string, address: string) =>
  t.request('GET', `/api/public/receipts/${receipt}`, { headers: { 'x-forwarded-for': address } })

describe('receipt look-ups', () => {
  it('answers 429 with Retry-After past the limit of an address, and a minute later again', async () => {
    const form = await seedForm(t, { template: 'skm' })
    const { receipt } = (await (await submit(t, form.slug, skmAnswers())).json()) as {
      receipt: string
    }
    const guesses = []
    for (let i = 0; i < 12; i++) guesses.push((await lookUp('ZZZZZZZZ', '203.0.113.5')).status)
    expect(guesses).toEqual([...Array(10).fill(404), 429, 429])
    const refused = await lookUp(receipt, '203.0.113.5')
    expect(refused.status).toBe(429)
    expect((await readProblem(refused)).type).toBe('/problems/rate-limited')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await lookUp(receipt, '198.51.100.5')).status).toBe(200) // another address
    t.clock.now = new Date(t.clock.now.getTime() + 61_000)
    expect((await lookUp(receipt, '203.0.113.5')).status).toBe(200)
  })
})
