// The benchmark's output: a summary table on the console and BENCHMARKS.md at the repo root
// (a quick run writes .tmp/BENCHMARKS-quick.md instead, so it never replaces the real figures).
// Everything below the header is generated from the measured results.
import { writeFileSync } from 'node:fs'
import { cpus, loadavg, release, totalmem } from 'node:os'
import { join } from 'node:path'
import type { EndpointFigure } from './dashboard'
import type { ExportFigure } from './export'
import { SLOW_PHONE, type FormFigure } from './form'
import type { CpuPerRequest } from './cpu-time'
import type { IngestFigure } from './ingest'
import type { PostgresResults } from './postgres-leg'
import { postgresChecks, postgresSection } from './postgres-report'
import { FIXES, limitNotes, METHODS } from './report-text'
import type { WorkspaceFigure } from './workspace'
import { ROOT } from './server-process'
import type { BenchSettings } from './settings'

export interface ScaleResult {
  responses: number
  loadSeconds: number
  loadedNow: number
  dbBytes: number
  dashboard: EndpointFigure[]
  /** The evaluator's reads of the program's region: evaluation, comparison, trajectory. */
  evaluations: EndpointFigure[]
  export: ExportFigure
  /** The same export with option labels instead of codes (`labels=1`). */
  labelledExport: ExportFigure
  workspace: WorkspaceFigure
}

export interface BenchResults {
  settings: BenchSettings
  date: Date
  git: { commit: string; changed: string[] }
  loadAverage: number[]
  buildSeconds: number
  ingest: IngestFigure
  stored: { acknowledged: number; stored: number; rowsOnLink: number }
  form: FormFigure
  scales: ScaleResult[]
  /** The PostgreSQL leg (postgres-leg.ts), when it ran. */
  postgres?: PostgresResults
  totalSeconds: number
}

export interface Check {
  figure: string
  measured: string
  target: string
  met: boolean
}

