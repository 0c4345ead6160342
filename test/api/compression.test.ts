// Pages travel gzipped (citizens are on weak mobile data); API answers do not.
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedForm, type SeededForm } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
beforeAll(async () => {
  t = await createTestApp()
  form = await seedForm(t, { template: 'skm' })
})
afterAll(() => t.close())

describe('response compression', () => {
  it('gzips the citizen form page when the browser accepts gzip', async () => {
    const res = await t.request('GET', `/s/${form.slug}`, {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    const html = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')
    expect(html).toContain('qw-form')
  })

  it('leaves API answers uncompressed', async () => {
    const res = await t.request('GET', `/api/public/forms/${form.slug}`, {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBeNull()
  })
})
