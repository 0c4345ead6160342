// What a region's data warehouse does: with a token of read scopes and curl, against the real
// server process, it fetches a program's score and an export, and is refused everything else.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { E2E_ADMIN, startServer, type RunningServer } from '../e2e/support/server'

const run = promisify(execFile)
let server: RunningServer
let token: string

/** curl's status code and body for `path` with the token. */
async function curl(path: string, ...args: string[]) {
  const { stdout } = await run('curl', [
    '-sS',
    '-H',
    `Authorization: Bearer ${token}`,
    '-w',
    '\n%{http_code}',
    ...args,
    `${server.url}${path}`,
  ])
  const cut = stdout.lastIndexOf('\n')
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) }
}

beforeAll(async () => {
  server = await startServer()
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(E2E_ADMIN),
  })
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!
  const created = await fetch(`${server.url}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: 'Portal nasional', scopes: ['read:analytics', 'read:exports'] }),
  })
  expect(created.status).toBe(201)
  token = ((await created.json()) as { token: string }).token
}, 120_000)
afterAll(() => server?.stop())

describe('an API token with curl', () => {
  it('fetches a score and an export, and nothing else', async () => {
    const programs = await curl('/api/programs?limit=200')
    expect(programs.status).toBe(200)
    const list = JSON.parse(programs.body) as { items: { id: number; name: string }[] }
    const program = list.items.find((p) => p.name === 'Si Mantab')!

    const score = await curl(`/api/programs/${program.id}/score`)
    expect(score.status).toBe(200)
    expect(JSON.parse(score.body)).toMatchObject({ n: expect.any(Number), impact: {} })

    const region = await curl('/api/regions')
    const regionId = (JSON.parse(region.body) as { items: { id: number }[] }).items[0]!.id
    const csv = await curl(`/api/evaluations/${regionId}/2024/export.csv`)
    expect(csv.status).toBe(200)
    expect(csv.body.split('\n').length).toBeGreaterThan(3)

    expect((await curl('/api/users')).status).toBe(403)
    expect((await curl('/api/audit')).status).toBe(403)
    expect((await curl('/api/tokens')).status).toBe(403)
    const post = await curl(
      '/api/programs',
      '-X',
      'POST',
      '-H',
      'content-type: application/json',
      '-d',
      '{"name":"x"}',
    )
    expect(post.status).toBe(403)
    expect(JSON.parse(post.body)).toMatchObject({ status: 403, type: '/problems/forbidden' })
  })
})
