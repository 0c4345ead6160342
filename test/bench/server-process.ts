// Runs test/bench/bench-server.ts as a child process (`node --import tsx`, so the child's pid is
// the server's own and its /proc status is the server's memory) on a given SQLite file.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort } from '../support/free-port'

export const ROOT = join(import.meta.dirname, '..', '..')
export const BENCH_ADMIN = { email: 'admin@bench.local', password: 'bench-admin-password-1' }

export interface BenchServer {
  url: string
  pid: number
  /** What the server printed so far. */
  output(): string
  /** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. */
  stop(): Promise<void>
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()))

/** Starts the bench server on `databasePath` with the demo data, the bench admin, no rate limit. */
export async function startBenchServer(options: {
  databasePath: string
  clientDist: string
  /** More environment, e.g. DATABASE_URL and DATABASE_SCHEMA for the PostgreSQL leg. */
  env?: Record<string, string>
  /** Extra node flags, e.g. --cpu-prof for profiling a figure. */
  nodeArgs?: string[]
}): Promise<BenchServer> {
  const port = await freePort()
  const args = [...(options.nodeArgs ?? []), '--import', 'tsx', 'test/bench/bench-server.ts']
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: options.databasePath,
      CLIENT_DIST: options.clientDist,
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      DEMO_DATA: '1',
      RATE_LIMIT_PER_MINUTE: '0',
      ...options.env,
    },
  })
  // The server logs a line per request (as npm start does); the first 64 KB are kept for errors.
  let log = ''
  const keep = (chunk: Buffer) => {
    if (log.length < 65_536) log += chunk
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited(child)
    clearTimeout(timer)
  }
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    if (child.exitCode !== null) break
    const status = await fetch(`${url}/api/me`).then(
      (r) => r.status,
      () => 0,
    )
    if (status === 401) return { url, pid: child.pid!, output: () => log, stop }
    await new Promise((r) => setTimeout(r, 200))
  }
  await stop()
  throw new Error(`The bench server did not start on ${url}:\n${log}`)
}

/** A `kB` line of /proc/<pid>/status (VmRSS, VmHWM) in bytes. */
export function procStatusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`)
  return Number(match[1]) * 1024
}

/**
 * Resets the kernel's peak-RSS mark (VmHWM) of `pid` to its current RSS, so that a later VmHWM
 * is the peak of what ran in between. Answers false where the kernel does not allow it.
 */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
    return true
  } catch {
    return false
  }
}
