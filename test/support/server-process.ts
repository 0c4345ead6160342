// The real server (node --import tsx server/main.ts, as npm start runs it) as a child process in its own process group, on a
// SQLite file or (in the PostgreSQL test project) a fresh schema of TEST_DATABASE_URL, for tests
// of what only a process shows: signals, kill -9, several instances.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { freePort } from './free-port'
import { onPostgres } from './dialect'
import { skmAnswers } from './seed-form'

export const ADMIN = { email: 'admin@process.local', password: 'process-password-1' }

export interface ServerProcess {
  base: string
  child: ChildProcess
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>
  output: () => string
}

/** A new PostgreSQL schema name for a test (created by the first server that migrates it). */
export const newSchema = () => `test_${randomBytes(6).toString('hex')}`

export async function startServer(
  db: { path?: string; schema?: string },
  env: Record<string, string> = {},
) {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      ...(onPostgres
        ? { DATABASE_URL: process.env.TEST_DATABASE_URL!, DATABASE_SCHEMA: db.schema! }
        : { DATABASE_PATH: db.path! }),
      DEMO_DATA: '1',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
  })
  let log = ''
  const keep = (chunk: Buffer) => {
    if (log.length < 65_536) log += chunk
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const base = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with ${child.exitCode}:\n${log}`)
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, child, exited, output: () => log }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  killGroup(child)
  throw new Error(`the server did not start within 90 s:\n${log}`)
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') {
  if (child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // already gone
    }
  }
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

/** Logs in as the admin; answers the session cookie. */
export async function adminCookie(base: string) {
  const { res } = await call(base, 'POST', '/api/auth/login', undefined, ADMIN)
  return res.headers.get('set-cookie')!.split(';')[0]!
}

/** An open SKM link of Si Mantab (many responses allowed), set up over HTTP as the admin. */
export async function openSkmLink(base: string) {
  const cookie = await adminCookie(base)
  const programs = await call(
    base,
    'GET',
    `/api/programs?q=${encodeURIComponent('Si Mantab')}`,
    cookie,
  )
  const programId = programs.body.items[0].id as number
  const q = await call(base, 'POST', `/api/programs/${programId}/questionnaires`, cookie, {
    template: 'skm',
  })
  await call(base, 'POST', `/api/questionnaires/${q.body.id}/publish`, cookie)
  const link = await call(base, 'POST', `/api/questionnaires/${q.body.id}/links`, cookie, {
    channel: 'Process test',
    allowMultiple: true,
  })
  return {
    slug: link.body.slug as string,
    linkId: link.body.id as number,
    questionnaireId: q.body.id as number,
    programId,
    cookie,
  }
}

/** Submits one SKM answer set with a fresh key; answers the status and the receipt of a 201. */
export async function submitOnce(base: string, slug: string, key: string) {
  const res = await fetch(`${base}/api/public/forms/${slug}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: skmAnswers(), idempotencyKey: key }),
  })
  const body = res.headers.get('content-type')?.includes('json')
    ? ((await res.json()) as any)
    : null
  return { status: res.status, receipt: res.status === 201 ? (body.receipt as string) : undefined }
}
