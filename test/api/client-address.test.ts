// TRUST_PROXY=N: the client address is the N-th X-Forwarded-For entry from the right, the one the
// outermost trusted proxy wrote; whatever the client wrote left of it changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { forwardedAddress } from '../../server/http/client-address'
import { loadConfig } from '../../server/config'
import { seedForm, skmAnswers, submit } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

describe('the forwarded client address', () => {
  it('counts trusted hops from the right', () => {
    expect(forwardedAddress('203.0.113.9, 198.51.100.7', 1)).toBe('198.51.100.7')
    expect(forwardedAddress('203.0.113.9, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7')
    expect(forwardedAddress('198.51.100.7', 2)).toBe('198.51.100.7')
    expect(forwardedAddress('198.51.100.7', 0)).toBeUndefined()
    expect(forwardedAddress(undefined, 1)).toBeUndefined()
  })

  it('reads TRUST_PROXY as a number of hops and refuses anything else', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxyHops).toBe(2)
    expect(loadConfig({}).trustProxyHops).toBe(0)
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/)
  })
})

describe('behind one proxy that appends the address it saw', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ trustProxyHops: 1, rateLimitPerMinute: 5 })
  })
  afterAll(() => t.close())

  it('limits a client that writes a new X-Forwarded-For entry into every request', async () => {
    const form = await seedForm(t, { template: 'skm' })
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const res = await t.request('POST', `/api/public/forms/${form.slug}/responses`, {
        json: { answers: skmAnswers(), idempotencyKey: crypto.randomUUID() },
        headers: { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.7` },
      })
      statuses.push(res.status)
      if (res.status === 429) await readProblem(res)
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429])
    // Another real client behind the same proxy is not affected.
    const other = await t.request('POST', `/api/public/forms/${form.slug}/responses`, {
      json: { answers: skmAnswers(), idempotencyKey: crypto.randomUUID() },
      headers: { 'x-forwarded-for': '198.51.100.8' },
    })
    expect(other.status).toBe(201)
    expect((await submit(t, form.slug, skmAnswers())).status).toBe(201) // no header: the socket
  })
})
