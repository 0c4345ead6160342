import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../support/test-app'

interface Operation {
  requestBody?: {
    content: Record<
      string,
      { schema: { properties?: Record<string, unknown>; required?: string[] } }
    >
  }
  parameters?: { in: string; name: string }[]
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
