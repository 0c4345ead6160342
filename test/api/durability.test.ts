// An acknowledged response survives kill -9: the real server (a child process) takes concurrent
// submissions, is SIGKILLed mid-load, restarts on the same file, and still has every receipt it
// answered 201 for, exactly once.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, expect, it } from 'vitest'
import { skmAnswers } from '../support/seed-form'
import { freePort } from '../support/free-port'

const dir = mkdtempSync(join(tmpdir(), 'quickwin-durability-'))
const databasePath = join(dir, 'durability.sqlite')
const admin = { email: 'admin@durability.local', password: 'durability-password-1' }
let server: ChildProcess | undefined

afterAll(() => {
  if (server?.exitCode === null) process.kill(-server.pid!, 'SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

/** Starts `npx tsx server/main.ts` in its own process group; resolves with its base URL. */
async function start(): Promise<string> {
  const port = await freePort()
  const env = {
    ...process.env,
    DATABASE_PATH: databasePath,
    PORT: String(port),
    DEMO_DATA: '1',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    RATE_LIMIT_PER_MINUTE: '0',
  }
  server = spawn('npx', ['tsx', 'server/main.ts'], { env, detached: true, stdio: 'ignore' })
  const base = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`)
    try {
      if ((await fetch(`${base}/api/openapi.json`)).ok) return base
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('the server did not start within 60 s')
}

async function call(base: string, method: string, path: string, cookie?: string, json?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return { res, body: (await res.json()) as any }
}

/** An open SKM link of Si Mantab, set up over HTTP as the admin. */
async function openSkmLink(base: string): Promise<{ slug: string; linkId: number }> {
  const { res } = await call(base, 'POST', '/api/auth/login', undefined, admin)
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!
  const programs = await call(
    base,
    'GET',
    `/api/programs?q=${encodeURIComponent('Si Mantab')}`,
    cookie,
  )
  const programId = programs.body.items[0].id
  const q = await call(base, 'POST', `/api/programs/${programId}/questionnaires`, cookie, {
    template: 'skm',
  })
  await call(base, 'POST', `/api/questionnaires/${q.body.id}/publish`, cookie)
  const link = await call(base, 'POST', `/api/questionnaires/${q.body.id}/links`, cookie, {
    channel: 'Durability',
    allowMultiple: true,
  })
  return { slug: link.body.slug, linkId: link.body.id }
}

const post = (base: string, slug: string, key: string) =>
  fetch(`${base}/api/public/forms/${slug}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: skmAnswers(), idempotencyKey: key }),
  })

it('every receipt answered 201 before a kill -9 is stored exactly once after the restart', async () => {
  let base = await start()
  const { slug, linkId } = await openSkmLink(base)
  const acknowledged = new Map<string, string>() // idempotency key -> receipt
  const attempted = new Set<string>()
  let killed = false
  const loop = async () => {
    for (let i = 0; i < 400 && !killed; i++) {
      const key = randomUUID()
      attempted.add(key)
      try {
        const res = await post(base, slug, key)
        if (res.status === 201) acknowledged.set(key, ((await res.json()) as any).receipt)
      } catch {
        return // the server is gone
      }
    }
  }
  const loops = Array.from({ length: 8 }, loop)
  const started = Date.now()
  while (acknowledged.size < 300 && Date.now() - started < 5_000)
    await new Promise((r) => setTimeout(r, 10))
  process.kill(-server!.pid!, 'SIGKILL')
  killed = true
  await Promise.all(loops)
  expect(acknowledged.size).toBeGreaterThan(0)

  base = await start()
  for (const [key, receipt] of acknowledged) {
    const res = await post(base, slug, key)
    expect(res.status).toBe(200)
    expect(((await res.json()) as any).receipt).toBe(receipt)
  }
  // requests cut off by the kill may or may not have been stored; retried, each is stored once
  for (const key of attempted) if (!acknowledged.has(key)) await post(base, slug, key)
  const db = new Database(databasePath, { readonly: true })
  try {
    const rows = db
      .prepare(
        'select count(*) as n, count(distinct idempotency_key) as keys from responses where link_id = ?',
      )
      .get(linkId) as { n: number; keys: number }
    expect(rows).toEqual({ n: attempted.size, keys: attempted.size })
    const link = db.prepare('select response_count from links where id = ?').get(linkId)
    expect(link).toEqual({ response_count: attempted.size })
  } finally {
    db.close()
  }
  process.kill(-server!.pid!, 'SIGKILL')
}, 180_000)
