// Ingestion with a webhook subscribed vs without, on the same server in the same run: rounds of
// submissions with the program's webhook paused, then active, alternating. The receiver is an
// HTTP server in the benchmark process (so it shares the machine with the load generator, which
// only counts against the subscribed runs). After each subscribed run the benchmark waits until
// every response acknowledged in it has been delivered, and reports how long after its
// submission each event arrived.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { AdminApi } from './api'
import { runOnce, type IngestOptions } from './ingest'
import { median, percentile } from './stats'

export interface WebhookRun {
  round: number
  subscribed: boolean
  rps: number
  p50: number
  p99: number
  total: number
  failed: number
}

export interface WebhookFigure {
  runs: WebhookRun[]
  withoutRps: number
  withRps: number
  /** Median over rounds of subscribed rps / unsubscribed rps of the same round. */
  ratio: number
  p99Without: number
  p99With: number
  /** Responses acknowledged 201 in subscribed runs, and how many of them arrived signed. */
  acknowledged: number
  delivered: number
  /** ms from a response's submission to its event at the receiver. */
  latency: { p50: number; p95: number; max: number }
  /** s from the end of a subscribed run until its last event arrived (median over rounds). */
  drainSeconds: number
}

export async function measureWebhookIngest(
  options: IngestOptions & { api: AdminApi; programId: number },
): Promise<WebhookFigure> {
  const arrivals = new Map<string, number>() // receipt -> ms after its submission
  const receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      const event = JSON.parse(body) as { data: { receipt: string; submittedAt: string } }
      arrivals.set(event.data.receipt, Date.now() - Date.parse(event.data.submittedAt))
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  // A webhook exists only for the subscribed runs: created before, removed after each.
  const subscribe = () =>
    options.api.call<{ id: number }>('POST', `/api/programs/${options.programId}/webhooks`, {
      url,
      events: ['response.created'],
      allowPrivateNetwork: true,
    })
  const remove = (id: number) =>
    fetch(`${options.url}/api/webhooks/${id}`, {
      method: 'DELETE',
      headers: { cookie: options.api.cookie },
    })
  let hook: { id: number } | undefined
  const runs: WebhookRun[] = []
  const drains: number[] = []
  let acknowledged = 0
  try {
    for (let round = 1; round <= options.rounds; round++) {
      for (const subscribed of [false, true]) {
        if (subscribed) hook = await subscribe()
        const receipts = new Set<string>()
        const { result: r } = await runOnce(options, 'submission', options.seconds, receipts)
        const run = {
          round,
          subscribed,
          rps: r.requests.total / r.duration,
          p50: r.latency.p50,
          p99: r.latency.p99,
          total: r.requests.total,
          failed: r.non2xx + r.errors,
        }
        runs.push(run)
        options.log(
          `webhook round ${round} ${subscribed ? 'subscribed  ' : 'unsubscribed'} ${run.rps.toFixed(0)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms`,
        )
        if (!subscribed) continue
        acknowledged += receipts.size
        const ended = performance.now()
        const deadline = ended + 120_000
        while ([...receipts].some((x) => !arrivals.has(x)) && performance.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 50))
        drains.push((performance.now() - ended) / 1000)
        options.log(`  all events of the run delivered ${drains.at(-1)!.toFixed(1)} s after it`)
        await remove(hook!.id)
        hook = undefined
      }
    }
  } finally {
    if (hook) await remove(hook.id).catch(() => {})
    await new Promise((resolve) => receiver.close(resolve))
  }
  const of = (subscribed: boolean) => runs.filter((r) => r.subscribed === subscribed)
  const latencies = [...arrivals.values()].sort((a, b) => a - b)
  return {
    runs,
    withoutRps: median(of(false).map((r) => r.rps)),
    withRps: median(of(true).map((r) => r.rps)),
    ratio: median(of(true).map((r, i) => r.rps / of(false)[i]!.rps)),
    p99Without: median(of(false).map((r) => r.p99)),
    p99With: median(of(true).map((r) => r.p99)),
    acknowledged,
    delivered: arrivals.size,
    latency: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies.at(-1) ?? 0,
    },
    drainSeconds: median(drains),
  }
}

/** The report's section on it. */
export function webhookSection(w: WebhookFigure): string {
  const rows = w.runs.map(
    (r) =>
      `| ${r.round} | ${r.subscribed ? 'subscribed' : 'not subscribed'} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.total} | ${r.failed} |`,
  )
  return [
    '| round | webhook | req/s | p50 | p99 | requests | failed |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `With a webhook subscribed to response.created, ingestion ran at ${(w.ratio * 100).toFixed(0)}% of its rate without (median over rounds; ${w.withRps.toFixed(0)} vs ${w.withoutRps.toFixed(0)} req/s, p99 ${w.p99With} vs ${w.p99Without} ms). ${w.delivered} of ${w.acknowledged} responses acknowledged in the subscribed runs arrived signed at the receiver; an event arrived ${w.latency.p50.toFixed(0)} ms after its submission at the median (p95 ${w.latency.p95.toFixed(0)} ms, max ${w.latency.max.toFixed(0)} ms), and the last of a run ${w.drainSeconds.toFixed(1)} s after the run ended: the delivery thread runs at nice 10 and yields to ingestion while the cores are busy, then catches up.`,
  ].join('\n')
}