const MB = 2 ** 20
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`
const n = (x: number) => x.toLocaleString('en-US')
const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')

/** The figures against DESIGN.md section 7, at the largest size measured. */
export function checks(r: BenchResults): Check[] {
  const { ingest, stored, form } = r
  const top = r.scales.at(-1)!
  const at = ` at ${n(top.responses)}`
  const endpoint = (name: string, filtered: boolean) =>
    top.dashboard.find((d) => d.name === name && d.filtered === filtered)!
  const dash = (name: string, filtered: boolean, limit: number): Check => {
    const d = endpoint(name, filtered)
    return {
      figure: `Dashboard: ${name} ${filtered ? 'filtered' : 'unfiltered'}, p95 (p50)${at}`,
      measured: `${ms(d.p95)} (${ms(d.p50)})`,
      target: `< ${limit} ms`,
      met: d.p95 < limit,
    }
  }
  return [
    {
      figure: 'Ingestion: submissions / echo req/s (median of rounds)',
      measured: `${ingest.ratio.toFixed(2)} (${n(Math.round(ingest.submissionRps))} vs ${n(Math.round(ingest.echoRps))} req/s)`,
      target: '>= 0.75',
      met: ingest.ratio >= 0.75,
    },
    {
      figure: `Ingestion: submission p99 (p50), ${r.settings.ingest.connections} connections`,
      measured: `${ms(ingest.p99)} (${ms(ingest.p50)})`,
      target: '< 25 ms',
      met: ingest.p99 < 25,
    },
    {
      figure: 'Ingestion: acknowledged receipts found in the SQLite file',
      measured: `${n(stored.stored)} of ${n(stored.acknowledged)}; non-2xx or errors ${n(ingest.failed)}`,
      target: 'all',
      met: stored.stored === stored.acknowledged && ingest.failed === 0,
    },
    dash('analytics', false, 50),
    dash('score', false, 50),
    dash('analytics', true, 500),
    dash('score', true, 500),
    {
      figure: `Export: CSV wall time${at}`,
      measured: `${top.export.seconds.toFixed(1)} s`,
      target: '< 15 s',
      met: top.export.seconds < 15,
    },
    {
      figure: `Export: server peak RSS${at}`,
      measured: `${(top.export.peakRss / MB).toFixed(0)} MB`,
      target: '< 256 MB',
      met: top.export.peakRss < 256 * MB,
    },
    {
      figure: `Export: labelled CSV wall time${at}`,
      measured: `${top.labelledExport.seconds.toFixed(1)} s`,
      target: '< 15 s',
      met: top.labelledExport.seconds < 15,
    },
    {
      figure: `Export: labelled CSV server peak RSS${at}`,
      measured: `${(top.labelledExport.peakRss / MB).toFixed(0)} MB`,
      target: '< 256 MB',
      met: top.labelledExport.peakRss < 256 * MB,
    },
    ...workspaceChecks(top, at),
    {
      figure: 'Public form: JS + CSS gzip',
      measured: `${(form.assetGzipBytes / 1024).toFixed(1)} KB`,
      target: '<= 30 KB',
      met: form.assetGzipBytes <= 30 * 1024,
    },
    {
      figure: `Public form: usable on a slow phone (median of ${form.usableMs.length})`,
      measured: `${(form.medianUsableMs / 1000).toFixed(2)} s`,
      target: '< 2.5 s',
      met: form.medianUsableMs < 2500,
    },
  ]
}

function workspaceChecks(top: ScaleResult, at: string): Check[] {
  const w = top.workspace
  const page = (name: string, t: { p50: number; p95: number }): Check => ({
    figure: `Response table: ${name}, p95 (p50)${at}`,
    measured: `${ms(t.p95)} (${ms(t.p50)})`,
    target: '< 50 ms',
    met: t.p95 < 50,
  })
  return [
    page('first page', w.firstPage),
    page(`deep page (after the ${n(w.deepPage.offset)}th newest)`, w.deepPage),
    page('first page filtered', w.filteredPage),
    {
      figure: `Exclusion: one response through the API, p95 (p50)${at}`,
      measured: `${ms(w.exclude.p95)} (${ms(w.exclude.p50)}); aggregates ${w.exact ? 'exact' : 'NOT EXACT'}`,
      target: '< 50 ms, exact',
      met: w.exclude.p95 < 50 && w.exact,
    },
    {
      figure: `Exclusion at once: ${n(w.bulk.responses)} responses (one link)${at}`,
      measured: `${w.bulk.excludeSeconds.toFixed(1)} s; aggregates ${w.bulk.exact ? 'exact' : 'NOT EXACT'}`,
      target: '< 30 s, exact',
      met: w.bulk.excludeSeconds < 30 && w.bulk.exact,
    },
  ]
}

function checkTable(r: BenchResults) {
  const rows = [...checks(r), ...postgresChecks(r.postgres)].map((c) => [
    c.figure,
    c.measured,
    c.target,
    c.met ? 'met' : 'MISSED',
  ])
  return table(['figure', 'measured', 'target', ''], rows)
}

export function printSummary(r: BenchResults): void {
  const label = r.settings.quick ? ' (QUICK RUN: small sizes, not the figures)' : ''
  console.log(`\nResults${label}\n\n${checkTable(r)}\n\n${scaleTable(r)}\n\n${workspaceTable(r)}\n`)
}

function scaleTable(r: BenchResults) {
  const cell = (s: ScaleResult, name: string, filtered: boolean) => {
    const d = s.dashboard.find((x) => x.name === name && x.filtered === filtered)!
    return `${ms(d.p50)} / ${ms(d.p95)}`
  }
  const rows = r.scales.map((s) => [
    n(s.responses),
    cell(s, 'analytics', false),
    cell(s, 'score', false),
    cell(s, 'analytics', true),
    cell(s, 'score', true),
    n(s.dashboard.find((d) => d.filtered)!.counted),
    `${s.export.seconds.toFixed(2)} s`,
    `${(s.export.peakRss / MB).toFixed(0)} MB (${(s.export.rssBefore / MB).toFixed(0)} MB)`,
    `${(s.export.bytes / MB).toFixed(0)} MB`,
    `${(s.dbBytes / MB).toFixed(0)} MB`,
    `${s.loadSeconds.toFixed(0)} s (${n(Math.round(s.loadedNow / s.loadSeconds))}/s)`,
  ])
  const head = [
    'responses',
    'analytics p50 / p95',
    'score p50 / p95',
    'analytics filtered',
    'score filtered',
    'filter matches',
    'CSV export',
    'export peak RSS (before)',
    'CSV size',
    'SQLite file',
    'bulk load of the step',
  ]
  return table(head, rows)
}

function evaluationTable(r: BenchResults) {
  const cell = (s: ScaleResult, name: string) => {
    const e = s.evaluations?.find((x) => x.name === name)
    return e ? `${ms(e.p50)} / ${ms(e.p95)}` : '-'
  }
  const rows = r.scales.map((s) => [
    n(s.responses),
    cell(s, 'evaluation'),
    cell(s, 'comparison'),
    cell(s, 'trajectory'),
  ])
  return table(['responses', 'evaluation p50 / p95', 'comparison', 'trajectory'], rows)
}

function workspaceTable(r: BenchResults) {
  const t = (x: { p50: number; p95: number }) => `${ms(x.p50)} / ${ms(x.p95)}`
  const rows = r.scales.map((s) => {
    const w = s.workspace
    const e = s.labelledExport
    return [
      n(s.responses),
      t(w.firstPage),
      t(w.deepPage),
      `${t(w.filteredPage)} (${n(w.filteredPage.rows)} rows)`,
      `${t(w.exclude)}${w.exact ? '' : ' NOT EXACT'}`,
      t(w.restore),
      `${n(w.bulk.responses)}: ${w.bulk.excludeSeconds.toFixed(2)} s / ${w.bulk.restoreSeconds.toFixed(2)} s${w.bulk.exact ? '' : ' NOT EXACT'}, ${(w.bulk.peakRss / MB).toFixed(0)} MB (${(w.bulk.rssBefore / MB).toFixed(0)} MB)`,
      `${e.seconds.toFixed(2)} s, ${(e.peakRss / MB).toFixed(0)} MB (${(e.bytes / MB).toFixed(0)} MB file)`,
    ]
  })
  const head = [
    'responses',
    'table first page',
    'deep page (middle)',
    'filtered first page',
    'exclude one',
    'restore one',
    'one link out / back in, peak RSS (before)',
    'labelled CSV export, peak RSS',
  ]
  return table(head, rows)
}

/** The dirty-tree note: how many paths differ from the commit, the first few named. */
function dirty(changed: string[]) {
  if (changed.length === 0) return ''
  const named = changed.slice(0, 5).map((p) => `\`${p}\``)
  const more = changed.length > 5 ? `, and ${changed.length - 5} more` : ''
  return ` (working tree dirty, ${changed.length} paths changed or untracked: ${named.join(', ')}${more})`
}

