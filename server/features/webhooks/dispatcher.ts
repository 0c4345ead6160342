// Starts and stops the webhook delivery thread (delivery-thread.ts). Nothing on the request path
// calls it per submission: the thread finds new responses itself. It runs while any webhook
// exists (started at boot, or when the first one is created) and is woken when a change records
// an event, so that its deliveries go out at once rather than at the next poll.
import { Worker } from 'node:worker_threads'

export interface WebhookDispatcher {
  /** Starts the thread if it is not running. */
  start(): void
  /** Starts the thread and asks it to look for work now. */
  wake(): void
  /**
   * Tells a running thread that responses were stored, once per turn of the event loop however
   * many were: response.created then goes out at once instead of at the next poll.
   */
  nudge(): void
  /** Lets the attempts under way finish and ends the thread. */
  close(): Promise<void>
}

const WORKER = new URL('./delivery-thread.mjs', import.meta.url)

/** Where the delivery thread connects: the SQLite file, or PostgreSQL (and its schema). */
export interface DeliveryDatabase {
  path: string
  url?: string
  schema?: string
}

export function createWebhookDispatcher(
  options: DeliveryDatabase & { pollMs?: number },
): WebhookDispatcher {
  let worker: Worker | null = null
  let closed = false
  let nudged = false

  function start(): Worker | null {
    if (closed) return null
    if (!worker) {
      const thread = new Worker(WORKER, {
        workerData: {
          database: { path: options.path, url: options.url, schema: options.schema },
          pollMs: options.pollMs ?? 250,
        },
        execArgv: [],
      })
      thread.unref()
      thread.on('error', (error) => console.error('[webhooks] the delivery thread failed', error))
      thread.on('exit', () => {
        if (worker !== thread) return
        worker = null
        // Deliveries wait in their table: a new thread picks them up.
        if (!closed) setTimeout(start, 1000).unref()
      })
      worker = thread
    }
    return worker
  }

  return {
    start: () => void start(),
    wake: () => start()?.postMessage({ type: 'wake' }),
    nudge() {
      if (!worker || nudged) return
      nudged = true
      setImmediate(() => {
        nudged = false
        worker?.postMessage({ type: 'wake' })
      })
    },
    async close() {
      closed = true
      const thread = worker
      if (!thread) return
      const finished = new Promise<void>((resolve) => {
        thread.on('message', (m: { type: string }) => m.type === 'closed' && resolve())
        thread.once('exit', () => resolve())
      })
      thread.postMessage({ type: 'close' })
      await finished
      await thread.terminate()
    },
  }
}
