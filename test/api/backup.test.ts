// `npm run backup -- FILE` copies the live SQLite database while the server takes submissions; the
// copy passes integrity_check, holds every response acknowledged before the backup began, and a
// server started on it (the documented restore) serves it with its aggregates complete.
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { afterAll, expect, it } from 'vitest'
import { describeSqlite } from '../support/dialect'
import {
  adminCookie,
  killGroup,
  openSkmLink,
  startServer,
  submitOnce,
  type ServerProcess,
} from '../support/server-process'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'quickwin-backup-'))
const live = join(dir, 'live.sqlite')
const backup = join(dir, 'backup.sqlite')
const servers: ServerProcess[] = []

afterAll(() => {
  for (const s of servers) killGroup(s.child)
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true })
  else console.log(dir)
})

describeSqlite('npm run backup', () => {
  it('copies the live database under load; the copy restores', async () => {
    const server = await startServer({ path: live })
    servers.push(server)
    const { slug, questionnaireId, programId } = await openSkmLink(server.base)
    const acked: { receipt: string; at: number }[] = []
    let loading = true
    const client = async () => {
      while (loading) {
        const { status, receipt } = await submitOnce(server.base, slug, randomUUID())
        expect(status).toBe(201)
        acked.push({ receipt: receipt!, at: performance.now() })
      }
    }
    const clients = Array.from({ length: 8 }, client)
    while (acked.length < 30) await new Promise((r) => setTimeout(r, 50))
    const began = performance.now()
    const out = await run(process.execPath, ['--import', 'tsx', 'server/backup.ts', backup], {
      env: { ...process.env, DATABASE_PATH: live },
    })
    expect(out.stdout).toMatch(/Backup written: .*integrity ok/)
    await new Promise((r) => setTimeout(r, 500))
    loading = false
    await Promise.all(clients)

    const copy = new Database(backup, { readonly: true })
    const rows = copy
      .prepare('select receipt from responses where questionnaire_id = ?')
      .all(questionnaireId) as { receipt: string }[]
    copy.close()
    const inCopy = new Set(rows.map((r) => r.receipt))
    const before = acked.filter((a) => a.at < began)
    expect(before.length).toBeGreaterThan(10)
    expect(before.filter((a) => !inCopy.has(a.receipt))).toEqual([])

    // Restore: the server stopped, the copy in place of the file, started again.
    process.kill(server.child.pid!, 'SIGTERM')
    expect(await server.exited).toBe(0)
    const restored = join(dir, 'restored.sqlite')
    copyFileSync(backup, restored)
    const again = await startServer({ path: restored })
    servers.push(again)
    const cookie = await adminCookie(again.base)
    const res = await fetch(
      `${again.base}/api/programs/${programId}/analytics?questionnaire=${questionnaireId}`,
      { headers: { cookie } },
    )
    // Every response of the copy counted, its pending sums aggregated at start-up.
    expect(((await res.json()) as { total: number }).total).toBe(inCopy.size)
  }, 180_000)
})
