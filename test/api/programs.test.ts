import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

interface Program {
  id: number
  regionId: number
  agencyId: number
  agencyCode: string
  name: string
  dimension: string
  element: string
  year: number
  description: { id: string; en: string | null }
  targetPopulation: number | null
}
interface Page {
  items: Program[]
  total: number
  limit: number
  offset: number
}

let t: TestApp
const cookie: Record<string, string> = {}
const region: Record<string, number> = {}
const agency: Record<string, number> = {}
let siMantab: Program
let sampah: Program

beforeAll(async () => {
  t = await createTestApp()
  cookie.admin = await t.loginAdmin()
  cookie.ownerDpmptsp = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
  cookie.ownerDlh = await t.userCookie('owner', { agencyCode: 'DLH' })
  cookie.evaluatorBanjarmasin = await t.userCookie('evaluator', { regionCode: '63.71' })
  cookie.evaluatorJambi = await t.userCookie('evaluator', { regionCode: '15.71' })
  for (const r of await t.deps.db.selectFrom('regions').select(['id', 'code']).execute()) {
    region[r.code] = r.id
  }
  for (const a of await t.deps.db.selectFrom('agencies').select(['id', 'code']).execute()) {
    agency[a.code] = a.id
  }
  const all = await list('', cookie.admin!)
  siMantab = all.items.find((p) => p.name === 'Si Mantab')!
  sampah = all.items.find((p) => p.name === 'Sampah Menjadi Energi')!
})
afterAll(() => t.close())

async function list(query: string, as: string): Promise<Page> {
  const res = await t.request('GET', `/api/programs${query}`, { cookie: as })
  expect(res.status).toBe(200)
  return (await res.json()) as Page
}

function newProgram(overrides: Record<string, unknown> = {}) {
  return {
    regionId: region['63.71'],
    agencyId: agency.DPMPTSP,
    dimension: 'governance',
    element: 'governance.1',
    year: 2025,
    name: 'Perizinan Keliling',
    description: {
      id: 'Layanan izin datang ke kelurahan.',
      en: 'Permits served at the kelurahan.',
    },
    targetPopulation: 1200,
    ...overrides,
  }
}

async function auditOf(id: number) {
  const res = await t.request('GET', `/api/audit?objectType=program&objectId=${id}`, {
    cookie: cookie.admin,
  })
  return (
    (await res.json()) as { items: { action: string; userId: number; before: any; after: any }[] }
  ).items
}

const programCount = async () =>
  Number(
    (
      await t.deps.db
        .selectFrom('programs')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('who reads which programs', () => {
  it('answers 401 to anonymous callers on every program route', async () => {
    for (const [method, path] of [
      ['GET', '/api/programs'],
      ['POST', '/api/programs'],
      ['GET', `/api/programs/${siMantab.id}`],
      ['PATCH', `/api/programs/${siMantab.id}`],
    ] as const) {
      const res = await t.request(method, path, method === 'GET' ? {} : { json: newProgram() })
      expect(res.status, `${method} ${path}`).toBe(401)
      await readProblem(res)
    }
  })

  it('lets an admin see every program, ordered by dimension then name ignoring case', async () => {
    const page = await list('', cookie.admin!)
    expect(page.total).toBe(10)
    expect(page.items.map((p) => p.name)).toEqual([
      'Si Mantab',
      'SIPADEK',
      'SIPATEN',
      'Sungaiku Baiman',
      'Baiman Store',
      'Bakawan RTLH',
      'i-Martapura (Perpustakaan Online)',
      'Portal Pendidikan',
      'Gebraks (Gerakan Bersama Realisasi Aksi Sanitasi)',
      'Sampah Menjadi Energi',
    ])
  })

  it('answers the full program object', async () => {
    const res = await t.request('GET', `/api/programs/${siMantab.id}`, { cookie: cookie.admin })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      id: siMantab.id,
      regionId: region['63.71'],
      agencyId: agency.DPMPTSP,
      agencyCode: 'DPMPTSP',
      agencyName: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      dimension: 'governance',
      element: 'governance.1',
      year: 2024,
      name: 'Si Mantab',
      description: { id: expect.any(String), en: expect.any(String) },
      targetPopulation: 4000,
      timeZone: 'Asia/Makassar',
      createdAt: '2024-06-15T08:00:00.000Z',
      updatedAt: '2024-06-15T08:00:00.000Z',
    })
  })

  it("shows an owner only their own agency's programs", async () => {
    expect((await list('', cookie.ownerDpmptsp!)).items.map((p) => p.name)).toEqual(['Si Mantab'])
    expect((await list('', cookie.ownerDlh!)).items.map((p) => p.name)).toEqual([
      'Sampah Menjadi Energi',
    ])
  })

  it("shows an evaluator only their region's programs", async () => {
    const banjarmasin = await list('', cookie.evaluatorBanjarmasin!)
    expect(banjarmasin.total).toBe(6)
    expect(banjarmasin.items.every((p) => p.regionId === region['63.71'])).toBe(true)
    const jambi = await list('', cookie.evaluatorJambi!)
    expect(jambi.items.map((p) => p.name)).toEqual(['SIPADEK', 'SIPATEN'])
  })

  it('answers an empty page when a filter points outside the caller scope', async () => {
    expect((await list(`?regionId=${region['63.71']}`, cookie.evaluatorJambi!)).total).toBe(0)
    expect((await list(`?agencyId=${agency.DLH}`, cookie.ownerDpmptsp!)).total).toBe(0)
  })

  it('reads a single program within scope, answers 403 outside it and 404 for an unknown id', async () => {
    const cases: [string, number][] = [
      ['admin', 200],
      ['ownerDpmptsp', 200],
      ['ownerDlh', 403],
      ['evaluatorBanjarmasin', 200],
      ['evaluatorJambi', 403],
    ]
    for (const [who, status] of cases) {
      const res = await t.request('GET', `/api/programs/${siMantab.id}`, { cookie: cookie[who] })
      expect(res.status, who).toBe(status)
    }
    const unknown = await t.request('GET', '/api/programs/999999', { cookie: cookie.ownerDlh })
    expect(unknown.status).toBe(404)
  })
})

