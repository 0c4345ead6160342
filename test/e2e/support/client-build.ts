// Builds the client once for the browser tests: `npx vite build` runs only when dist/client is
// missing or older than the client sources, and a lock keeps parallel test files from racing.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..', '..')
const OUTPUTS = ['dist/client/console/index.html', 'dist/client/form/index.html']
const SOURCES = ['client', 'vite.config.ts', 'server/domain', 'package-lock.json']
const LOCK = join(ROOT, '.tmp', 'vite-build.lock')
const STALE_LOCK_MS = 5 * 60_000

function newestMtime(path: string): number {
  const full = join(ROOT, path)
  if (!existsSync(full)) return 0
  const stat = statSync(full)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(full).reduce(
    (max, name) => Math.max(max, newestMtime(join(path, name))),
    stat.mtimeMs,
  )
}

function buildIsFresh(): boolean {
  const built = OUTPUTS.map((p) =>
    existsSync(join(ROOT, p)) ? statSync(join(ROOT, p)).mtimeMs : 0,
  )
  const oldestOutput = Math.min(...built)
  return oldestOutput > 0 && SOURCES.every((s) => newestMtime(s) <= oldestOutput)
}

function takeLock(): boolean {
  try {
    mkdirSync(LOCK, { recursive: false })
    return true
  } catch {
    if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) {
      rmSync(LOCK, { recursive: true, force: true })
    }
    return false
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Makes sure dist/client holds a build of the current client sources. */
export async function ensureClientBuilt(): Promise<void> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  const deadline = Date.now() + STALE_LOCK_MS
  while (!buildIsFresh()) {
    if (takeLock()) {
      try {
        if (!buildIsFresh()) execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'pipe' })
      } finally {
        rmSync(LOCK, { recursive: true, force: true })
      }
      return
    }
    if (Date.now() > deadline) throw new Error('Timed out waiting for another vite build')
    await sleep(500)
  }
}
