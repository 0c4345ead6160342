import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

interface User {
  id: number
  email: string
  name: string
  role: string
  agencyId: number | null
  regionId: number | null
  active: boolean
}

let t: TestApp
let admin: string
let adminId: number
const region: Record<string, number> = {}
const agency: Record<string, { id: number; regionId: number }> = {}

beforeAll(async () => {
  t = await createTestApp()
  admin = await t.loginAdmin()
  adminId = ((await (await t.request('GET', '/api/me', { cookie: admin })).json()) as User).id
  for (const r of await t.deps.db.selectFrom('regions').select(['id', 'code']).execute()) {
    region[r.code] = r.id
  }
  for (const a of await t.deps.db
    .selectFrom('agencies')
    .select(['id', 'code', 'region_id'])
    .execute()) {
    agency[a.code] = { id: a.id, regionId: a.region_id }
  }
})
afterAll(() => t.close())

let counter = 0
async function createUser(body: Record<string, unknown>) {
  const res = await t.request('POST', '/api/users', {
    cookie: admin,
    json: {
      email: `user${++counter}@test.local`,
      name: 'Sari',
      password: 'long-enough-pw',
      ...body,
    },
  })
  return res
}

async function auditOf(id: number) {
  const res = await t.request('GET', `/api/audit?objectType=user&objectId=${id}`, { cookie: admin })
  return ((await res.json()) as { items: { action: string; before: unknown; after: unknown }[] })
    .items
}

describe('access to user management', () => {
  it('answers 401 to anonymous callers and 403 to owners and evaluators', async () => {
    const owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    for (const [method, path] of [
      ['GET', '/api/users'],
      ['POST', '/api/users'],
      ['PATCH', `/api/users/${adminId}`],
    ] as const) {
      const json =
        method === 'GET'
          ? undefined
          : { name: 'Mallory', email: 'm@test.local', role: 'admin', password: 'long-enough-pw' }
      expect((await t.request(method, path, { json })).status).toBe(401)
      expect((await t.request(method, path, { json, cookie: owner })).status).toBe(403)
      expect((await t.request(method, path, { json, cookie: evaluator })).status).toBe(403)
    }
  })
})

describe('creating users', () => {
  it("creates an owner with a lower-cased email and the agency's region, without a password hash", async () => {
    const res = await createUser({
      email: 'Budi.Santoso@Banjarmasinkota.go.id',
      role: 'owner',
      agencyId: agency.DLH!.id,
    })
    expect(res.status).toBe(201)
    const user = (await res.json()) as Record<string, unknown>
    expect(user).toMatchObject({
      email: 'budi.santoso@banjarmasinkota.go.id',
      role: 'owner',
      agencyId: agency.DLH!.id,
      regionId: region['63.71'],
      active: true,
    })
    expect(JSON.stringify(user)).not.toMatch(/password|scrypt/i)
    await t.login('budi.santoso@banjarmasinkota.go.id', 'long-enough-pw')
  })

  it('records the creation in the audit trail without the password hash', async () => {
    const user = (await (
      await createUser({ role: 'evaluator', regionId: region['15.71'] })
    ).json()) as User
    const [event] = await auditOf(user.id)
    expect(event).toMatchObject({ action: 'user.create', after: user })
    expect(JSON.stringify(event)).not.toMatch(/scrypt|password_hash|long-enough-pw/)
  })

  it('refuses a second user with the same email in any case with 409', async () => {
    expect((await createUser({ email: 'dupe@test.local', role: 'admin' })).status).toBe(201)
    const res = await createUser({ email: 'DUPE@test.local', role: 'admin' })
    expect(res.status).toBe(409)
    await readProblem(res)
  })

  it('requires an existing agency for owners and an existing region for evaluators', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ role: 'owner' }, 'agencyId'],
      [{ role: 'owner', agencyId: 9999 }, 'agencyId'],
      [{ role: 'owner', agencyId: agency.DLH!.id, regionId: region['15.71'] }, 'regionId'],
      [{ role: 'evaluator' }, 'regionId'],
      [{ role: 'evaluator', regionId: 9999 }, 'regionId'],
      [{ role: 'evaluator', regionId: region['63.71'], agencyId: agency.DLH!.id }, 'agencyId'],
      [{ role: 'admin', agencyId: agency.DLH!.id }, 'agencyId'],
    ]
    for (const [body, path] of cases) {
      const res = await createUser(body)
      expect(res.status, JSON.stringify(body)).toBe(422)
      expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual([path])
    }
  })

  it('refuses a short password, a bad email and an unknown role with their paths', async () => {
    const res = await t.request('POST', '/api/users', {
      cookie: admin,
      json: { email: 'not-an-email', name: 'X', role: 'superuser', password: 'short' },
    })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors!.map((e) => e.path).sort()).toEqual([
      'email',
      'password',
      'role',
    ])
  })
})