describe('filters and paging', () => {
  it('filters by region, year, dimension and agency', async () => {
    const admin = cookie.admin!
    expect((await list(`?regionId=${region['63.03']}`, admin)).total).toBe(2)
    expect((await list('?year=2020', admin)).items.map((p) => p.name)).toEqual([
      'SIPADEK',
      'SIPATEN',
    ])
    const env = await list('?dimension=environment', admin)
    expect(env.items.map((p) => p.dimension)).toEqual(['environment', 'environment'])
    expect((await list(`?agencyId=${agency.PUPR}`, admin)).items.map((p) => p.name)).toEqual([
      'Sungaiku Baiman',
    ])
    const combined = await list(`?regionId=${region['63.71']}&year=2024&dimension=society`, admin)
    expect(combined.items.map((p) => p.name)).toEqual(['Portal Pendidikan'])
  })

  it('searches names case-insensitively with q, treating % and _ literally', async () => {
    expect((await list('?q=MANTAB', cookie.admin!)).items.map((p) => p.name)).toEqual(['Si Mantab'])
    expect((await list('?q=baiman', cookie.admin!)).total).toBe(2)
    expect((await list('?q=%25', cookie.admin!)).total).toBe(0)
  })

  it('pages with limit and offset and reports the total', async () => {
    const all = await list('', cookie.admin!)
    const page = await list('?limit=3&offset=3', cookie.admin!)
    expect(page).toMatchObject({ total: 10, limit: 3, offset: 3 })
    expect(page.items.map((p) => p.id)).toEqual(all.items.slice(3, 6).map((p) => p.id))
    expect((await list('?offset=50', cookie.admin!)).items).toEqual([])
  })

  it('refuses malformed filters with 422 and their query paths', async () => {
    const res = await t.request('GET', '/api/programs?year=twenty&dimension=smart&limit=500', {
      cookie: cookie.admin,
    })
    expect(res.status).toBe(422)
    const paths = (await readProblem(res)).errors!.map((e) => e.path).sort()
    expect(paths).toEqual(['query.dimension', 'query.limit', 'query.year'])
  })
})

