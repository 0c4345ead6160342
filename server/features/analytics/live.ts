// Live dashboard updates over server-sent events: poll the program's summary (two indexed reads
// on the aggregates) every two seconds, send it when the count changes, and a comment line now
// and then so proxies keep the connection open. Ends as soon as the client goes away.
import { setTimeout as wait } from 'node:timers/promises'
import type { SSEStreamingApi } from 'hono/streaming'

export interface Summary {
  total: number
  lastResponseAt: string | null
}

export interface LiveOptions {
  pollMs?: number
  heartbeatMs?: number
}

/** Sends `{ total, lastResponseAt }` as `summary` events when `total` changes, until aborted. */
export async function streamSummary(
  stream: SSEStreamingApi,
  read: () => Promise<Summary>,
  { pollMs = 2000, heartbeatMs = 15_000 }: LiveOptions = {},
): Promise<void> {
  const stop = new AbortController()
  stream.onAbort(() => stop.abort())
  let sent: number | undefined
  let quiet = 0
  while (!stop.signal.aborted) {
    const summary = await read()
    if (summary.total !== sent) {
      await stream.writeSSE({ event: 'summary', data: JSON.stringify(summary), retry: 5000 })
      sent = summary.total
      quiet = 0
    } else if ((quiet += pollMs) >= heartbeatMs) {
      await stream.write(': heartbeat\n\n')
      quiet = 0
    }
    try {
      await wait(pollMs, undefined, { signal: stop.signal })
    } catch {
      break
    }
  }
}
