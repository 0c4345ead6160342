import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

interface Agency {
  id: number
  regionId: number
  code: string
  name: string
}

let t: TestApp
let admin: string
const region: Record<string, number> = {}

beforeAll(async () => {
  t = await createTestApp()
  admin = await t.loginAdmin()
  for (const r of await t.deps.db.selectFrom('regions').select(['id', 'code']).execute()) {
    region[r.code] = r.id
  }
})
afterAll(() => t.close())

async function agencies(cookie: string, query = ''): Promise<Agency[]> {
  const res = await t.request('GET', `/api/agencies${query}`, { cookie })
  expect(res.status).toBe(200)
  return ((await res.json()) as { items: Agency[] }).items
}

describe('listing agencies', () => {
  it('shows an admin every agency, or one region with regionId', async () => {
    expect(await agencies(admin)).toHaveLength(11)
    const banjar = await agencies(admin, `?regionId=${region['63.03']}`)
    expect(banjar.map((a) => a.code)).toEqual(['DINKES', 'DISPERSIP', 'DKISP'])
  })

  it('shows an owner their own agency and an evaluator their region', async () => {
    const owner = await t.userCookie('owner', { agencyCode: 'DLH' })
    expect((await agencies(owner)).map((a) => a.code)).toEqual(['DLH'])
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    const seen = await agencies(evaluator)
    expect(seen).toHaveLength(7)
    expect(seen.every((a) => a.regionId === region['63.71'])).toBe(true)
    expect(await agencies(evaluator, `?regionId=${region['15.71']}`)).toEqual([])
  })

  it('answers 401 without a session and 422 for a malformed regionId', async () => {
    expect((await t.request('GET', '/api/agencies')).status).toBe(401)
    const res = await t.request('GET', '/api/agencies?regionId=x', { cookie: admin })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['query.regionId'])
  })
})

describe('adding agencies', () => {
  it('adds an agency to a region, audited', async () => {
    const res = await t.request('POST', '/api/agencies', {
      cookie: admin,
      json: { regionId: region['63.71'], code: 'DINKES', name: 'Dinas Kesehatan' },
    })
    expect(res.status).toBe(201)
    const agency = (await res.json()) as Agency
    expect(agency).toMatchObject({
      regionId: region['63.71'],
      code: 'DINKES',
      name: 'Dinas Kesehatan',
    })
    const audit = await t.request('GET', `/api/audit?objectType=agency&objectId=${agency.id}`, {
      cookie: admin,
    })
    const { items } = (await audit.json()) as { items: { action: string; after: unknown }[] }
    expect(items).toMatchObject([{ action: 'agency.create', after: agency }])
  })

  it('refuses a code already used in the region with 409, but allows it in another region', async () => {
    const dupe = await t.request('POST', '/api/agencies', {
      cookie: admin,
      json: { regionId: region['63.71'], code: 'DLH', name: 'Lingkungan Hidup' },
    })
    expect(dupe.status).toBe(409)
    await readProblem(dupe)
    const elsewhere = await t.request('POST', '/api/agencies', {
      cookie: admin,
      json: { regionId: region['15.71'], code: 'DLH', name: 'Dinas Lingkungan Hidup' },
    })
    expect(elsewhere.status).toBe(201)
  })

  it('refuses a malformed code, an empty name and an unknown region with their paths', async () => {
    const bad = await t.request('POST', '/api/agencies', {
      cookie: admin,
      json: { regionId: region['63.71'], code: 'dinas kesehatan', name: ' ' },
    })
    expect(bad.status).toBe(422)
    expect((await readProblem(bad)).errors!.map((e) => e.path).sort()).toEqual(['code', 'name'])
    const unknown = await t.request('POST', '/api/agencies', {
      cookie: admin,
      json: { regionId: 9999, code: 'BAPPEDA', name: 'Bappeda' },
    })
    expect(unknown.status).toBe(422)
    expect((await readProblem(unknown)).errors!.map((e) => e.path)).toEqual(['regionId'])
  })

  it('lets only admins add agencies', async () => {
    const owner = await t.userCookie('owner', { agencyCode: 'PUPR' })
    const res = await t.request('POST', '/api/agencies', {
      cookie: owner,
      json: { regionId: region['63.71'], code: 'BAPPEDA', name: 'Bappeda' },
    })
    expect(res.status).toBe(403)
  })
})
