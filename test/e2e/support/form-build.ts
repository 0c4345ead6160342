// Builds the client into a private folder for the citizen-form browser tests: other test runs
// rebuild dist/client (new hashed names, old files removed) and would pull assets from under them.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './client-build'

export interface PrivateBuild {
  /** The build output, for the server's CLIENT_DIST. */
  dir: string
  /** What `vite build` printed (the form's size report among it). */
  log: string
  remove(): void
}

export function buildClientPrivately(): PrivateBuild {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  const dir = mkdtempSync(join(ROOT, '.tmp', 'form-e2e-client-'))
  const log = execFileSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: 'pipe',
  })
  return { dir, log, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