describe('listing users', () => {
  it('filters by role and agency and never shows password hashes', async () => {
    await createUser({ role: 'owner', agencyId: agency.PUPR!.id })
    const res = await t.request('GET', `/api/users?role=owner&agencyId=${agency.PUPR!.id}`, {
      cookie: admin,
    })
    expect(res.status).toBe(200)
    const page = (await res.json()) as {
      items: User[]
      total: number
      limit: number
      offset: number
    }
    expect(page.total).toBe(1)
    expect(page.items[0]).toMatchObject({ role: 'owner', agencyId: agency.PUPR!.id })
    const everyone = await (await t.request('GET', '/api/users', { cookie: admin })).text()
    expect(everyone).not.toMatch(/password|scrypt/i)
  })

  it('pages with limit and offset', async () => {
    const all = (await (await t.request('GET', '/api/users', { cookie: admin })).json()) as {
      items: User[]
      total: number
    }
    const page = (await (
      await t.request('GET', '/api/users?limit=2&offset=1', { cookie: admin })
    ).json()) as { items: User[]; total: number }
    expect(page.total).toBe(all.total)
    expect(page.items.map((u) => u.id)).toEqual(all.items.slice(1, 3).map((u) => u.id))
  })
})

describe('changing users', () => {
  it('deactivating a user ends their sessions and their logins', async () => {
    const email = 'leaving@test.local'
    const user = (await (
      await createUser({ email, role: 'evaluator', regionId: region['63.71'] })
    ).json()) as User
    const session = await t.login(email, 'long-enough-pw')
    expect((await t.request('GET', '/api/me', { cookie: session })).status).toBe(200)
    const res = await t.request('PATCH', `/api/users/${user.id}`, {
      cookie: admin,
      json: { active: false },
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as User).active).toBe(false)
    expect((await t.request('GET', '/api/me', { cookie: session })).status).toBe(401)
    const count = await t.deps.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute()
    expect(count).toEqual([])
    await expect(t.login(email, 'long-enough-pw')).rejects.toThrow(/401/)
  })

  it('an admin can neither deactivate nor demote themselves', async () => {
    const deactivate = await t.request('PATCH', `/api/users/${adminId}`, {
      cookie: admin,
      json: { active: false },
    })
    expect(deactivate.status).toBe(422)
    expect((await readProblem(deactivate)).errors!.map((e) => e.path)).toEqual(['active'])
    const demote = await t.request('PATCH', `/api/users/${adminId}`, {
      cookie: admin,
      json: { role: 'evaluator', regionId: region['63.71'] },
    })
    expect(demote.status).toBe(422)
    expect((await readProblem(demote)).errors!.map((e) => e.path)).toEqual(['role'])
    expect((await t.request('GET', '/api/me', { cookie: admin })).status).toBe(200)
  })

  it('a role change keeps the scope consistent: owner to evaluator keeps the region, drops the agency', async () => {
    const owner = (await (
      await createUser({ role: 'owner', agencyId: agency.DISKOP!.id })
    ).json()) as User
    const res = await t.request('PATCH', `/api/users/${owner.id}`, {
      cookie: admin,
      json: { role: 'evaluator' },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      role: 'evaluator',
      agencyId: null,
      regionId: region['63.71'],
    })
    const back = await t.request('PATCH', `/api/users/${owner.id}`, {
      cookie: admin,
      json: { role: 'owner' },
    })
    expect(back.status).toBe(422)
    expect((await readProblem(back)).errors!.map((e) => e.path)).toEqual(['agencyId'])
  })

  it('a new password works at once, is audited as changed and never stored in the audit trail', async () => {
    const email = 'renew@test.local'
    const user = (await (await createUser({ email, role: 'admin' })).json()) as User
    const res = await t.request('PATCH', `/api/users/${user.id}`, {
      cookie: admin,
      json: { password: 'a-brand-new-password', name: 'Renewed' },
    })
    expect(res.status).toBe(200)
    await t.login(email, 'a-brand-new-password')
    const event = (await auditOf(user.id)).find((e) => e.action === 'user.update')
    expect(event).toMatchObject({
      before: { name: 'Sari' },
      after: { name: 'Renewed', passwordChanged: true },
    })
    expect(JSON.stringify(event)).not.toMatch(/scrypt|a-brand-new-password/)
  })

  it('answers 404 for an unknown user and 422 for a non-numeric id', async () => {
    expect(
      (await t.request('PATCH', '/api/users/424242', { cookie: admin, json: { name: 'x' } }))
        .status,
    ).toBe(404)
    expect(
      (await t.request('PATCH', '/api/users/me', { cookie: admin, json: { name: 'x' } })).status,
    ).toBe(422)
  })

  it('an admin can deactivate another admin', async () => {
    const other = (await (await createUser({ role: 'admin' })).json()) as User
    const res = await t.request('PATCH', `/api/users/${other.id}`, {
      cookie: admin,
      json: { active: false },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ role: 'admin', active: false })
  })
})