function machine(r: BenchResults) {
  const cpu = cpus()
  return [
    `- Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB memory, Linux ${release()}, Node ${process.version}`,
    `- Load average when the run started: ${r.loadAverage.map((x) => x.toFixed(2)).join(', ')} (the machine is shared; now ${loadavg()[0]!.toFixed(2)})`,
    `- Date: ${r.date.toISOString()}; whole run ${(r.totalSeconds / 60).toFixed(1)} min`,
    `- Commit: ${r.git.commit}${dirty(r.git.changed)}`,
  ].join('\n')
}

function ingestSection(r: BenchResults) {
  const us = (x: number) => n(Math.round(x))
  const rows = r.ingest.runs.map((x) => [
    String(x.round),
    x.kind,
    n(Math.round(x.rps)),
    ms(x.p50),
    ms(x.p99),
    n(x.total),
    n(x.non2xx),
    n(x.errors),
    `${us(x.cpu.main)} / ${us(x.cpu.busiestOther)} / ${us(x.cpu.rest)} / ${us(x.cpu.loadGenerator)}`,
  ])
  const head = ['round', 'route', 'req/s', 'p50', 'p99', 'requests', 'non-2xx', 'errors']
  head.push('CPU us/request: main / busiest other thread / rest / load generator')
  const s = r.stored
  const { echoCpu: e, submissionCpu: c, cores } = r.ingest
  const server = (x: CpuPerRequest) => x.main + x.busiestOther + x.rest
  const cpu = [
    `CPU per request (the kernel's user + system time of each server thread and of the benchmark process over each run, divided by its requests; medians over rounds): an echo costs the server ${us(server(e))} us (main thread ${us(e.main)}) and the load generator ${us(e.loadGenerator)} us; a submission costs the server ${us(server(c))} us (main thread ${us(c.main)}, the writer thread ${us(c.busiestOther)}, the rest ${us(c.rest)}) and the load generator ${us(c.loadGenerator)} us.`,
    `At these costs ${cores} cores carry at most ${n(Math.round(r.ingest.ceilingRps))} submissions/s (all cores busy, the main thread at most one), a ratio of ${(r.ingest.ceilingRps / r.ingest.echoRps).toFixed(2)} against this run's echo; for 0.75 the server could spend ${us(r.ingest.serverBudgetAtTarget)} us per submission beside the load generator's share (the echo's server cost is ${us(server(e))} us).`,
  ].join(' ')
  return `${table(head, rows)}\n\n${cpu}\n\nReceipts: ${n(s.acknowledged)} answered 201 (warm-up included), ${n(s.stored)} of them found in the file after the server stopped; the link holds ${n(s.rowsOnLink)} rows (the others were in flight when a run ended: stored, their replies not read).`
}

