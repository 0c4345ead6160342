// `npm run backup -- FILE`: a consistent copy of the live SQLite database (DATABASE_PATH) while the
// server keeps taking submissions, through SQLite's online backup API (better-sqlite3's
// `backup()`: pages are copied in steps, and pages changed meanwhile are copied again), then
// checked with `pragma integrity_check`. Restore: stop the server, put the copy at DATABASE_PATH
// (delete that file's -wal and -shm files), start it: start-up aggregates whatever the copy lists
// as pending. PostgreSQL deployments back up with pg_dump instead (README, Deployment).
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import SQLite from 'better-sqlite3'
import { loadConfig } from './config'

const target = process.argv[2]
if (!target || target.startsWith('-')) {
  console.error('Usage: npm run backup -- FILE   (a consistent copy of DATABASE_PATH, taken live)')
  process.exit(2)
}
const config = loadConfig()
if (config.databaseUrl) {
  console.error('DATABASE_URL is set: back PostgreSQL up with pg_dump (see the README).')
  process.exit(2)
}
if (!existsSync(config.databasePath)) {
  console.error(`No database at ${config.databasePath}.`)
  process.exit(1)
}
const file = resolve(target)
if (existsSync(file)) {
  console.error(`${file} exists already: choose a new file.`)
  process.exit(1)
}

const source = new SQLite(config.databasePath, { fileMustExist: true })
source.pragma('busy_timeout = 5000')
const started = performance.now()
await source.backup(file, {
  progress: ({ totalPages, remainingPages }) => {
    const done = totalPages - remainingPages
    if (done % 5000 < 200) process.stdout.write(`\r${done} of ${totalPages} pages`)
    return 200
  },
})
source.close()

const copy = new SQLite(file, { readonly: true })
const check = copy.pragma('integrity_check', { simple: true })
const responses = copy.prepare('select count(*) from responses').pluck().get() as number
copy.close()
if (check !== 'ok') {
  console.error(`\nThe copy does not pass integrity_check: ${String(check)}`)
  process.exit(1)
}
const mb = (statSync(file).size / 2 ** 20).toFixed(1)
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `\nBackup written: ${file} (${mb} MB, ${responses} responses, ${seconds} s; integrity ok)`,
)
