// Starts the real server (`npx tsx server/main.ts`) as a child process on a free port with a
// temporary SQLite file, the demo data and a known admin; `stop()` ends it and its children.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './client-build'
import { freePort } from '../../support/free-port'

export const E2E_ADMIN = { email: 'admin@e2e.test', password: 'e2e-admin-password-1' }

export interface RunningServer {
  url: string
  /** What the server printed so far, for failure messages. */
  output(): string
  stop(): Promise<void>
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()))
}

/** Kills the child's whole process group (npx -> tsx -> node), gently first. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))
  if ((await Promise.race([exited(child), timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'quickwin-e2e-'))
  const child = spawn('npx', ['tsx', 'server/main.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: join(dir, 'e2e.sqlite'),
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      DEMO_DATA: '1',
      // Warnings and errors only: the request lines would fill the test's memory.
      LOG_LEVEL: 'warn',
      ...env,
    },
  })
  let log = ''
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    await killGroup(child)
    rmSync(dir, { recursive: true, force: true })
  }

  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    const answered = await fetch(`${url}/api/me`).then(
      (r) => r.status,
      () => 0,
    )
    if (answered === 401) return { url, output: () => log, stop }
    await new Promise((r) => setTimeout(r, 200))
  }
  await stop()
  throw new Error(`The server did not start on ${url}:\n${log}`)
}
