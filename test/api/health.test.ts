// GET /healthz for load balancers: 200 with the database in use while it answers, 503 as a
// problem when it does not; anonymous, and every answer carries a request id.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { onPostgres } from '../support/dialect'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

it('answers 200 with the database while it answers', async () => {
  const res = await t.request('GET', '/healthz')
  expect(res.status).toBe(200)
  expect(await res.json()).toEqual({ status: 'ok', database: onPostgres ? 'postgres' : 'sqlite' })
  expect(res.headers.get('cache-control')).toBe('no-store')
})

it('gives every request an id, or keeps the caller’s', async () => {
  const own = await t.request('GET', '/healthz', { headers: { 'x-request-id': 'lb-1234.abc' } })
  expect(own.headers.get('x-request-id')).toBe('lb-1234.abc')
  const fresh = await t.request('GET', '/api/me', { headers: { 'x-request-id': 'no spaces <>' } })
  expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
})

it('answers 503 as a problem when the database is gone', async () => {
  const other = await createTestApp({ demoData: false })
  await other.deps.db.destroy()
  const res = await other.request('GET', '/healthz')
  expect(res.status).toBe(503)
  expect(await readProblem(res)).toMatchObject({ status: 503, title: 'Service unavailable' })
  await other.close().catch(() => {})
})
