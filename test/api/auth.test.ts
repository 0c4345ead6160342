import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('the first admin without ADMIN_EMAIL', () => {
  it('logs in as admin@localhost, the address npm start prints', async () => {
    const fresh = await createTestApp({ adminEmail: undefined, adminPassword: 'first-admin-pw-1' })
    try {
      const res = await fresh.request('POST', '/api/auth/login', {
        json: { email: 'admin@localhost', password: 'first-admin-pw-1' },
      })
      expect(res.status).toBe(200)
    } finally {
      await fresh.close()
    }
  })
})

describe('login, logout and /api/me', () => {
  it('logs in with the right password and answers the user on /api/me', async () => {
    const res = await t.request('POST', '/api/auth/login', { json: ADMIN })
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const me = await t.request('GET', '/api/me', { cookie: cookie.split(';')[0] })
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ email: ADMIN.email, role: 'admin', agencyId: null })
  })

  it('answers a generic 401 problem for a wrong password and for an unknown email alike', async () => {
    const wrong = await t.request('POST', '/api/auth/login', {
      json: { email: ADMIN.email, password: 'nope' },
    })
    const unknown = await t.request('POST', '/api/auth/login', {
      json: { email: 'nobody@test.local', password: 'nope' },
    })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect((await readProblem(wrong)).detail).toBe((await readProblem(unknown)).detail)
  })

  it('rate limits repeated failures on one account with 429 and Retry-After', async () => {
    const email = 'limited@test.local'
    for (let i = 0; i < 5; i++) {
      expect(
        (await t.request('POST', '/api/auth/login', { json: { email, password: 'x' } })).status,
      ).toBe(401)
    }
    const res = await t.request('POST', '/api/auth/login', { json: { email, password: 'x' } })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    await readProblem(res)
  })

  it('logout ends the session: /api/me then answers 401', async () => {
    const cookie = await t.loginAdmin()
    expect((await t.request('POST', '/api/auth/logout', { cookie })).status).toBe(204)
    const me = await t.request('GET', '/api/me', { cookie })
    expect(me.status).toBe(401)
    await readProblem(me)
  })

  it('an expired session is refused', async () => {
    const cookie = await t.loginAdmin()
    const saved = t.clock.now
    t.clock.now = new Date(saved.getTime() + 13 * 3600_000)
    expect((await t.request('GET', '/api/me', { cookie })).status).toBe(401)
    t.clock.now = saved
  })

  it('refuses a login body with wrong types with field paths', async () => {
    const res = await t.request('POST', '/api/auth/login', { json: { email: 42 } })
    expect(res.status).toBe(422)
    const problem = await readProblem(res)
    expect(problem.errors!.map((e) => e.path).sort()).toEqual(['email', 'password'])
  })

  it('refuses malformed JSON with a 400 problem', async () => {
    const res = await t.request('POST', '/api/auth/login', {
      body: '{"email": ',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.status).toBe(400)
    await readProblem(res)
  })

  it('refuses a cross-site login with 403', async () => {
    const res = await t.request('POST', '/api/auth/login', {
      json: ADMIN,
      headers: { origin: 'https://evil.example' },
    })
    expect(res.status).toBe(403)
  })

  it('answers 401 to an anonymous call before looking at its body', async () => {
    const res = await t.request('POST', '/api/programs', { json: { name: 42 } })
    expect(res.status).toBe(401)
    await readProblem(res)
  })

  it('records the login as an audit event', async () => {
    const cookie = await t.loginAdmin()
    const res = await t.request('GET', '/api/audit?objectType=user', { cookie })
    const { items } = (await res.json()) as { items: { action: string }[] }
    expect(items.some((e) => e.action === 'auth.login')).toBe(true)
  })
})
