// Console changes while citizens submit, with a webhook subscribed: the response writer thread,
// the webhook delivery thread and the console all write to the SQLite file. Every transaction
// reads before it writes, and SQLite refuses to upgrade a deferred transaction whose snapshot
// another connection has committed past (SQLITE_BUSY at once, busy timeout or not): so every
// transaction begins IMMEDIATE, waiting for the write lock instead of failing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedForm, skmAnswers, submit, type SeededForm } from '../support/seed-form'
import { createTestApp, type TestApp } from '../support/test-app'

let t: TestApp
let form: SeededForm
beforeAll(async () => {
  t = await createTestApp({ rateLimitPerMinute: 0 })
  form = await seedForm(t, { template: 'skm', link: { allowMultiple: true } })
})
afterAll(() => t.close())

describe('console writes during ingestion', () => {
  it('never fail, nor make a submission fail, while other threads commit', async () => {
    let stop = false
    let stored = 0
    const refused: number[] = []
    const load = (async () => {
      while (!stop) {
        const batch = await Promise.all(
          Array.from({ length: 40 }, () => submit(t, form.slug, skmAnswers())),
        )
        stored += batch.filter((r) => r.status === 201).length
        refused.push(...batch.filter((r) => r.status !== 201).map((r) => r.status))
      }
    })()
    const admin = await t.loginAdmin()
    const hook = await t.request('POST', `/api/programs/${form.programId}/webhooks`, {
      cookie: admin,
      json: {
        url: 'http://127.0.0.1:9/x',
        events: ['response.created'],
        allowPrivateNetwork: true,
      },
    })
    const { id } = (await hook.json()) as { id: number }
    const statuses: number[] = []
    try {
      for (let i = 0; i < 120; i++) {
        for (const [path, json] of [
          [`/api/links/${form.linkId}`, { channel: `WhatsApp ${i}` }],
          [`/api/webhooks/${id}`, { active: i % 2 === 0 }],
        ] as const) {
          const res = await t.request('PATCH', path, { cookie: admin, json })
          statuses.push(res.status)
          await res.text()
        }
      }
    } finally {
      stop = true
      await load
    }
    expect(stored).toBeGreaterThan(0)
    expect(statuses.filter((s) => s !== 200)).toEqual([])
    expect(refused).toEqual([]) // and no citizen's submission failed either
  })
})
