import { validate } from '@hyperjump/json-schema/openapi-3-1'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadContract } from '../support/api-contract'
import { createTestApp, type TestApp } from '../support/test-app'

interface Operation {
  requestBody?: {
    content: Record<
      string,
      { schema: { properties?: Record<string, unknown>; required?: string[] } }
    >
  }
  parameters?: { in: string; name: string }[]
  responses: Record<string, { content?: Record<string, unknown> }>
  security?: Record<string, string[]>[]
}
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> }

let t: TestApp
let doc: Doc

beforeAll(async () => {
  t = await createTestApp()
  const res = await t.request('GET', '/api/openapi.json')
  expect(res.status).toBe(200)
  doc = (await res.json()) as Doc
})
afterAll(() => t.close())

/** Hono's `/programs/:id` (or `:slug{[a-z]+}`) as OpenAPI writes it: `/programs/{id}`. */
const toOpenApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?\??/g, '{$1}')

describe('the OpenAPI document', () => {
  it('describes every /api route registered in the app', () => {
    const routes = new Set(
      t.app.routes
        .filter(
          (r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/openapi.json',
        )
        .map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.path)}`),
    )
    expect(routes.size).toBeGreaterThan(10)
    const missing = [...routes].filter((route) => {
      const [method, path] = route.split(' ') as [string, string]
      return !doc.paths[path]?.[method]
    })
    expect(missing).toEqual([])
  })

  it('includes the core setup and program routes with their path parameters', () => {
    for (const path of [
      '/api/users',
      '/api/regions',
      '/api/agencies',
      '/api/dimensions',
      '/api/programs',
    ]) {
      expect(doc.paths[path]?.get, path).toBeDefined()
    }
    const parameters = doc.paths['/api/programs/{id}']!.patch!.parameters!
    expect(parameters).toContainEqual(expect.objectContaining({ in: 'path', name: 'id' }))
  })

  it('gives POST /api/programs a request-body schema with its required fields', () => {
    const schema =
      doc.paths['/api/programs']!.post!.requestBody!.content['application/json']!.schema
    expect(Object.keys(schema.properties!)).toEqual(
      expect.arrayContaining([
        'regionId',
        'agencyId',
        'dimension',
        'element',
        'year',
        'name',
        'description',
        'targetPopulation',
      ]),
    )
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'regionId',
        'agencyId',
        'dimension',
        'element',
        'year',
        'name',
        'description',
      ]),
    )
    expect(schema.required).not.toContain('targetPopulation')
  })

  it('describes the program list filters as query parameters', () => {
    const names = doc.paths['/api/programs']!.get!.parameters!.filter((p) => p.in === 'query').map(
      (p) => p.name,
    )
    expect(names).toEqual(
      expect.arrayContaining(['regionId', 'year', 'dimension', 'agencyId', 'q', 'limit', 'offset']),
    )
  })
})

describe('an exact document', () => {
  it('is valid OpenAPI 3.1 under a strict validator that checks every schema (schema-base)', async () => {
    const output = await validate(
      'https://spec.openapis.org/oas/3.1/schema-base',
      doc as never,
      'BASIC',
    )
    expect('errors' in output ? output.errors?.slice(0, 5) : []).toEqual([])
    expect(output.valid).toBe(true)
  })

  it('documents validation failures as 422 problems and never a bare 400 for them', () => {
    const validated = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.parameters?.length || op.requestBody)
        .map(([method, op]) => ({ route: `${method} ${path}`, op })),
    )
    expect(validated.length).toBeGreaterThan(40)
    for (const { route, op } of validated.filter(({ route }) => route.includes('/api/'))) {
      if (
        route.endsWith('/api/public/receipts/{receipt}') ||
        route.endsWith('/api/public/forms/{slug}')
      )
        continue // path parameters without a validator
      expect(op.responses['422']?.content, route).toHaveProperty(['application/problem+json'])
    }
  })

  it('lists 401 and 403 on every route that needs a login, and the answers of logout and the audit trail', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!path.startsWith('/api/') || /\/api\/(public|auth)\//.test(path)) continue
        expect(Object.keys(op.responses), `${method} ${path}`).toEqual(
          expect.arrayContaining(['401', '403', '413']),
        )
      }
    }
    expect(doc.paths['/api/auth/logout']!.post!.responses).toHaveProperty('204')
    expect(doc.paths['/api/audit']!.get!.responses['200']!.content).toHaveProperty([
      'application/json',
    ])
  })

  it('states which API token scopes each operation accepts', () => {
    const score = doc.paths['/api/programs/{id}/score']!.get!.security
    expect(score).toEqual([{ session: [] }, { bearerToken: ['read:analytics'] }])
    expect(doc.paths['/api/users']!.get!.security).toEqual([{ session: [] }])
    expect(doc.paths['/api/public/forms/{slug}']!.get!.security).toEqual([])
  })
})

describe('the contract check of the test harness', () => {
  const contract = () => loadContract(doc as never)
  const problem = (status: number) =>
    new Response(JSON.stringify({ type: '/problems/x', title: 'x', status }), {
      status,
      headers: { 'content-type': 'application/problem+json' },
    })

  it('fails a response whose status the operation does not list', async () => {
    await expect(contract().check('GET', '/api/dimensions', problem(409))).rejects.toThrow(
      /answered 409, which the OpenAPI document does not list/,
    )
  })

  it('fails a body with a property the document does not list, or of the wrong type', async () => {
    const me = (body: unknown) =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
    const user = {
      id: 1,
      email: 'a@b.c',
      name: 'A',
      role: 'admin',
      agencyId: null,
      regionId: null,
      scope: null,
    }
    await expect(contract().check('GET', '/api/me', me(user))).resolves.toBeUndefined()
    await expect(contract().check('GET', '/api/me', me({ ...user, secret: 1 }))).rejects.toThrow(
      /does not describe/,
    )
    await expect(contract().check('GET', '/api/me', me({ ...user, id: '1' }))).rejects.toThrow(
      /does not describe/,
    )
  })

  it('fails a media type the document does not give for that status', async () => {
    const html = new Response('<p>hi</p>', { headers: { 'content-type': 'text/html' } })
    await expect(contract().check('GET', '/api/me', html)).rejects.toThrow(/as text\/html/)
  })
})
