// Delivers a link's queued responses: oldest first, one request at a time, retried with
// exponential backoff (and at once when the device comes back online), each outcome reported.
import { createSignal } from 'solid-js'
import { dequeueResponse, enqueueResponse, queuedResponses } from '../storage/outbox'
import type { QueuedResponse } from '../storage/outbox'
import { sendResponse, type SendOutcome } from './send-response'

const FIRST_DELAY_MS = 2_000
const MAX_DELAY_MS = 120_000

export function createDelivery(
  slug: string,
  onOutcome: (entry: QueuedResponse, outcome: SendOutcome) => void,
) {
  const [waiting, setWaiting] = createSignal(queuedResponses(slug).length)
  const [busy, setBusy] = createSignal(false)
  let attempt = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | undefined

  function scheduleRetry(retryAfterMs = 0) {
    const backoff = Math.min(FIRST_DELAY_MS * 2 ** attempt, MAX_DELAY_MS)
    attempt++
    const jitter = 0.75 + Math.random() * 0.5
    timer = setTimeout(flush, Math.max(retryAfterMs, backoff * jitter))
  }

  async function run() {
    for (let entry = queuedResponses(slug)[0]; entry; entry = queuedResponses(slug)[0]) {
      const outcome = await sendResponse(entry)
      if (outcome.kind === 'retry') {
        scheduleRetry(outcome.retryAfterMs)
        onOutcome(entry, outcome)
        break
      }
      // Any answer other than "try again" settles the response: the caller shows what happened.
      dequeueResponse(slug, entry.key)
      attempt = 0
      setWaiting(queuedResponses(slug).length)
      onOutcome(entry, outcome)
    }
    setWaiting(queuedResponses(slug).length)
  }

  /** Tries to send everything queued now (joins an attempt already under way). */
  function flush(): Promise<void> {
    clearTimeout(timer)
    setBusy(true)
    running ??= run().finally(() => {
      running = undefined
      setBusy(false)
    })
    return running
  }

  /**
   * Queues a response (kept on the device before the first attempt) and tries to send it. Answers
   * false when storage refused it, so only this open page holds it.
   */
  function submit(entry: QueuedResponse): boolean {
    const kept = enqueueResponse(slug, entry)
    setWaiting(queuedResponses(slug).length)
    attempt = 0
    void flush()
    return kept
  }

  window.addEventListener('online', () => {
    attempt = 0
    if (waiting() > 0) void flush()
  })
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && waiting() > 0 && !running) void flush()
  })

  return { waiting, busy, submit, flush }
}
