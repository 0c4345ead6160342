// The PostgreSQL leg of `npm run bench` (when BENCH_DATABASE_URL, or TEST_DATABASE_URL, names a
// database the bench may create schemas in): the same ingestion against the echo route with one
// app instance and with two instances on one database (the load split between them), then the
// dashboard and the CSV export of one program at the largest size, against the same targets as
// SQLite. The database server's CPU (every local `postgres` process) is counted beside the app's.
import pg from 'pg'
import { connectAdmin, publishSkmForm } from './api'
import { postgresCpuSeconds, type CpuPerRequest } from './cpu-time'
import { measureDashboard, type EndpointFigure } from './dashboard'
import { measureExport, type ExportFigure } from './export'
import { runOnce, type IngestOptions } from './ingest'
import { loadResponsesPostgres } from './postgres-data'
import { startBenchServer, type BenchServer } from './server-process'
import type { BenchSettings } from './settings'
import { median } from './stats'

export interface PgRun {
  kind: 'echo' | 'submission'
  round: number
  rps: number
  p50: number
  p99: number
  failed: number
  /** App CPU per request, summed over the instances (main thread + other threads). */
  appUs: number
  /** The database server's CPU per request. */
  databaseUs: number
}

export interface PgIngest {
  instances: 1 | 2
  runs: PgRun[]
  ratio: number
  submissionRps: number
  echoRps: number
  p99: number
  p50: number
  appUs: number
  databaseUs: number
}

export interface PgScale {
  responses: number
  loadSeconds: number
  dashboard: EndpointFigure[]
  export: ExportFigure
}

export type PostgresResults =
  | { skipped: string }
  | { ingest: PgIngest[]; scale: PgScale; stored: { acknowledged: number; stored: number } }

async function withClient<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

const appUs = (c: CpuPerRequest) => c.main + c.busiestOther + c.rest

/** One round of a kind on every server at once, the connections shared between them. */
async function runTogether(
  servers: BenchServer[],
  base: Omit<IngestOptions, 'url' | 'serverPid'>,
  kind: 'echo' | 'submission',
  seconds: number,
  receipts: Set<string>,
) {
  const db0 = postgresCpuSeconds()
  const results = await Promise.all(
    servers.map((s) =>
      runOnce(
        { ...base, url: s.url, serverPid: s.pid, connections: base.connections / servers.length },
        kind,
        seconds,
        receipts,
      ),
    ),
  )
  const db = postgresCpuSeconds() - db0
  const total = results.reduce((n, r) => n + r.result.requests.total, 0)
  const duration = results[0]!.result.duration
  return {
    rps: total / duration,
    p50: Math.max(...results.map((r) => r.result.latency.p50)),
    p99: Math.max(...results.map((r) => r.result.latency.p99)),
    failed: results.reduce((n, r) => n + r.result.non2xx + r.result.errors, 0),
    // Each server's CPU per its own requests, weighted back to all requests.
    appUs: results.reduce((sum, r) => sum + (appUs(r.cpu) * r.result.requests.total) / total, 0),
    databaseUs: total > 0 ? (db * 1e6) / total : 0,
  }
}

async function ingestion(
  servers: BenchServer[],
  base: Omit<IngestOptions, 'url' | 'serverPid'>,
  settings: BenchSettings,
  receipts: Set<string>,
  log: (line: string) => void,
): Promise<PgIngest> {
  const runs: PgRun[] = []
  await runTogether(servers, base, 'echo', settings.ingest.warmupSeconds, receipts)
  await runTogether(servers, base, 'submission', settings.ingest.warmupSeconds, receipts)
  for (let round = 1; round <= settings.ingest.rounds; round++) {
    for (const kind of ['echo', 'submission'] as const) {
      const r = await runTogether(servers, base, kind, settings.ingest.seconds, receipts)
      runs.push({ kind, round, ...r })
      log(
        `  ${servers.length} instance(s) round ${round} ${kind.padEnd(10)} ${r.rps.toFixed(0)} req/s  p99 ${r.p99} ms  app ${r.appUs.toFixed(0)} us/req  database ${r.databaseUs.toFixed(0)} us/req`,
      )
    }
  }
  const echo = runs.filter((r) => r.kind === 'echo')
  const sub = runs.filter((r) => r.kind === 'submission')
  return {
    instances: servers.length as 1 | 2,
    runs,
    ratio: median(sub.map((s, i) => s.rps / echo[i]!.rps)),
    submissionRps: median(sub.map((r) => r.rps)),
    echoRps: median(echo.map((r) => r.rps)),
    p99: median(sub.map((r) => r.p99)),
    p50: median(sub.map((r) => r.p50)),
    appUs: median(sub.map((r) => r.appUs)),
    databaseUs: median(sub.map((r) => r.databaseUs)),
  }
}

