import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let admin: string
let programId: number

beforeAll(async () => {
  t = await createTestApp()
  admin = await t.loginAdmin()
  const row = await t.deps.db
    .selectFrom('programs')
    .select('id')
    .where('name', '=', 'Si Mantab')
    .executeTakeFirstOrThrow()
  programId = row.id
})
afterAll(() => t.close())

const count = async (table: 'programs' | 'users' | 'audit_events' | 'agencies') =>
  Number(
    (
      await t.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('every failure is a problem document', () => {
  it('answers an unknown /api route with a 404 problem', async () => {
    const res = await t.request('GET', '/api/no-such-thing', { cookie: admin })
    expect(res.status).toBe(404)
    expect(await readProblem(res)).toMatchObject({ status: 404, title: 'Not found' })
  })

  it('answers a body over the 256 KiB limit with a 413 problem, storing nothing', async () => {
    const before = await count('programs')
    const res = await t.request('POST', '/api/programs', {
      cookie: admin,
      json: { name: 'x', description: { id: 'a'.repeat(300 * 1024) } },
    })
    expect(res.status).toBe(413)
    expect((await readProblem(res)).status).toBe(413)
    expect(await count('programs')).toBe(before)
  })

  it('judges a declared Content-Length before reading, and counts a chunked body', async () => {
    const before = await count('programs')
    // Served over a socket, as in production: node-server's own request objects, real headers.
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' })
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    const post = (body: string | ReadableStream, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${port}/api/programs`, {
        method: 'POST',
        headers: { cookie: admin, 'content-type': 'application/json', ...headers },
        body,
        duplex: 'half',
      } as RequestInit)
    const big = JSON.stringify({ name: 'x', description: { id: 'a'.repeat(300 * 1024) } })
    try {
      const declared = await post(big)
      expect(declared.status).toBe(413)
      expect((await readProblem(declared)).detail).toMatch(/262144 bytes/)
      const chunked = await post(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(big))
            controller.close()
          },
        }),
      )
      expect(chunked.status).toBe(413)
      const small = await post(JSON.stringify({ name: 'x' }))
      expect(small.status).toBe(422) // read and validated as usual
    } finally {
      server.close()
    }
    const bogus = await t.request('POST', '/api/programs', {
      cookie: admin,
      body: '{}',
      headers: { 'content-type': 'application/json', 'content-length': '12abc' },
    })
    expect(bogus.status).toBe(400)
    await readProblem(bogus)
    expect(await count('programs')).toBe(before)
  })

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await t.request('POST', '/api/programs', {
      cookie: admin,
      body: '{"name": "Si',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.status).toBe(400)
    await readProblem(res)
  })

  it('answers an unknown id with a 404 problem', async () => {
    for (const path of ['/api/programs/987654', '/api/programs/000']) {
      const res = await t.request('GET', path, { cookie: admin })
      expect(res.status, path).toBe(404)
      await readProblem(res)
    }
  })

  it('answers a PATCH with wrong types with 422 and every field path', async () => {
    const res = await t.request('PATCH', `/api/programs/${programId}`, {
      cookie: admin,
      json: { year: 'next year', name: 42, targetPopulation: 1.5, description: { id: 7 } },
    })
    expect(res.status).toBe(422)
    const problem = await readProblem(res)
    expect(problem.errors!.map((e) => e.path).sort()).toEqual([
      'description.id',
      'name',
      'targetPopulation',
      'year',
    ])
    expect(problem.errors!.every((e) => e.message.length > 0)).toBe(true)
  })
})

describe('nothing is half-written after a refused request', () => {
  it('a PATCH refused by a rule leaves the program and the audit trail as they were', async () => {
    const before = await t
      .request('GET', `/api/programs/${programId}`, { cookie: admin })
      .then((r) => r.json())
    const events = await count('audit_events')
    const res = await t.request('PATCH', `/api/programs/${programId}`, {
      cookie: admin,
      json: { name: 'Renamed', element: 'economy.1' },
    })
    expect(res.status).toBe(422)
    expect(
      await t.request('GET', `/api/programs/${programId}`, { cookie: admin }).then((r) => r.json()),
    ).toEqual(before)
    expect(await count('audit_events')).toBe(events)
  })

  it('a refused user or agency creation stores neither the row nor an audit event', async () => {
    const users = await count('users')
    const agencies = await count('agencies')
    const events = await count('audit_events')
    const dupe = await t.request('POST', '/api/users', {
      cookie: admin,
      json: { email: 'ADMIN@test.local', name: 'Copy', role: 'admin', password: 'long-enough-pw' },
    })
    expect(dupe.status).toBe(409)
    const noRegion = await t.request('POST', '/api/agencies', {
      cookie: admin,
      json: { regionId: 424242, code: 'BAPPEDA', name: 'Bappeda' },
    })
    expect(noRegion.status).toBe(422)
    expect([await count('users'), await count('agencies'), await count('audit_events')]).toEqual([
      users,
      agencies,
      events,
    ])
  })
})
