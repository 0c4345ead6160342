// Security headers: the same set Hono's secureHeaders middleware sends with our options, on every
// response, both through app.request() and over a real socket (where they go onto Node's
// ServerResponse), each exactly once.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../server/app'
import { securityHeaderList } from '../../server/http/security-headers'
import { seedForm, skmAnswers, type SeededForm } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  form = await seedForm(t, { template: 'skm', link: { allowMultiple: true } })
}, 60_000)
afterAll(() => t.close())

const expected = securityHeaderList(CONTENT_SECURITY_POLICY)

function expectEachOnce(headers: Headers) {
  for (const [name, value] of expected) expect(headers.get(name), name).toBe(value)
}

describe('security headers', () => {
  it("are exactly the ones Hono's secureHeaders sends with the same options", async () => {
    const hono = new Hono()
      .use(
        secureHeaders({
          contentSecurityPolicy: CONTENT_SECURITY_POLICY,
          crossOriginEmbedderPolicy: false,
        }),
      )
      .get('/', (c) => c.text('ok'))
    const res = await hono.request('/')
    const theirs = [...res.headers].filter(([name]) => name !== 'content-type')
    const ours = expected.map(([name, value]) => [name.toLowerCase(), value])
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(theirs))
  })

  it('are on API answers, problems and pages through app.request()', async () => {
    const submitted = await t.request('POST', `/api/public/forms/${form.slug}/responses`, {
      json: { answers: skmAnswers(), idempotencyKey: crypto.randomUUID() },
    })
    expect(submitted.status).toBe(201)
    expectEachOnce(submitted.headers)
    const missing = await t.request('GET', '/api/programs/999999')
    expect(missing.status).toBe(401)
    expectEachOnce(missing.headers)
    expectEachOnce((await t.request('GET', `/s/${form.slug}`)).headers)
  })

  it('are on every answer over a real socket, once each', async () => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' })
    await once(server, 'listening')
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const submitted = await fetch(`${base}/api/public/forms/${form.slug}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: skmAnswers(), idempotencyKey: crypto.randomUUID() }),
      })
      expect(submitted.status).toBe(201)
      expect(submitted.headers.get('set-cookie')).toMatch(/^qw_device=/)
      expectEachOnce(submitted.headers)
      const refused = await fetch(`${base}/api/public/forms/${form.slug}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"answers":',
      })
      expect(refused.status).toBe(400)
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      expectEachOnce(refused.headers)
      const page = await fetch(`${base}/s/${form.slug}`)
      expectEachOnce(page.headers)
    } finally {
      server.close()
    }
  })
})
