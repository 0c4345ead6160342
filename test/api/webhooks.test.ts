// Program webhooks against a local receiver: a signed response.created after a submission
// (verified with the Standard Webhooks reference library), questionnaire.published,
// response.excluded and response.restored, who may manage them, the secret shown once and
// rotated, the delivery log, and no delivery to loopback or private addresses unless an admin
// allowed it.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publish, seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

interface Received {
  headers: IncomingHttpHeaders
  body: string
  at: number
}

let t: TestApp
let admin: string
let form: SeededForm
let receiver: Server
let received: Received[] = []
let status = 204
let hookUrl: string

beforeAll(async () => {
  t = await createTestApp()
  admin = await t.loginAdmin()
  form = await seedForm(t, { template: 'skm' })
  receiver = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      received.push({ headers: req.headers, body, at: performance.now() })
      res.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
})
afterAll(async () => {
  await t.close()
  await new Promise((resolve) => receiver.close(resolve))
})

async function waitFor<T>(find: () => T | undefined, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const found = find()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error('nothing arrived in time')
    await new Promise((r) => setTimeout(r, 5))
  }
}

const typeOf = (r: Received) => (JSON.parse(r.body) as { type: string }).type

async function createHook(body: Record<string, unknown>, cookie = admin) {
  return t.request('POST', `/api/programs/${form.programId}/webhooks`, { cookie, json: body })
}

describe('webhook delivery', () => {
  let secret: string
  let id: number

  it('creates a webhook once an admin allows the private network, with a whsec_ secret shown once', async () => {
    const res = await createHook({
      url: hookUrl,
      events: ['response.created', 'questionnaire.published'],
      allowPrivateNetwork: true,
      description: 'Gudang data kota',
    })
    expect(res.status).toBe(201)
    const hook = (await res.json()) as { id: number; secret: string }
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
    ;({ id, secret } = hook)
    const list = await t.request('GET', `/api/programs/${form.programId}/webhooks`, {
      cookie: form.owner,
    })
    expect(list.status).toBe(200)
    expect(JSON.stringify(await list.json())).not.toContain(secret)
  })

  it('delivers a signed questionnaire.published', async () => {
    received = []
    const draft = await t.request('GET', `/api/questionnaires/${form.questionnaireId}`, {
      cookie: form.owner,
    })
    const definition = ((await draft.json()) as { draft: { title: { id: string } } }).draft
    definition.title.id = 'Survei kepuasan (revisi)'
    await t.request('PUT', `/api/questionnaires/${form.questionnaireId}`, {
      cookie: form.owner,
      json: { draft: definition },
    })
    await publish(t, form.owner, form.questionnaireId)
    const event = await waitFor(() => received.find((r) => typeOf(r) === 'questionnaire.published'))
    const payload = new Webhook(secret).verify(event.body, event.headers as never) as {
      data: { version: number; questionnaireId: number }
    }
    expect(payload.data).toMatchObject({ version: 2, questionnaireId: form.questionnaireId })
  })

  it('delivers a signed response.created after a submission', async () => {
    received = []
    const res = await submit(t, form.slug, skmAnswers())
    expect(res.status).toBe(201)
    const { receipt } = (await res.json()) as { receipt: string }
    const event = await waitFor(() => received.find((r) => typeOf(r) === 'response.created'))
    // No timing assertion in npm test: the bench reports the delivery latency (figure 1b).
    expect(event.headers['webhook-id']).toMatch(/^msg_/)
    expect(Number(event.headers['webhook-timestamp'])).toBeGreaterThan(1.6e9)
    const payload = new Webhook(secret).verify(event.body, event.headers as never) as {
      type: string
      data: Record<string, unknown>
    }
    expect(payload.type).toBe('response.created')
    expect(payload.data).toMatchObject({
      receipt,
      programId: form.programId,
      questionnaireId: form.questionnaireId,
      channel: 'WhatsApp',
      answers: expect.objectContaining({ U1: expect.any(Number) }),
    })
    expect(() =>
      new Webhook('whsec_' + Buffer.alloc(24, 1).toString('base64')).verify(
        event.body,
        event.headers as never,
      ),
    ).toThrow()
  })

  it('logs each delivery with its status, attempts, last answer and the body sent', async () => {
    type Delivery = { eventType: string; status: string; attempts: number; lastStatus: number }
    const log = async () => {
      const res = await t.request('GET', `/api/webhooks/${id}/deliveries`, { cookie: form.owner })
      expect(res.status).toBe(200)
      return ((await res.json()) as { items: Delivery[] }).items
    }
    let deliveries: Delivery[] = []
    for (let i = 0; i < 200; i++) {
      deliveries = await log()
      if (deliveries.length >= 2 && deliveries.every((d) => d.status === 'delivered')) break
      await new Promise((r) => setTimeout(r, 25))
    }
    expect(deliveries.map((d) => d.eventType).sort()).toEqual([
      'questionnaire.published',
      'response.created',
    ])
    for (const d of deliveries)
      expect(d).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 204 })
  })

  it('rotates the secret: the new one is answered once and both sign for a day', async () => {
    // The delivery thread keeps real time: the grace period must start now (so must sessions).
    t.clock.now = new Date()
    admin = await t.loginAdmin()
    form.owner = await t.userCookie('owner', { agencyCode: 'DPMPTSP' })
    const res = await t.request('PATCH', `/api/webhooks/${id}`, {
      cookie: admin,
      json: { rotateSecret: true },
    })
    expect(res.status).toBe(200)
    const rotated = ((await res.json()) as { secret: string }).secret
    expect(rotated).not.toBe(secret)
    received = []
    await submit(t, form.slug, skmAnswers())
    const event = await waitFor(() => received.find((r) => typeOf(r) === 'response.created'))
    expect(String(event.headers['webhook-signature']).split(' ')).toHaveLength(2)
    expect(() => new Webhook(rotated).verify(event.body, event.headers as never)).not.toThrow()
    expect(() => new Webhook(secret).verify(event.body, event.headers as never)).not.toThrow()
  })

  it('delivers response.excluded and response.restored when an owner takes a response out and back', async () => {
    const subscribed = await t.request('PATCH', `/api/webhooks/${id}`, {
      cookie: form.owner,
      json: { events: ['response.created', 'response.excluded', 'response.restored'] },
    })
    expect(subscribed.status).toBe(200)
    const { receipt } = (await (await submit(t, form.slug, skmAnswers())).json()) as {
      receipt: string
    }
    const found = await t.request('GET', `/api/responses/receipt/${receipt}`, {
      cookie: form.owner,
    })
    const responseId = ((await found.json()) as { id: number }).id
    received = []
    const out = await t.request('POST', `/api/responses/${responseId}/exclusion`, {
      cookie: form.owner,
      json: { reason: 'Uji coba petugas' },
    })
    expect(out.status).toBe(200)
    const excluded = await waitFor(() => received.find((r) => typeOf(r) === 'response.excluded'))
    const payload = new Webhook(secret).verify(excluded.body, excluded.headers as never) as {
      data: Record<string, unknown>
    }
    expect(payload.data).toEqual({
      programId: form.programId,
      questionnaireId: form.questionnaireId,
      count: 1,
      responseIds: [responseId],
      filters: null,
      reason: 'Uji coba petugas',
    })
    const back = await t.request('DELETE', `/api/responses/${responseId}/exclusion`, {
      cookie: form.owner,
    })
    expect(back.status).toBe(200)
    const restored = await waitFor(() => received.find((r) => typeOf(r) === 'response.restored'))
    expect(JSON.parse(restored.body).data).toMatchObject({ count: 1, responseIds: [responseId] })
  })

  it('stops delivering once paused, and deletes with its log', async () => {
    const paused = await t.request('PATCH', `/api/webhooks/${id}`, {
      cookie: form.owner,
      json: { active: false },
    })
    expect(((await paused.json()) as { active: boolean }).active).toBe(false)
    const del = await t.request('DELETE', `/api/webhooks/${id}`, { cookie: form.owner })
    expect(del.status).toBe(204)
    expect(
      (await t.request('GET', `/api/webhooks/${id}/deliveries`, { cookie: admin })).status,
    ).toBe(404)
  })
})

