// Figure 1: public submissions against a bare Hono JSON echo route in the same server process.
// autocannon (as a library) with 50 connections runs echo, submission, echo, submission, ...;
// every request body carries a fresh idempotency key, and every receipt answered 201 is kept so
// that the SQLite file can be checked for it once the server has stopped.
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { newIdempotencyKey } from '../../client/form/storage/idempotency-key'
import type { Definition } from '../../server/domain/questionnaire'
import { cpus } from 'node:os'
import { generateAnswers, seededRandom } from './answers'
import { cpuCeiling, startCpuCount, type CpuPerRequest } from './cpu-time'
import { median } from './stats'

export interface IngestRun {
  kind: 'echo' | 'submission'
  round: number
  /** Mean requests per second over the run. */
  rps: number
  p50: number
  p99: number
  total: number
  non2xx: number
  errors: number
  timeouts: number
  /** CPU per request over the run, by thread (cpu-time.ts). */
  cpu: CpuPerRequest
}

export interface IngestFigure {
  runs: IngestRun[]
  echoRps: number
  submissionRps: number
  /** Median over rounds of submission rps / echo rps of the same round. */
  ratio: number
  /** Medians over rounds of the submission latency percentiles, ms. */
  p50: number
  p99: number
  echoP99: number
  /** Submissions answered with a non-2xx status or failed (timeouts, resets). */
  failed: number
  /** Receipts answered 201 during the measured runs (warm-up included). */
  receipts: Set<string>
  /** Medians over rounds of the CPU per request of each kind. */
  echoCpu: CpuPerRequest
  submissionCpu: CpuPerRequest
  cores: number
  /** Submissions per second the cores could carry at the measured costs (cpu-time.ts). */
  ceilingRps: number
  /**
   * CPU the server could spend per submission, main thread and writer together, for the ratio
   * target (0.75) to fit on the cores beside the load generator's share.
   */
  serverBudgetAtTarget: number
}

export interface IngestOptions {
  url: string
  /** The server's process id, for its threads' CPU time. */
  serverPid: number
  slug: string
  definition: Definition
  connections: number
  seconds: number
  rounds: number
  warmupSeconds: number
  log(line: string): void
}

/** Request bodies as the citizen form sends them: a pool of answer sets, a fresh key each (a
 * UUIDv7 made by the form's own function). */
function bodyMaker(definition: Definition) {
  const rnd = seededRandom(42)
  const pool = Array.from({ length: 256 }, () => JSON.stringify(generateAnswers(definition, rnd)))
  let next = 0
  return () =>
    `{"answers":${pool[next++ % pool.length]},"idempotencyKey":"${newIdempotencyKey()}","website":""}`
}

export async function runOnce(
  options: IngestOptions,
  kind: IngestRun['kind'],
  seconds: number,
  receipts: Set<string>,
) {
  const makeBody = bodyMaker(options.definition)
  const path = kind === 'echo' ? '/bench/echo' : `/api/public/forms/${options.slug}/responses`
  const cpu = startCpuCount(options.serverPid)
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: makeBody() }),
        // Both kinds parse their reply, so that the load generator does the same work for each.
        onResponse: (status, body) => {
          const reply = JSON.parse(body) as { receipt?: string }
          if (kind === 'submission' && status === 201) receipts.add(reply.receipt!)
        },
      },
    ],
  })
  return { result, cpu: cpu(result.requests.total) }
}

export async function measureIngest(options: IngestOptions): Promise<IngestFigure> {
  const receipts = new Set<string>()
  const runs: IngestRun[] = []
  if (options.warmupSeconds > 0) {
    options.log(`warm-up: ${options.warmupSeconds} s of each`)
    await runOnce(options, 'echo', options.warmupSeconds, receipts)
    await runOnce(options, 'submission', options.warmupSeconds, receipts)
  }
  for (let round = 1; round <= options.rounds; round++) {
    for (const kind of ['echo', 'submission'] as const) {
      const { result: r, cpu } = await runOnce(options, kind, options.seconds, receipts)
      const run: IngestRun = {
        kind,
        round,
        rps: r.requests.total / r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        total: r.requests.total,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
        cpu,
      }
      runs.push(run)
      options.log(
        `round ${round} ${kind.padEnd(10)} ${run.rps.toFixed(0)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  non-2xx ${run.non2xx}  errors ${run.errors}  CPU us/req: main ${cpu.main.toFixed(0)}, other ${cpu.busiestOther.toFixed(0)} + ${cpu.rest.toFixed(0)}, load generator ${cpu.loadGenerator.toFixed(0)}`,
      )
    }
  }
  const of = (kind: IngestRun['kind']) => runs.filter((r) => r.kind === kind)
  const echo = of('echo')
  const submission = of('submission')
  const cpuOf = (list: IngestRun[]): CpuPerRequest => ({
    main: median(list.map((r) => r.cpu.main)),
    busiestOther: median(list.map((r) => r.cpu.busiestOther)),
    rest: median(list.map((r) => r.cpu.rest)),
    loadGenerator: median(list.map((r) => r.cpu.loadGenerator)),
  })
  const echoRps = median(echo.map((r) => r.rps))
  const submissionCpu = cpuOf(submission)
  const cores = cpus().length
  return {
    runs,
    echoRps,
    submissionRps: median(submission.map((r) => r.rps)),
    ratio: median(submission.map((s, i) => s.rps / echo[i]!.rps)),
    p50: median(submission.map((r) => r.p50)),
    p99: median(submission.map((r) => r.p99)),
    echoP99: median(echo.map((r) => r.p99)),
    failed: submission.reduce((n, r) => n + r.non2xx + r.errors, 0),
    receipts,
    echoCpu: cpuOf(echo),
    submissionCpu,
    cores,
    ceilingRps: cpuCeiling(submissionCpu, cores),
    serverBudgetAtTarget: (cores * 1e6) / (0.75 * echoRps) - submissionCpu.loadGenerator,
  }
}

/** How many of `receipts` the file holds for the link, and how many rows the link has. */
export function countStoredReceipts(databasePath: string, linkId: number, receipts: Set<string>) {
  const db = new Database(databasePath, { readonly: true })
  try {
    const find = db.prepare('select 1 from responses where receipt = ? and link_id = ?')
    let stored = 0
    for (const receipt of receipts) if (find.get(receipt, linkId)) stored++
    const { n } = db
      .prepare('select count(*) as n from responses where link_id = ?')
      .get(linkId) as { n: number }
    return { acknowledged: receipts.size, stored, rowsOnLink: n }
  } finally {
    db.close()
  }
}
