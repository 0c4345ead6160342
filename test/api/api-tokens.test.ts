// Personal API tokens: created in a console session with scopes and an expiry, shown once, stored
// hashed, sent as Authorization: Bearer, limited to their scopes and to their owner's role scope,
// revocable and audited.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let owner: string
let programId: number
let otherProgramId: number
beforeAll(async () => {
  t = await createTestApp()
  owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  const programs = await t.deps.db.selectFrom('programs').select(['id', 'name']).execute()
  programId = programs.find((p) => p.name === 'Si Mantab')!.id
  otherProgramId = programs.find((p) => p.name !== 'Si Mantab')!.id
})
afterAll(() => t.close())

interface Created {
  id: number
  token: string
  scopes: string[]
  expiresAt: string
}

async function create(body: unknown, cookie = owner): Promise<Created> {
  const res = await t.request('POST', '/api/tokens', { cookie, json: body })
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()) as Created
}

const bearer = (token: string, method: string, path: string, json?: unknown) =>
  t.request(method, path, { json, headers: { authorization: `Bearer ${token}` } })

describe('creating and listing tokens', () => {
  it('shows a new token once, stores only its hash and lists it without it', async () => {
    const created = await create({ name: 'Gudang data', scopes: ['read:analytics'] })
    expect(created.token).toMatch(/^qwt_[\w-]{43}$/)
    expect(created.scopes).toEqual(['read:analytics'])
    // Default expiry: 90 days.
    expect(Date.parse(created.expiresAt) - t.clock.now.getTime()).toBe(90 * 86_400_000)
    const row = await t.deps.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(row)).not.toContain(created.token)
    expect(row.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'))
    const list = await t.request('GET', '/api/tokens', { cookie: owner })
    const { items } = (await list.json()) as { items: Record<string, unknown>[] }
    expect(items[0]).toMatchObject({ id: created.id, name: 'Gudang data', revokedAt: null })
    expect(JSON.stringify(items)).not.toContain(created.token)
  })

  it('refuses unknown scopes, past or far expiries, and scopes the role cannot hold', async () => {
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    const cases: [unknown, string, string?][] = [
      [{ name: 'x', scopes: ['admin:all'] }, 'scopes.0'],
      [{ name: 'x', scopes: [] }, 'scopes'],
      [{ name: 'x', scopes: ['read:exports'], expiresAt: '2020-01-01T00:00:00Z' }, 'expiresAt'],
      [{ name: 'x', scopes: ['read:exports'], expiresAt: '2030-01-01T00:00:00Z' }, 'expiresAt'],
      [{ name: 'x', scopes: ['write:questionnaires'] }, 'scopes.0', evaluator],
    ]
    for (const [body, path, cookie] of cases) {
      const res = await t.request('POST', '/api/tokens', { cookie: cookie ?? owner, json: body })
      expect(res.status, JSON.stringify(body)).toBe(422)
      expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual([path])
    }
  })
})

