// The delivery loop, run by the delivery thread (delivery-thread.ts) on its own connection: it
// turns newly stored responses into response.created deliveries (a cursor over the responses
// table, so ingestion itself does nothing for webhooks and no acknowledged response is missed,
// even across a crash), and sends the deliveries that are due, a few at a time, retrying failures
// with backoff. Other events are written as deliveries by the change that causes them.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { Definition } from '../../domain/questionnaire'
import * as repo from './repository'
import { eventBody, newEventId, personalCodes, responseCreatedData } from './payloads'
import { sendWebhook, type AttemptResult } from './send'

/** Seconds before each retry; after the last one a delivery is marked failed (~23 h in all). */
export const RETRY_DELAYS_S = [5, 30, 120, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600]
const TAIL_BATCH = 500

export interface DeliveryLoopOptions {
  concurrency?: number
  now?: () => Date
}

export function createDeliveryLoop(db: Kysely<Database>, o: DeliveryLoopOptions = {}) {
  const now = o.now ?? (() => new Date())
  const concurrency = o.concurrency ?? 8
  const inFlight = new Map<number, Promise<void>>()
  const personal = new Map<number, Set<string>>()

  async function personalOf(versionId: number) {
    let codes = personal.get(versionId)
    if (!codes) {
      const { definition } = await repo.versionDefinition(db, versionId)
      codes = personalCodes(JSON.parse(definition) as Definition)
      personal.set(versionId, codes)
    }
    return codes
  }

  /** Turns responses stored since the cursor into deliveries; answers how many it read. */
  async function tail(): Promise<number> {
    const hooks = (await repo.activeWebhooks(db)).filter((w) =>
      (JSON.parse(w.events) as string[]).includes('response.created'),
    )
    // Nothing subscribed: nothing to write either (the cursor stays; each webhook's
    // since_response_id keeps it from announcing what came before it).
    if (hooks.length === 0) return 0
    const cursor = await repo.readCursor(db)
    const from = Math.max(cursor, Math.min(...hooks.map((h) => h.since_response_id)))
    const rows = await repo.responsesAfter(db, from, TAIL_BATCH)
    if (rows.length === 0) return 0
    const at = now().toISOString()
    const deliveries: ReturnType<typeof pendingDelivery>[] = []
    for (const row of rows) {
      const subscribed = hooks.filter(
        (h) => h.program_id === row.program_id && row.id > h.since_response_id,
      )
      if (subscribed.length === 0) continue
      const body = eventBody(
        'response.created',
        row.submitted_at,
        responseCreatedData(row, await personalOf(row.version_id)),
      )
      const eventId = newEventId()
      for (const hook of subscribed)
        deliveries.push(pendingDelivery(hook.id, eventId, 'response.created', body, at))
    }
    await db.transaction().execute(async (trx) => {
      await repo.insertDeliveries(trx, deliveries)
      await repo.writeCursor(trx, rows.at(-1)!.id)
    })
    return rows.length
  }

  async function attempt(d: Awaited<ReturnType<typeof repo.dueDeliveries>>[number]) {
    const at = now()
    const secrets = [d.secret]
    if (d.previous_secret && d.previous_secret_until && d.previous_secret_until > at.toISOString())
      secrets.push(d.previous_secret)
    const result: AttemptResult =
      d.active === 1
        ? await sendWebhook({
            url: d.url,
            eventId: d.event_id,
            body: d.payload,
            secrets,
            allowPrivate: d.allow_private === 1,
            now: at,
          })
        : { ok: false, status: null, error: 'the webhook is paused', durationMs: 0 }
    const attempts = d.attempts + 1
    const retryIn = RETRY_DELAYS_S[attempts - 1]
    await repo.recordAttempt(db, d.id, {
      attempts,
      last_attempt_at: at.toISOString(),
      last_status: result.status,
      last_error: result.error,
      last_duration_ms: result.durationMs,
      ...(result.ok
        ? { status: 'delivered', delivered_at: now().toISOString(), next_attempt_at: null }
        : retryIn === undefined
          ? { status: 'failed', next_attempt_at: null }
          : { next_attempt_at: new Date(at.getTime() + retryIn * 1000).toISOString() }),
    })
  }

  let filling: Promise<number> | null = null
  let refill = false

  /** Fills the free places with due deliveries, once; answers how many it started. */
  async function fill(): Promise<number> {
    const room = concurrency - inFlight.size
    if (room <= 0) return 0
    const due = (await repo.dueDeliveries(db, now().toISOString(), concurrency * 2)).filter(
      (d) => !inFlight.has(d.id),
    )
    for (const d of due.slice(0, room)) {
      const running = attempt(d)
        .catch((error) => console.error('[webhooks] recording an attempt failed', error))
        .finally(() => {
          inFlight.delete(d.id)
          // A free place takes the next due delivery at once: a backlog drains at the pace of
          // the receiver, not of the poll.
          void deliverDue().catch((error) => console.error('[webhooks] delivery failed', error))
        })
      inFlight.set(d.id, running)
    }
    return Math.min(due.length, room)
  }

  /**
   * Starts the due deliveries that fit in the concurrency; answers how many it started. Calls
   * that overlap run one after the other, so no delivery is started twice.
   */
  async function deliverDue(): Promise<number> {
    if (filling) {
      refill = true
      return filling
    }
    filling = (async () => {
      let started = 0
      do {
        refill = false
        started += await fill()
      } while (refill)
      return started
    })().finally(() => (filling = null))
    return filling
  }

  return {
    tail,
    deliverDue,
    /** Waits for the attempts under way (and those they started). */
    async settle() {
      while (inFlight.size > 0 || filling) await Promise.all([...inFlight.values(), filling])
    },
  }
}

/** A delivery row to send as soon as possible. */
export function pendingDelivery(
  webhookId: number,
  eventId: string,
  eventType: string,
  payload: string,
  at: string,
) {
  return {
    webhook_id: webhookId,
    event_id: eventId,
    event_type: eventType,
    payload,
    status: 'pending' as const,
    attempts: 0,
    next_attempt_at: at,
    created_at: at,
  }
}