describe('creating programs', () => {
  it('lets an admin create a program for any agency, audited with the created object', async () => {
    const before = await programCount()
    const res = await t.request('POST', '/api/programs', {
      cookie: cookie.admin,
      json: newProgram({
        agencyId: agency.DLH,
        dimension: 'environment',
        element: 'environment.3',
      }),
    })
    expect(res.status).toBe(201)
    const created = (await res.json()) as Program
    expect(created).toMatchObject({ agencyCode: 'DLH', element: 'environment.3', year: 2025 })
    expect(await programCount()).toBe(before + 1)
    const [event] = await auditOf(created.id)
    expect(event).toMatchObject({ action: 'program.create', before: null, after: created })
  })

  it('lets an owner create a program for their own agency only', async () => {
    const own = await t.request('POST', '/api/programs', {
      cookie: cookie.ownerDpmptsp,
      json: newProgram(),
    })
    expect(own.status).toBe(201)
    const other = await t.request('POST', '/api/programs', {
      cookie: cookie.ownerDpmptsp,
      json: newProgram({ agencyId: agency.DLH }),
    })
    expect(other.status).toBe(403)
    await readProblem(other)
  })

  it('refuses a second program of the same name in one agency and year with 409', async () => {
    const first = await t.request('POST', '/api/programs', {
      cookie: cookie.admin,
      json: newProgram({ name: 'Izin Antar Jemput', year: 2026 }),
    })
    expect(first.status).toBe(201)
    const before = await programCount()
    const again = await t.request('POST', '/api/programs', {
      cookie: cookie.admin,
      json: newProgram({ name: '  izin antar   JEMPUT ', year: 2026 }),
    })
    expect(again.status).toBe(409)
    const problem = await readProblem(again)
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'name' })])
    expect(await programCount()).toBe(before)
    // Another agency, or the next year (the same quick win continued), may use the name.
    for (const other of [{ agencyId: agency.DLH }, { year: 2027 }]) {
      const res = await t.request('POST', '/api/programs', {
        cookie: cookie.admin,
        json: newProgram({ name: 'Izin Antar Jemput', year: 2026, ...other }),
      })
      expect(res.status, JSON.stringify(other)).toBe(201)
    }
    // Renaming another program to the taken name is refused too.
    const rename = await t.request('PATCH', `/api/programs/${siMantab.id}`, {
      cookie: cookie.admin,
      json: { name: 'Izin Antar Jemput', year: 2026 },
    })
    expect(rename.status).toBe(409)
  })

  it('refuses evaluators with 403, whatever their region', async () => {
    for (const who of ['evaluatorBanjarmasin', 'evaluatorJambi']) {
      const res = await t.request('POST', '/api/programs', {
        cookie: cookie[who],
        json: newProgram(),
      })
      expect(res.status, who).toBe(403)
    }
  })

  it('refuses an element outside the chosen dimension with the path element', async () => {
    const res = await t.request('POST', '/api/programs', {
      cookie: cookie.admin,
      json: newProgram({ dimension: 'economy', element: 'governance.1' }),
    })
    expect(res.status).toBe(422)
    const problem = await readProblem(res)
    expect(problem.errors).toEqual([
      {
        path: 'element',
        code: 'program.element-outside',
        params: expect.objectContaining({ dimension: 'economy' }),
        message: expect.stringContaining('economy.1'),
      },
    ])
  })

  it('refuses an agency of another region with the path agencyId', async () => {
    const res = await t.request('POST', '/api/programs', {
      cookie: cookie.admin,
      json: newProgram({ agencyId: agency.DISKOMINFO }),
    })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['agencyId'])
  })

  it('refuses wrong types and a missing name with every field path, writing nothing', async () => {
    const before = await programCount()
    const { name: _name, ...withoutName } = newProgram()
    const res = await t.request('POST', '/api/programs', {
      cookie: cookie.admin,
      json: { ...withoutName, year: '2025', targetPopulation: -3, description: { en: 'x' } },
    })
    expect(res.status).toBe(422)
    const paths = (await readProblem(res)).errors!.map((e) => e.path).sort()
    expect(paths).toEqual(['description.id', 'name', 'targetPopulation', 'year'])
    expect(await programCount()).toBe(before)
  })

  it('refuses a year outside 2000..2100 and a name over 200 characters', async () => {
    const res = await t.request('POST', '/api/programs', {
      cookie: cookie.admin,
      json: newProgram({ year: 1999, name: 'x'.repeat(201) }),
    })
    expect((await readProblem(res)).errors!.map((e) => e.path).sort()).toEqual(['name', 'year'])
  })
})

