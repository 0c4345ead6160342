// The PostgreSQL leg in BENCHMARKS.md: its checks against the same targets, and its section.
import type { PostgresResults } from './postgres-leg'
import type { Check } from './report'
import type { BenchSettings } from './settings'

const MB = 2 ** 20
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`
const n = (x: number) => x.toLocaleString('en-US')
const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')

export function postgresChecks(pg: PostgresResults | undefined): Check[] {
  if (!pg || 'skipped' in pg) return []
  const at = ` at ${n(pg.scale.responses)}`
  const dash = (name: string, filtered: boolean, limit: number): Check => {
    const d = pg.scale.dashboard.find((x) => x.name === name && x.filtered === filtered)!
    return {
      figure: `PostgreSQL dashboard: ${name} ${filtered ? 'filtered' : 'unfiltered'}, p95 (p50)${at}`,
      measured: `${ms(d.p95)} (${ms(d.p50)})`,
      target: `< ${limit} ms`,
      met: d.p95 < limit,
    }
  }
  const [one, two] = pg.ingest
  return [
    dash('analytics', false, 50),
    dash('score', false, 50),
    dash('analytics', true, 500),
    dash('score', true, 500),
    {
      figure: `PostgreSQL export: CSV wall time${at}`,
      measured: `${pg.scale.export.seconds.toFixed(1)} s`,
      target: '< 15 s',
      met: pg.scale.export.seconds < 15,
    },
    {
      figure: `PostgreSQL export: server peak RSS${at}`,
      measured: `${(pg.scale.export.peakRss / MB).toFixed(0)} MB`,
      target: '< 256 MB',
      met: pg.scale.export.peakRss < 256 * MB,
    },
    {
      figure: 'PostgreSQL ingestion, one and two instances: submissions / echo (reported)',
      measured: `${one!.ratio.toFixed(2)} and ${two!.ratio.toFixed(2)}`,
      target: 'reported',
      met: true,
    },
    {
      figure: 'PostgreSQL ingestion: acknowledged receipts found in the database',
      measured: `${n(pg.stored.stored)} of ${n(pg.stored.acknowledged)}`,
      target: 'all',
      met: pg.stored.stored === pg.stored.acknowledged,
    },
  ]
}

export function postgresSection(pg: PostgresResults | undefined, s: BenchSettings): string {
  if (!pg) return ''
  if ('skipped' in pg) return `## 5. PostgreSQL\n\nNot measured in this run: ${pg.skipped}.\n`
  const rows = pg.ingest.flatMap((i) =>
    i.runs.map((r) => [
      String(i.instances),
      String(r.round),
      r.kind,
      n(Math.round(r.rps)),
      ms(r.p50),
      ms(r.p99),
      n(r.failed),
      `${n(Math.round(r.appUs))} / ${n(Math.round(r.databaseUs))}`,
    ]),
  )
  const summary = pg.ingest
    .map(
      (i) =>
        `${i.instances === 1 ? 'one instance' : 'two instances'}: ${n(Math.round(i.submissionRps))} submissions/s against ${n(Math.round(i.echoRps))} echoes/s (ratio ${i.ratio.toFixed(2)}), p99 ${ms(i.p99)} (p50 ${ms(i.p50)}), ${n(Math.round(i.appUs))} us of app CPU and ${n(Math.round(i.databaseUs))} us of database CPU per submission`,
    )
    .join('; ')
  const d = (name: string, filtered: boolean) => {
    const x = pg.scale.dashboard.find((e) => e.name === name && e.filtered === filtered)!
    return `${ms(x.p50)} / ${ms(x.p95)}`
  }
  const e = pg.scale.export
  return `## 5. PostgreSQL

The same server (test/bench/bench-server.ts) on PostgreSQL 15 on this machine (BENCH_DATABASE_URL, a schema of its own, dropped afterwards): the ingestion runs of figure 1 (${s.ingest.connections} connections, ${s.ingest.rounds} rounds of ${s.ingest.seconds} s after ${s.ingest.warmupSeconds} s of warm-up), first against one app instance, then against two instances on the one database with the connections split between them (their echo routes likewise), and the dashboard and CSV export of figures 2 and 3 at ${n(pg.scale.responses)} responses, bulk-loaded through the PostgreSQL store's own batch path (test/bench/postgres-data.ts). The database server runs on the same two cores as the app and the load generator; its CPU is read from every local \`postgres\` process.

${table(['instances', 'round', 'route', 'req/s', 'p50', 'p99', 'failed', 'CPU us/request: app / database'], rows)}

Ingestion, medians over rounds: ${summary}. Receipts: ${n(pg.stored.stored)} of ${n(pg.stored.acknowledged)} acknowledged found in the database.

| responses | analytics p50 / p95 | score p50 / p95 | analytics filtered | score filtered | CSV export | export peak RSS (before) | bulk load |
| --- | --- | --- | --- | --- | --- | --- | --- |
| ${n(pg.scale.responses)} | ${d('analytics', false)} | ${d('score', false)} | ${d('analytics', true)} | ${d('score', true)} | ${e.seconds.toFixed(2)} s | ${(e.peakRss / MB).toFixed(0)} MB (${(e.rssBefore / MB).toFixed(0)} MB) | ${pg.scale.loadSeconds.toFixed(0)} s |
`
}