export async function measurePostgres(
  settings: BenchSettings,
  clientDist: string,
  log: (line: string) => void,
): Promise<PostgresResults> {
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL
  if (!url) return { skipped: 'no BENCH_DATABASE_URL (or TEST_DATABASE_URL) was given' }
  const schema = `bench_${Date.now()}`
  try {
    await withClient(url, (c) => c.query(`create schema ${schema}`))
  } catch (error) {
    return {
      skipped: `PostgreSQL at BENCH_DATABASE_URL did not answer: ${(error as Error).message}`,
    }
  }
  const env = { DATABASE_URL: url, DATABASE_SCHEMA: schema }
  const start = () => startBenchServer({ databasePath: '', clientDist, env })
  const servers: BenchServer[] = []
  try {
    servers.push(await start())
    const api = await connectAdmin(servers[0]!.url)
    const form = await publishSkmForm(api, 'Si Mantab', ['Bench load'])
    const link = form.links[0]!
    const base = {
      slug: link.slug,
      definition: form.definition,
      connections: settings.ingest.connections,
      seconds: settings.ingest.seconds,
      rounds: settings.ingest.rounds,
      warmupSeconds: settings.ingest.warmupSeconds,
      log,
    }
    const receipts = new Set<string>()
    log('PostgreSQL: ingestion, one instance')
    const one = await ingestion(servers, base, settings, receipts, log)
    servers.push(await start())
    log('PostgreSQL: ingestion, two instances on one database')
    const two = await ingestion(servers, base, settings, receipts, log)
    for (const s of servers.splice(0)) await s.stop()
    const stored = await withClient(url, async (c) => {
      const { rows } = await c.query(`select receipt from ${schema}.responses where link_id = $1`, [
        link.id,
      ])
      const inDb = new Set(rows.map((r: { receipt: string }) => r.receipt))
      return {
        acknowledged: receipts.size,
        stored: [...receipts].filter((r) => inDb.has(r)).length,
      }
    })
    log(`PostgreSQL: receipts ${stored.stored} of ${stored.acknowledged} found`)

    const size = settings.scales.at(-1)!
    servers.push(await start())
    const api2 = await connectAdmin(servers[0]!.url)
    const channels = ['WhatsApp', 'Loket pelayanan', 'Poster QR', 'Situs web']
    const target = await publishSkmForm(api2, 'Si Mantab', channels)
    for (const s of servers.splice(0)) await s.stop()
    log(`PostgreSQL: loading ${size} responses`)
    const loadSeconds = await loadResponsesPostgres(
      url,
      schema,
      { ...target, linkIds: target.links.map((l) => l.id) },
      size,
      2024,
      (n) => n % 100_000 === 0 && log(`  ${n} written`),
    )
    await withClient(url, (c) => c.query(`analyze`))
    servers.push(await start())
    const server = servers[0]!
    const admin = await connectAdmin(server.url)
    log(`PostgreSQL: dashboard reads at ${size}`)
    const dashboard = await measureDashboard(
      server.url,
      admin.cookie,
      target.programId,
      settings.dashboardFilter,
      settings.dashboardRepeats,
    )
    log(`PostgreSQL: CSV export at ${size}`)
    const exported = await measureExport(
      server.url,
      admin.cookie,
      server.pid,
      target.questionnaireId,
    )
    return {
      ingest: [one, two],
      scale: { responses: size, loadSeconds, dashboard, export: exported },
      stored,
    }
  } finally {
    for (const s of servers) await s.stop()
    await withClient(url, (c) => c.query(`drop schema ${schema} cascade`)).catch(() => {})
  }
}
