import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listDistricts } from '../../server/features/regions/area-data'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

interface Region {
  id: number
  code: string
  name: string
  kind: string
  province: string
  kecamatan: { code: string; name: string }[]
}

let t: TestApp
let admin: string

beforeAll(async () => {
  t = await createTestApp()
  admin = await t.loginAdmin()
})
afterAll(() => t.close())

async function regions(cookie: string): Promise<Region[]> {
  const res = await t.request('GET', '/api/regions', { cookie })
  expect(res.status).toBe(200)
  return ((await res.json()) as { items: Region[] }).items
}

describe('listing regions', () => {
  it('shows an admin every region with its kecamatan', async () => {
    const items = await regions(admin)
    // The demo regions, and those its published figures name (Batang Hari, Muaro Jambi, Merangin).
    expect(items.map((r) => r.code).sort()).toEqual([
      '15.02',
      '15.04',
      '15.05',
      '15.71',
      '63.03',
      '63.71',
    ])
    const banjarmasin = items.find((r) => r.code === '63.71')!
    expect(banjarmasin).toMatchObject({
      name: 'Kota Banjarmasin',
      kind: 'kota',
      province: 'Kalimantan Selatan',
      provinceCode: '63',
    })
    expect(banjarmasin.kecamatan.map((k) => k.name)).toContain('Banjarmasin Tengah')
    expect(banjarmasin.kecamatan).toHaveLength(5)
  })

  it('shows owners and evaluators their own region only', async () => {
    const owner = await t.userCookie('owner', { agencyCode: 'DLH' })
    const evaluator = await t.userCookie('evaluator', { regionCode: '15.71' })
    expect((await regions(owner)).map((r) => r.code)).toEqual(['63.71'])
    expect((await regions(evaluator)).map((r) => r.code)).toEqual(['15.71'])
  })

  it('answers 401 without a session', async () => {
    const res = await t.request('GET', '/api/regions')
    expect(res.status).toBe(401)
    await readProblem(res)
  })
})

describe('adding a region from the official list', () => {
  it('adds Kota Banjarbaru with its kecamatan from the Kemendagri list', async () => {
    const res = await t.request('POST', '/api/regions', { cookie: admin, json: { code: '63.72' } })
    expect(res.status).toBe(201)
    const region = (await res.json()) as Region
    expect(region).toMatchObject({
      code: '63.72',
      name: 'Kota Banjarbaru',
      kind: 'kota',
      province: 'Kalimantan Selatan',
    })
    const listed = (await regions(admin)).find((r) => r.code === '63.72')!
    expect(listed.kecamatan.map((k) => k.code)).toEqual(listDistricts('63.72').map((d) => d.code))
    expect(listed.kecamatan.map((k) => k.name)).toContain('Landasan Ulin')
  })

  it('refuses a region that is already set up with 409', async () => {
    const res = await t.request('POST', '/api/regions', { cookie: admin, json: { code: '63.71' } })
    expect(res.status).toBe(409)
    await readProblem(res)
  })

  it('refuses an unknown or malformed code with 422 on the path code', async () => {
    for (const code of ['63.99', 'banjarbaru', 6372]) {
      const res = await t.request('POST', '/api/regions', { cookie: admin, json: { code } })
      expect(res.status, String(code)).toBe(422)
      expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['code'])
    }
  })

  it('lets only admins add regions', async () => {
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    const res = await t.request('POST', '/api/regions', {
      cookie: evaluator,
      json: { code: '63.01' },
    })
    expect(res.status).toBe(403)
  })
})

describe('the area picker', () => {
  it('lists the provinces', async () => {
    const res = await t.request('GET', '/api/area/provinces', { cookie: admin })
    const { items } = (await res.json()) as { items: { code: string; name: string }[] }
    expect(items).toContainEqual({ code: '63', name: 'Kalimantan Selatan' })
    expect(items.length).toBeGreaterThanOrEqual(34)
  })

  it("lists a province's kabupaten/kota, marking those already added", async () => {
    const res = await t.request('GET', '/api/area/regencies?province=63', { cookie: admin })
    expect(res.status).toBe(200)
    const { items } = (await res.json()) as {
      items: { code: string; kind: string; added: boolean }[]
    }
    const added = items
      .filter((r) => r.added)
      .map((r) => r.code)
      .sort()
    expect(added).toEqual(['63.03', '63.71', '63.72'])
    expect(items.find((r) => r.code === '63.71')).toMatchObject({
      name: 'Kota Banjarmasin',
      kind: 'kota',
    })
    expect(items.every((r) => r.code.startsWith('63.'))).toBe(true)
  })

  it('refuses an unknown province with 422 and non-admins with 403', async () => {
    const unknown = await t.request('GET', '/api/area/regencies?province=99', { cookie: admin })
    expect(unknown.status).toBe(422)
    expect((await readProblem(unknown)).errors!.map((e) => e.path)).toEqual(['query.province'])
    const owner = await t.userCookie('owner', { agencyCode: 'PUPR' })
    expect((await t.request('GET', '/api/area/provinces', { cookie: owner })).status).toBe(403)
    expect(
      (await t.request('GET', '/api/area/regencies?province=63', { cookie: owner })).status,
    ).toBe(403)
  })
})
