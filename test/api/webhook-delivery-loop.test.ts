// The delivery loop on its own, with a clock it is given: retries with backoff until the schedule
// ends, success on a later attempt, the SSRF check on the address a name resolves to at delivery
// time, and the tail of the responses table that announces each new response once.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createDeliveryLoop, RETRY_DELAYS_S } from '../../server/features/webhooks/delivery-loop'
import { recordWebhookEvent } from '../../server/features/webhooks/service'
import { seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
let receiver: Server
let port: number
let answers: number[] = []
let hits = 0

beforeAll(async () => {
  t = await createTestApp()
  form = await seedForm(t, { template: 'skm' })
  receiver = createServer((req, res) => {
    hits++
    req.resume()
    req.on('end', () => res.writeHead(answers.shift() ?? 500).end())
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  port = (receiver.address() as AddressInfo).port
})
beforeEach(async () => {
  await t.deps.db.deleteFrom('webhook_deliveries').execute()
  await t.deps.db.deleteFrom('webhooks').execute()
})
afterAll(async () => {
  await t.close()
  await new Promise((resolve) => receiver.close(resolve))
})

/** A webhook row written directly (the API would wake the delivery thread). */
async function webhook(url: string, allowPrivate: boolean, events = ['questionnaire.published']) {
  const at = new Date().toISOString()
  const { id } = await t.deps.db
    .insertInto('webhooks')
    .values({
      program_id: form.programId,
      url,
      description: '',
      events: JSON.stringify(events),
      secret: 'whsec_' + Buffer.alloc(24, 7).toString('base64'),
      active: 1,
      allow_private: allowPrivate ? 1 : 0,
      since_response_id: 0,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

const deliveriesOf = (webhookId: number) =>
  t.deps.db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('webhook_id', '=', webhookId)
    .execute()

async function run(loop: ReturnType<typeof createDeliveryLoop>) {
  await loop.deliverDue()
  await loop.settle()
}

describe('retries', () => {
  it('retries with growing waits and gives up after the schedule', async () => {
    const clock = { now: new Date('2026-12-04T00:00:00Z') }
    const loop = createDeliveryLoop(t.deps.db, { now: () => clock.now })
    const id = await webhook(`http://127.0.0.1:${port}/fail`, true)
    await recordWebhookEvent(t.deps.db, clock.now, {
      programId: form.programId,
      type: 'questionnaire.published',
      data: { n: 1 },
    })
    answers = []
    const waits: number[] = []
    for (let attempt = 1; attempt <= RETRY_DELAYS_S.length + 1; attempt++) {
      await run(loop)
      const [d] = await deliveriesOf(id)
      expect(d!.attempts).toBe(attempt)
      expect(d!.last_status).toBe(500)
      await run(loop) // not due yet: nothing more
      expect((await deliveriesOf(id))[0]!.attempts).toBe(attempt)
      if (d!.next_attempt_at === null) {
        expect(d!.status).toBe('failed')
        break
      }
      const wait = Date.parse(d!.next_attempt_at) - clock.now.getTime()
      waits.push(wait / 1000)
      clock.now = new Date(Date.parse(d!.next_attempt_at))
    }
    expect(waits).toEqual(RETRY_DELAYS_S)
  })

  it('marks a delivery delivered when a later attempt succeeds', async () => {
    const clock = { now: new Date('2026-12-04T00:00:00Z') }
    const loop = createDeliveryLoop(t.deps.db, { now: () => clock.now })
    const id = await webhook(`http://127.0.0.1:${port}/flaky`, true)
    await recordWebhookEvent(t.deps.db, clock.now, {
      programId: form.programId,
      type: 'questionnaire.published',
      data: { n: 2 },
    })
    answers = [503, 200]
    await run(loop)
    clock.now = new Date(clock.now.getTime() + RETRY_DELAYS_S[0]! * 1000)
    await run(loop)
    expect((await deliveriesOf(id))[0]).toMatchObject({
      status: 'delivered',
      attempts: 2,
      last_status: 200,
      next_attempt_at: null,
    })
  })
})

describe('SSRF at delivery time', () => {
  it('never connects to a name that resolves to a loopback address without the admin’s permission', async () => {
    const loop = createDeliveryLoop(t.deps.db)
    const id = await webhook(`http://localhost:${port}/rebound`, false)
    await recordWebhookEvent(t.deps.db, new Date(), {
      programId: form.programId,
      type: 'questionnaire.published',
      data: { n: 3 },
    })
    const before = hits
    await run(loop)
    const [d] = await deliveriesOf(id)
    expect(d!.last_error).toMatch(/^blocked: localhost resolves to (127\.0\.0\.1|::1)/)
    expect(d!.last_status).toBeNull()
    expect(hits).toBe(before)
  })
})

describe('the tail of the responses table', () => {
  it('announces each response stored after the webhook once, and none from before', async () => {
    await submit(t, form.slug, skmAnswers()) // before the webhook
    const { id: last } = await t.deps.db
      .selectFrom('responses')
      .select((eb) => eb.fn.max<number>('id').as('id'))
      .executeTakeFirstOrThrow()
    const id = await webhook(`http://127.0.0.1:${port}/tail`, true, ['response.created'])
    await t.deps.db.updateTable('webhooks').set({ since_response_id: last }).execute()
    const loop = createDeliveryLoop(t.deps.db)
    for (let i = 0; i < 3; i++) await submit(t, form.slug, skmAnswers())
    expect(await loop.tail()).toBe(3)
    expect(await loop.tail()).toBe(0)
    const rows = await deliveriesOf(id)
    expect(rows).toHaveLength(3)
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(3)
    const bodies = rows.map((r) => JSON.parse(r.payload) as { type: string; data: { id: number } })
    expect(bodies.every((b) => b.type === 'response.created' && b.data.id > last)).toBe(true)
  })
})