describe('who may manage webhooks, and where they may deliver', () => {
  it('refuses loopback, private, link-local and plain-http targets without the admin’s permission', async () => {
    for (const url of [
      hookUrl,
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://10.1.2.3/hook',
      'https://192.168.1.10/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://[fd00::1]/hook',
      'http://data.example.go.id/hook',
      'ftp://data.example.go.id/hook',
      'https://user:pw@data.example.go.id/hook',
    ]) {
      const res = await createHook({ url, events: ['response.created'] }, form.owner)
      expect(res.status, url).toBe(422)
      expect((await readProblem(res)).errors![0]!.path, url).toBe('url')
    }
  })

  it('lets only admins allow private networks, and only writers of the program manage', async () => {
    const asOwner = await createHook(
      { url: hookUrl, events: ['response.created'], allowPrivateNetwork: true },
      form.owner,
    )
    expect(asOwner.status).toBe(403)
    const evaluator = await t.userCookie('evaluator', { regionCode: '63.71' })
    const asEvaluator = await createHook(
      { url: 'https://data.example.go.id/hook', events: ['response.created'] },
      evaluator,
    )
    expect(asEvaluator.status).toBe(403)
    const other = await t.userCookie('owner', { agencyCode: 'DISKOMINFO' }).catch(() => null)
    if (other) {
      const res = await createHook(
        { url: 'https://data.example.go.id/hook', events: ['response.created'] },
        other,
      )
      expect(res.status).toBe(403)
    }
    const ok = await createHook(
      { url: 'https://data.example.go.id/hook', events: ['response.created'] },
      form.owner,
    )
    expect(ok.status).toBe(201)
    const unknown = await createHook({ url: 'https://x.example/h', events: ['response.deleted'] })
    expect(unknown.status).toBe(422)
  })
})
