// Changing one's own password ends one's other sessions (whoever knew the old password is out)
// and keeps the one that made the change: through PUT /api/me/password for everyone, and through
// PATCH /api/users/:id for an admin changing their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const me = (cookie: string) => t.request('GET', '/api/me', { cookie }).then((r) => r.status)

describe('one’s own password', () => {
  it('an admin changing their own password through PATCH /api/users/:id ends their other sessions', async () => {
    const here = await t.loginAdmin()
    const elsewhere = await t.loginAdmin()
    const { id } = (await (await t.request('GET', '/api/me', { cookie: here })).json()) as {
      id: number
    }
    const res = await t.request('PATCH', `/api/users/${id}`, {
      cookie: here,
      json: { password: 'a-new-admin-password' },
    })
    expect(res.status).toBe(200)
    expect(await me(elsewhere)).toBe(401)
    expect(await me(here)).toBe(200)
    await t.login(ADMIN.email, 'a-new-admin-password')
    // Back to the password the other tests use.
    await t.request('PATCH', `/api/users/${id}`, {
      cookie: here,
      json: { password: ADMIN.password },
    })
  })

  it('PUT /api/me/password checks the current password, ends the other sessions, keeps this one', async () => {
    const admin = await t.loginAdmin()
    const agency = await t.deps.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'DPMPTSP')
      .executeTakeFirstOrThrow()
    const owner = { email: 'owner-pw@test.local', password: 'owner-old-password' }
    const created = await t.request('POST', '/api/users', {
      cookie: admin,
      json: { ...owner, name: 'Owner', role: 'owner', agencyId: agency.id },
    })
    expect(created.status).toBe(201)
    const here = await t.login(owner.email, owner.password)
    const elsewhere = await t.login(owner.email, owner.password)

    const wrong = await t.request('PUT', '/api/me/password', {
      cookie: here,
      json: { currentPassword: 'not-it', newPassword: 'owner-new-password' },
    })
    expect(wrong.status).toBe(422)
    expect((await readProblem(wrong)).errors!.map((e) => e.path)).toEqual(['currentPassword'])
    expect(await me(elsewhere)).toBe(200)

    const changed = await t.request('PUT', '/api/me/password', {
      cookie: here,
      json: { currentPassword: owner.password, newPassword: 'owner-new-password' },
    })
    expect(changed.status).toBe(204)
    expect(await me(elsewhere)).toBe(401)
    expect(await me(here)).toBe(200)
    await t.login(owner.email, 'owner-new-password')
    const old = await t.request('POST', '/api/auth/login', { json: owner })
    expect(old.status).toBe(401)
  })

  it('refuses a new password shorter than ten characters', async () => {
    const here = await t.loginAdmin()
    const res = await t.request('PUT', '/api/me/password', {
      cookie: here,
      json: { currentPassword: ADMIN.password, newPassword: 'short' },
    })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['newPassword'])
  })
})