function formSection(r: BenchResults) {
  const f = r.form
  const assets = f.assets.map((a) => `\`${a.path}\` ${(a.gzipBytes / 1024).toFixed(1)} KB`)
  return [
    `- JS and CSS the page loads, gzip -9: ${(f.assetGzipBytes / 1024).toFixed(1)} KB (${assets.join(', ')}); the HTML page with the inlined form: ${(f.htmlGzipBytes / 1024).toFixed(1)} KB gzip; Chromium received ${(f.transferredAssetBytes / 1024).toFixed(1)} KB for scripts and style sheets (median, headers included).`,
    `- Usable after (ms, each fresh context): ${f.usableMs.map((x) => x.toFixed(0)).join(', ')}; median ${f.medianUsableMs.toFixed(0)} ms.`,
    `- Emulation: ${(SLOW_PHONE.downloadThroughput * 8) / 1000} kbit/s down and up, ${SLOW_PHONE.latency} ms latency, CPU ${SLOW_PHONE.cpuSlowdown}x slower, 360 x 740 viewport.`,
  ].join('\n')
}

export function renderReport(r: BenchResults): string {
  const quick = r.settings.quick
    ? '\n> **QUICK RUN** (BENCH_QUICK=1): small sizes and short durations, not the figures.\n'
    : ''
  const missed = limitNotes(checks(r).filter((c) => !c.met))
  return `# Benchmarks

Generated by \`npm run bench\` (test/bench/run.ts); do not edit by hand.
${quick}
${machine(r)}

## Summary against DESIGN.md section 7

${checkTable(r)}
${missed ? `\n## What limits the missed targets\n\n${missed}\n` : ''}
## Fixed while measuring

${FIXES.map((f) => `- ${f}`).join('\n')}

## 1. Ingestion

${METHODS.ingest(r.settings)}

${ingestSection(r)}

## 2 and 3. Dashboard and export as the program grows

${METHODS.scales(r.settings)}

${scaleTable(r)}

Dashboard cells are p50 / p95 over ${r.settings.dashboardRepeats} requests each. "filter matches" is how many responses the filtered analytics counted.

${evaluationTable(r)}

The evaluator's reads of the program's region at each size, p50 / p95 over ${r.settings.dashboardRepeats} requests each: its 2024 evaluation (every program's score), the comparison of 2024 (every region's evaluation, ranked) and the region's trajectory (the comparison of each of its years). No target: recorded so that a regression shows.

## 4. Public form

${METHODS.form(r.settings)}

${formSection(r)}

Client build (\`vite build\`): ${r.buildSeconds.toFixed(0)} s.

${postgresSection(r.postgres, r.settings)}
## 6. Response workspace as the program grows

${METHODS.workspace(r.settings)}

${workspaceTable(r)}

Table and exclusion cells are p50 / p95 over ${r.settings.dashboardRepeats} requests each; the bulk cell is how many responses the quietest link holds, the seconds to exclude them, then to restore them, and the server process's peak RSS over both (VmHWM reset before, and VmRSS sampled every 50 ms; the writer thread that corrects the sums is in that process). The labelled export is the CSV of section 2 and 3 with \`labels=1\`. Exact: after every exclusion and restoration the questionnaire's analytics total and score n moved by exactly the responses changed and came back.

`
}

/** Writes the report; answers its path. */
export function writeReport(r: BenchResults): string {
  const file = r.settings.quick
    ? join(ROOT, '.tmp', 'BENCHMARKS-quick.md')
    : join(ROOT, 'BENCHMARKS.md')
  writeFileSync(file, renderReport(r))
  return file
}
