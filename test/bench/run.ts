// `npm run bench`: builds the client, then measures ingestion against a bare echo route, the
// dashboard, the CSV exports (codes and labels) and the response workspace (table pages,
// exclusions) of one program at growing sizes, and the citizen form on a slow phone; prints each
// figure as it comes and writes BENCHMARKS.md (report.ts) at the repo root.
// BENCH_QUICK=1 runs small sizes and short durations for development; BENCH_KEEP=1 keeps the
// work folder (.tmp/bench-*) with its SQLite files.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { connectAdmin, publishSkmForm } from './api'
import { loadResponses, type BulkTarget } from './data'
import { measureDashboard } from './dashboard'
import { measureEvaluations } from './evaluations'
import { measureExport } from './export'
import { measureWorkspace } from './workspace'
import { measureForm } from './form'
import { checkCpuAccounting } from './cpu-time'
import { countStoredReceipts, measureIngest } from './ingest'
import { measurePostgres } from './postgres-leg'
import { printSummary, writeReport, type BenchResults, type ScaleResult } from './report'
import { ROOT, startBenchServer } from './server-process'
import { benchSettings } from './settings'

const settings = benchSettings()
const began = performance.now()
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s`
const log = (line: string) => console.log(`[bench ${elapsed()}] ${line}`)

mkdirSync(join(ROOT, '.tmp'), { recursive: true })
const work = mkdtempSync(join(ROOT, '.tmp', 'bench-'))
const clientDist = join(work, 'client')
const PROGRAM = 'Si Mantab'

/** Builds the client privately: other test runs rebuild dist/client under their servers. */
function build(): number {
  log(`vite build into ${clientDist}`)
  const started = performance.now()
  execFileSync('npx', ['vite', 'build', '--outDir', clientDist, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'pipe',
  })
  return (performance.now() - started) / 1000
}

/** Figures 1 and 4 on one server: the form first (idle server), then the submission load. */
async function ingestAndForm() {
  const databasePath = join(work, 'ingest.sqlite')
  const server = await startBenchServer({ databasePath, clientDist })
  try {
    const api = await connectAdmin(server.url)
    const form = await publishSkmForm(api, PROGRAM, ['Bench load'])
    const link = form.links[0]!
    log('figure 4: the citizen form on an emulated slow phone')
    const first = form.definition.sections[0]!.questions[0]!.code
    const formFigure = await measureForm(
      `${server.url}/s/${link.slug}`,
      first,
      settings.formLoads,
      log,
    )
    log(`figure 1: ingestion vs echo, ${settings.ingest.connections} connections`)
    const ingest = await measureIngest({
      url: server.url,
      serverPid: server.pid,
      slug: link.slug,
      definition: form.definition,
      ...settings.ingest,
      log,
    })
    await server.stop()
    const stored = countStoredReceipts(databasePath, link.id, ingest.receipts)
    log(`receipts: ${stored.stored} of ${stored.acknowledged} acknowledged found in the file`)
    return { ingest, stored, form: formFigure }
  } finally {
    await server.stop()
  }
}

/** Figures 2, 3 and 5 at each size: load up to it with the server stopped, then measure. */
async function scales(): Promise<ScaleResult[]> {
  const databasePath = join(work, 'dashboard.sqlite')
  let server = await startBenchServer({ databasePath, clientDist })
  let target: BulkTarget
  try {
    const api = await connectAdmin(server.url)
    const channels = ['WhatsApp', 'Loket pelayanan', 'Poster QR', 'Situs web']
    const form = await publishSkmForm(api, PROGRAM, channels)
    target = { databasePath, ...form, linkIds: form.links.map((l) => l.id) }
  } finally {
    await server.stop()
  }
  const results: ScaleResult[] = []
  let loaded = 0
  for (const [i, size] of settings.scales.entries()) {
    log(`loading ${size - loaded} responses (to ${size}) through storeResponsesWithAggregates`)
    const loadSeconds = loadResponses(target, size - loaded, 1000 + i, (n) => {
      if (n % 100_000 === 0) log(`  ${loaded + n} written`)
    })
    const loadedNow = size - loaded
    loaded = size
    log(`loaded in ${loadSeconds.toFixed(1)} s (${(loadedNow / loadSeconds).toFixed(0)}/s)`)
    server = await startBenchServer({ databasePath, clientDist })
    try {
      const api = await connectAdmin(server.url)
      log(`figure 2 at ${size}: dashboard reads, ${settings.dashboardRepeats} each`)
      const dashboard = await measureDashboard(
        server.url,
        api.cookie,
        target.programId,
        settings.dashboardFilter,
        settings.dashboardRepeats,
      )
      for (const d of dashboard)
        log(
          `  ${d.name} ${d.filtered ? 'filtered  ' : 'unfiltered'} p50 ${d.p50.toFixed(1)} ms  p95 ${d.p95.toFixed(1)} ms`,
        )
      log(`figure 2b at ${size}: evaluation, comparison and trajectory`)
      const evaluations = await measureEvaluations(
        server.url,
        api.cookie,
        target.programId,
        settings.dashboardRepeats,
      )
      for (const e of evaluations)
        log(`  ${e.name} p50 ${e.p50.toFixed(1)} ms  p95 ${e.p95.toFixed(1)} ms`)
      log(`figure 3 at ${size}: CSV export`)
      const exported = await measureExport(
        server.url,
        api.cookie,
        server.pid,
        target.questionnaireId,
      )
      log(
        `  ${exported.rows} rows in ${exported.seconds.toFixed(1)} s, peak RSS ${(exported.peakRss / 2 ** 20).toFixed(0)} MB`,
      )
      if (exported.rows !== size)
        throw new Error(`the export has ${exported.rows} rows, not ${size}`)
      // Before the workspace: its bulk exclusion leaves the writer thread's heap grown, which
      // the export's peak RSS would count.
      log(`figure 3 at ${size}: CSV export with labels`)
      const labelled = await measureExport(
        server.url,
        api.cookie,
        server.pid,
        target.questionnaireId,
        'labels=1',
      )
      log(
        `  ${labelled.rows} rows in ${labelled.seconds.toFixed(1)} s, peak RSS ${(labelled.peakRss / 2 ** 20).toFixed(0)} MB`,
      )
      if (labelled.rows !== size)
        throw new Error(`the labelled export has ${labelled.rows} rows, not ${size}`)
      log(`figure 5 at ${size}: the response workspace`)
      const workspace = await measureWorkspace(
        { baseUrl: server.url, cookie: api.cookie, serverPid: server.pid, ...target },
        size,
        settings.dashboardFilter,
        settings.dashboardRepeats,
      )
      const w = workspace
      log(
        `  table first p95 ${w.firstPage.p95.toFixed(1)} ms, deep p95 ${w.deepPage.p95.toFixed(1)} ms, filtered p95 ${w.filteredPage.p95.toFixed(1)} ms; exclusion p95 ${w.exclude.p95.toFixed(1)} ms (exact: ${w.exact}); bulk ${w.bulk.responses} in ${w.bulk.excludeSeconds.toFixed(1)} s, back in ${w.bulk.restoreSeconds.toFixed(1)} s (exact: ${w.bulk.exact})`,
      )
      const dbBytes = statSync(databasePath).size
      results.push({
        responses: size,
        loadSeconds,
        loadedNow,
        dbBytes,
        dashboard,
        evaluations,
        export: exported,
        labelledExport: labelled,
        workspace,
      })
    } finally {
      await server.stop()
    }
  }
  return results
}

function gitState() {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' })
  const changed = git('status', '--porcelain').split('\n').filter(Boolean)
  return {
    commit: git('rev-parse', '--short', 'HEAD').trim(),
    changed: changed.map((line) => line.slice(3)),
  }
}

try {
  log(settings.quick ? 'QUICK RUN (BENCH_QUICK=1): small sizes, not the figures' : 'full run')
  // What is measured, as the run starts: other engineers commit in this tree meanwhile.
  const [date, git, loadAverage] = [new Date(), gitState(), loadavg()]
  checkCpuAccounting()
  const buildSeconds = build()
  const first = await ingestAndForm()
  const scaleResults = await scales()
  log('figure 5: PostgreSQL')
  const postgres = await measurePostgres(settings, clientDist, log)
  if ('skipped' in postgres) log(`PostgreSQL leg skipped: ${postgres.skipped}`)
  const results: BenchResults = {
    settings,
    date,
    git,
    loadAverage,
    buildSeconds,
    ...first,
    scales: scaleResults,
    postgres,
    totalSeconds: (performance.now() - began) / 1000,
  }
  printSummary(results)
  const file = writeReport(results)
  log(`wrote ${file}`)
} finally {
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true })
}