describe('changing programs', () => {
  it('lets an admin change a program, audited with before and after', async () => {
    const res = await t.request('PATCH', `/api/programs/${sampah.id}`, {
      cookie: cookie.admin,
      json: { name: 'Sampah Jadi Energi', targetPopulation: null },
    })
    expect(res.status).toBe(200)
    const after = (await res.json()) as Program & { updatedAt: string }
    expect(after).toMatchObject({
      name: 'Sampah Jadi Energi',
      targetPopulation: null,
      element: sampah.element,
    })
    const [event] = await auditOf(sampah.id)
    expect(event!.action).toBe('program.update')
    expect(event!.before).toMatchObject({ name: 'Sampah Menjadi Energi', targetPopulation: 10000 })
    expect(event!.after).toEqual(after)
  })

  it("lets an owner change their own agency's program", async () => {
    const res = await t.request('PATCH', `/api/programs/${siMantab.id}`, {
      cookie: cookie.ownerDpmptsp,
      json: { description: { id: 'Dokumen izin diantar gratis.' } },
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as Program).description).toEqual({
      id: 'Dokumen izin diantar gratis.',
      en: null,
    })
  })

  it("answers 403 to an owner changing another agency's program, and changes nothing", async () => {
    const res = await t.request('PATCH', `/api/programs/${siMantab.id}`, {
      cookie: cookie.ownerDlh,
      json: { name: 'Taken over' },
    })
    expect(res.status).toBe(403)
    const stored = await t.request('GET', `/api/programs/${siMantab.id}`, { cookie: cookie.admin })
    expect((await stored.json()).name).not.toBe('Taken over')
  })

  it('refuses with 403 an owner moving their program to another agency', async () => {
    const res = await t.request('PATCH', `/api/programs/${siMantab.id}`, {
      cookie: cookie.ownerDpmptsp,
      json: { agencyId: agency.DLH },
    })
    expect(res.status).toBe(403)
    expect(
      (
        await t
          .request('GET', `/api/programs/${siMantab.id}`, { cookie: cookie.admin })
          .then((r) => r.json())
      ).agencyId,
    ).toBe(agency.DPMPTSP)
  })

  it('refuses evaluators with 403', async () => {
    for (const who of ['evaluatorBanjarmasin', 'evaluatorJambi']) {
      const res = await t.request('PATCH', `/api/programs/${siMantab.id}`, {
        cookie: cookie[who],
        json: { name: 'x' },
      })
      expect(res.status, who).toBe(403)
    }
  })

  it('checks the merged program: a new dimension needs one of its elements', async () => {
    const res = await t.request('PATCH', `/api/programs/${siMantab.id}`, {
      cookie: cookie.admin,
      json: { dimension: 'living' },
    })
    expect(res.status).toBe(422)
    expect((await readProblem(res)).errors!.map((e) => e.path)).toEqual(['element'])
    const ok = await t.request('PATCH', `/api/programs/${siMantab.id}`, {
      cookie: cookie.admin,
      json: { dimension: 'living', element: 'living.2' },
    })
    expect(ok.status).toBe(200)
  })

  it('answers 404 for an unknown id and 422 for a non-numeric one', async () => {
    const unknown = await t.request('PATCH', '/api/programs/99999', {
      cookie: cookie.admin,
      json: { name: 'x' },
    })
    expect(unknown.status).toBe(404)
    await readProblem(unknown)
    const notAnId = await t.request('GET', '/api/programs/abc', { cookie: cookie.admin })
    expect(notAnId.status).toBe(422)
    expect((await readProblem(notAnId)).errors!.map((e) => e.path)).toEqual(['param.id'])
  })
})

describe('the dimensions programs are filed under', () => {
  it('lists the six dimensions with three elements each to any logged-in user', async () => {
    const res = await t.request('GET', '/api/dimensions', { cookie: cookie.evaluatorJambi })
    expect(res.status).toBe(200)
    const { items } = (await res.json()) as {
      items: { code: string; name: { id: string }; elements: { code: string }[] }[]
    }
    expect(items.map((d) => d.code)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ])
    expect(items[0]!.elements.map((e) => e.code)).toEqual([
      'governance.1',
      'governance.2',
      'governance.3',
    ])
    expect(items.every((d) => d.elements.length === 3 && d.name.id.length > 0)).toBe(true)
    expect((await t.request('GET', '/api/dimensions')).status).toBe(401)
  })
})