describe('calling the API with a token', () => {
  it('reads scores and exports with read scopes and nothing else', async () => {
    const { token } = await create({ name: 'Portal', scopes: ['read:analytics', 'read:exports'] })
    const score = await bearer(token, 'GET', `/api/programs/${programId}/score`)
    expect(score.status).toBe(200)
    expect(await score.json()).toHaveProperty('impact')
    const q = await t.deps.db
      .selectFrom('questionnaires')
      .select('id')
      .where('program_id', '=', programId)
      .executeTakeFirstOrThrow()
    const csv = await bearer(token, 'GET', `/api/questionnaires/${q.id}/responses.csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    await csv.text()
    for (const [method, path, body] of [
      ['POST', '/api/programs', { name: 'x' }],
      ['GET', '/api/users'],
      ['GET', '/api/audit'],
      ['GET', '/api/tokens'],
      ['POST', '/api/tokens', { name: 'escalate', scopes: ['write:questionnaires'] }],
      ['POST', `/api/programs/${programId}/questionnaires`, { template: 'nps' }],
      ['PATCH', `/api/programs/${programId}`, { name: 'x' }],
    ] as const) {
      const res = await bearer(token, method, path, body)
      expect(res.status, `${method} ${path}`).toBe(403)
      await readProblem(res)
    }
    // Its owner's role scope still holds: another agency's program stays out of reach.
    expect((await bearer(token, 'GET', `/api/programs/${otherProgramId}/score`)).status).toBe(403)
  })

  it('manages questionnaires with write:questionnaires', async () => {
    const { token } = await create({ name: 'Builder', scopes: ['write:questionnaires'] })
    const res = await bearer(token, 'POST', `/api/programs/${programId}/questionnaires`, {
      template: 'nps',
    })
    expect(res.status).toBe(201)
    expect((await bearer(token, 'GET', `/api/programs/${programId}/score`)).status).toBe(403)
  })

  it('answers 401 for a malformed header, an unknown, a revoked or an expired token', async () => {
    const malformed = await t.request('GET', '/api/me', { headers: { authorization: 'Basic x' } })
    expect(malformed.status).toBe(401)
    expect(malformed.headers.get('www-authenticate')).toContain('Bearer')
    expect((await bearer('qwt_unknown', 'GET', '/api/me')).status).toBe(401)

    const revoked = await create({ name: 'Short-lived', scopes: ['read:analytics'] })
    expect((await bearer(revoked.token, 'GET', '/api/me')).status).toBe(200)
    const del = await t.request('DELETE', `/api/tokens/${revoked.id}`, { cookie: owner })
    expect(del.status).toBe(204)
    expect((await bearer(revoked.token, 'GET', '/api/me')).status).toBe(401)

    const expiring = await create({
      name: 'One day',
      scopes: ['read:analytics'],
      expiresAt: new Date(t.clock.now.getTime() + 86_400_000).toISOString(),
    })
    expect((await bearer(expiring.token, 'GET', '/api/me')).status).toBe(200)
    const saved = t.clock.now
    t.clock.now = new Date(saved.getTime() + 86_400_001)
    expect((await bearer(expiring.token, 'GET', '/api/me')).status).toBe(401)
    t.clock.now = saved
  })

  it('stops working when its owner is deactivated', async () => {
    const cookie = await t.userCookie('owner', {
      agencyCode: 'DPMPTSP',
      email: 'leaver@test.local',
    })
    const { token } = await create({ name: 'Leaver', scopes: ['read:analytics'] }, cookie)
    expect((await bearer(token, 'GET', '/api/me')).status).toBe(200)
    const { id } = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'leaver@test.local')
      .executeTakeFirstOrThrow()
    const admin = await t.loginAdmin()
    await t.request('PATCH', `/api/users/${id}`, { cookie: admin, json: { active: false } })
    expect((await bearer(token, 'GET', '/api/me')).status).toBe(401)
  })
})

describe('revoking', () => {
  it('lets only the owner (or an admin) revoke, and audits creation and revocation', async () => {
    const created = await create({ name: 'Audited', scopes: ['read:exports'] })
    const stranger = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
    const refused = await t.request('DELETE', `/api/tokens/${created.id}`, { cookie: stranger })
    expect(refused.status).toBe(403)
    expect((await t.request('DELETE', '/api/tokens/999999', { cookie: owner })).status).toBe(404)
    const admin = await t.loginAdmin()
    expect((await t.request('DELETE', `/api/tokens/${created.id}`, { cookie: admin })).status).toBe(
      204,
    )
    const audit = await t.request('GET', `/api/audit?objectType=api_token&objectId=${created.id}`, {
      cookie: admin,
    })
    const { items } = (await audit.json()) as { items: { action: string; after: unknown }[] }
    expect(items.map((e) => e.action).sort()).toEqual(['token.create', 'token.revoke'])
    expect(JSON.stringify(items)).not.toContain(created.token)
  })
})
