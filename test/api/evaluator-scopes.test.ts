// Route x scope: every route an evaluator can reach, called by evaluators of the three scopes
// (a region, a province, national) on a program or region inside and outside their scope. Inside
// answers (never 403), outside answers 403; lists hold only what the scope covers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
const region: Record<string, number> = {}
const program: Record<string, number> = {}
const cookie: Record<string, string> = {}

beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  for (const r of await t.deps.db.selectFrom('regions').select(['id', 'code']).execute())
    region[r.code] = r.id
  for (const code of ['63.71', '63.03', '15.71']) {
    const p = await t.deps.db
      .selectFrom('programs')
      .select('id')
      .where('region_id', '=', region[code]!)
      .orderBy('id')
      .executeTakeFirstOrThrow()
    program[code] = p.id
  }
  cookie.region = await t.userCookie('evaluator', { regionCode: '63.71' })
  cookie.province = await t.userCookie('evaluator', { scope: { kind: 'province', code: '63' } })
  cookie.national = await t.userCookie('evaluator', { scope: { kind: 'national' } })
})
afterAll(() => t.close())

const marks = { inovasi: 4 }

/** The routes an evaluator reaches, for a target region code. */
const routes = (code: string): [string, string, unknown?][] => [
  ['GET', `/api/programs/${program[code]}`],
  ['GET', `/api/programs/${program[code]}/score`],
  ['GET', `/api/programs/${program[code]}/history`],
  ['GET', `/api/programs/${program[code]}/analytics`],
  ['GET', `/api/programs/${program[code]}/analytics/summary`],
  ['GET', `/api/programs/${program[code]}/analytics/comments`],
  ['GET', `/api/programs/${program[code]}/questionnaires`],
  ['GET', `/api/programs/${program[code]}/responses`],
  ['GET', `/api/programs/${program[code]}/assessment`],
  ['PUT', `/api/programs/${program[code]}/assessment`, { marks }],
  ['GET', `/api/evaluations/${region[code]}`],
  ['GET', `/api/evaluations/${region[code]}/2024`],
  ['PUT', `/api/evaluations/${region[code]}/2019`, { scores: { baseline: 3 } }],
  ['GET', `/api/evaluations/${region[code]}/2024/export.csv`],
  ['GET', `/api/evaluations/${region[code]}/2024/export.json`],
  ['GET', `/api/evaluations/${region[code]}/export.csv`],
  [
    'POST',
    `/api/evaluations/${region[code]}/2018/published`,
    { index: 3, source: 'uji', publishedAt: '2019-01-01' },
  ],
  ['POST', `/api/evaluations/${region[code]}/2017/finalise`, { reason: 'uji cakupan' }],
]

const cases: [scope: string, inside: string[], outside: string[]][] = [
  ['region', ['63.71'], ['63.03', '15.71']],
  ['province', ['63.71', '63.03'], ['15.71']],
  ['national', ['63.71', '63.03', '15.71'], []],
]

describe.each(cases)('an evaluator with a %s scope', (scope, inside, outside) => {
  it('reaches every route inside the scope and gets 403 outside it', async () => {
    const seen: string[] = []
    for (const [codes, inScope] of [
      [inside, true],
      [outside, false],
    ] as const) {
      for (const code of codes) {
        for (const [method, path, json] of routes(code)) {
          const res = await t.request(method, path, { cookie: cookie[scope], json })
          const ok = inScope ? res.status !== 403 && res.status < 500 : res.status === 403
          if (!ok) seen.push(`${method} ${path} (${code}): ${res.status}`)
        }
      }
    }
    expect(seen).toEqual([])
  })

  it('lists only the regions, agencies, programs and evaluations of the scope', async () => {
    const get = async (path: string) =>
      ((await (await t.request('GET', path, { cookie: cookie[scope] })).json()) as any).items
    const regions = (await get('/api/regions')).map((r: any) => r.code)
    for (const code of inside) expect(regions).toContain(code)
    for (const code of outside) expect(regions).not.toContain(code)
    const agencyRegions = new Set((await get('/api/agencies')).map((a: any) => a.regionId))
    for (const code of outside) expect(agencyRegions.has(region[code])).toBe(false)
    const programRegions = new Set(
      (await get('/api/programs?limit=200')).map((p: any) => p.regionId),
    )
    for (const code of inside) expect(programRegions.has(region[code])).toBe(true)
    for (const code of outside) expect(programRegions.has(region[code])).toBe(false)
    const compared = new Set(
      (await get('/api/evaluations?year=2024')).map((i: any) => i.regionCode),
    )
    for (const code of outside) expect(compared.has(code)).toBe(false)
  })

  it('shows the scope in /api/me', async () => {
    const me = (await (await t.request('GET', '/api/me', { cookie: cookie[scope] })).json()) as any
    expect(me.scope.kind).toBe(scope)
  })
})

describe('setting a scope', () => {
  it('an admin assigns a province or national scope; a bad scope is a 422 with its path', async () => {
    const admin = await t.loginAdmin()
    const create = (json: unknown) => t.request('POST', '/api/users', { cookie: admin, json })
    const base = { name: 'Evaluator', role: 'evaluator', password: 'rahasia-panjang-1' }
    const res = await create({
      ...base,
      email: 'prov@x.id',
      scope: { kind: 'province', code: '15' },
    })
    expect(res.status).toBe(201)
    expect(((await res.json()) as any).scope).toEqual({ kind: 'province', code: '15' })
    const nat = await create({ ...base, email: 'nat@x.id', scope: { kind: 'national' } })
    expect((await nat.json()) as any).toMatchObject({ scope: { kind: 'national' }, regionId: null })
    const reg = await create({
      ...base,
      email: 'reg@x.id',
      scope: { kind: 'region', code: '63.71' },
    })
    expect((await reg.json()) as any).toMatchObject({
      scope: { kind: 'region', code: '63.71' },
      regionId: region['63.71'],
    })
    for (const [scopeIn, path] of [
      [{ kind: 'province', code: '99' }, 'scope.code'],
      [{ kind: 'region', code: '11.01' }, 'scope.code'],
      [{ kind: 'national', code: '63' }, 'scope.code'],
    ] as const) {
      const bad = await create({ ...base, email: `bad${path}${scopeIn.code}@x.id`, scope: scopeIn })
      expect(bad.status).toBe(422)
      expect(((await bad.json()) as any).errors[0].path).toBe(path)
    }
    const owner = await create({
      ...base,
      role: 'owner',
      email: 'own@x.id',
      agencyId: 1,
      scope: { kind: 'national' },
    })
    expect(owner.status).toBe(422)
  })
})
