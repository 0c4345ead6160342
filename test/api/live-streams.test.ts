// Live dashboard streams: capped per session and in all (429 past a cap), one summary read per
// program for all its streams, and closed with an `end` event as soon as the caller loses
// access: logout, deactivation, a change of scope.
import { SSEStreamingApi } from 'hono/streaming'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLiveHub } from '../../server/features/analytics/live'
import { createTestApp, readProblem, type TestApp } from '../support/test-app'

let t: TestApp
let programId: number
let admin: string
beforeAll(async () => {
  t = await createTestApp({ livePollMs: 20, liveStreamsPerSession: 2, liveStreamsTotal: 4 })
  admin = await t.loginAdmin()
  programId = (
    await t.deps.db
      .selectFrom('programs')
      .select('id')
      .where('name', '=', 'Si Mantab')
      .executeTakeFirstOrThrow()
  ).id
})
afterAll(() => t.close())

/** An open stream and a reader of its events (name and data), up to its end. */
async function open(cookie: string) {
  const res = await t.request('GET', `/api/programs/${programId}/analytics/stream`, { cookie })
  expect(res.status).toBe(200)
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  return {
    /** The next event, or null once the stream has ended (waits at most 10 s). */
    async next(): Promise<{ event: string; data: unknown } | null> {
      const deadline = Date.now() + 10_000
      for (;;) {
        const match = /event: (\w+)\ndata: (.*)\n/.exec(text)
        if (match) {
          text = text.slice(match.index + match[0].length)
          return { event: match[1]!, data: JSON.parse(match[2]!) }
        }
        if (Date.now() > deadline) throw new Error('no event in time')
        const { value, done } = await reader.read()
        if (done) return null
        text += decoder.decode(value)
      }
    },
    close: () => reader.cancel(),
  }
}

/** Reads events until the stream ends; answers the last one. */
async function lastEvent(stream: Awaited<ReturnType<typeof open>>) {
  let last = null
  for (let e = await stream.next(); e; e = await stream.next()) last = e
  return last
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
}

describe('live stream caps', () => {
  it('answers 429 past the streams of one session, and past the streams of the server', async () => {
    const one = await t.loginAdmin()
    const a = await open(one)
    const b = await open(one)
    const third = await t.request('GET', `/api/programs/${programId}/analytics/stream`, {
      cookie: one,
    })
    expect(third.status).toBe(429)
    expect((await readProblem(third)).detail).toMatch(/per session/)
    const two = await t.loginAdmin()
    const c = await open(two)
    const d = await open(two)
    const full = await t.request('GET', `/api/programs/${programId}/analytics/stream`, {
      cookie: await t.loginAdmin(),
    })
    expect(full.status).toBe(429)
    expect(Number(full.headers.get('retry-after'))).toBeGreaterThan(0)
    await full.body?.cancel()
    for (const s of [a, b, c, d]) await s.close()
    // Closed streams free their places.
    let again: Response | undefined
    for (let i = 0; i < 100; i++) {
      again = await t.request('GET', `/api/programs/${programId}/analytics/stream`, { cookie: one })
      if (again.status === 200) break
      await again.body?.cancel()
      await new Promise((r) => setTimeout(r, 20))
    }
    expect(again!.status).toBe(200)
    await again!.body!.cancel()
  })
})

describe('a live stream ends when its caller loses access', () => {
  it('after the session logs out', async () => {
    const cookie = await t.loginAdmin()
    const stream = await open(cookie)
    expect((await stream.next())!.event).toBe('summary')
    expect((await t.request('POST', '/api/auth/logout', { cookie })).status).toBe(204)
    expect(await lastEvent(stream)).toEqual({ event: 'end', data: { reason: 'access' } })
  })

  it('after the user is deactivated', async () => {
    const cookie = await t.userCookie('owner', { agencyCode: 'DPMPTSP', email: 'gone@test.local' })
    const stream = await open(cookie)
    expect((await stream.next())!.event).toBe('summary')
    const { id } = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'gone@test.local')
      .executeTakeFirstOrThrow()
    const res = await t.request('PATCH', `/api/users/${id}`, {
      cookie: admin,
      json: { active: false },
    })
    expect(res.status).toBe(200)
    expect(await lastEvent(stream)).toEqual({ event: 'end', data: { reason: 'access' } })
  })

  it('after the user moves to an agency that does not own the program', async () => {
    const cookie = await t.userCookie('owner', { agencyCode: 'DPMPTSP', email: 'moved@test.local' })
    const stream = await open(cookie)
    expect((await stream.next())!.event).toBe('summary')
    const [{ id }, other] = await Promise.all([
      t.deps.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'moved@test.local')
        .executeTakeFirstOrThrow(),
      t.deps.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '!=', 'DPMPTSP')
        .executeTakeFirstOrThrow(),
    ])
    const res = await t.request('PATCH', `/api/users/${id}`, {
      cookie: admin,
      json: { agencyId: other.id },
    })
    expect(res.status).toBe(200)
    expect(await lastEvent(stream)).toEqual({ event: 'end', data: { reason: 'access' } })
  })
})

describe('the live hub', () => {
  it('reads a program’s summary once per poll for all of its streams', async () => {
    let reads = 0
    const hub = createLiveHub(
      async () => {
        reads++
        return { total: 1, lastResponseAt: null }
      },
      { perSession: 1000, total: 1000, pollMs: 10 },
    )
    const streams = Array.from({ length: 300 }, () => {
      const { readable, writable } = new TransformStream()
      const stream = new SSEStreamingApi(writable, readable)
      void stream.responseReadable.pipeTo(new WritableStream()).catch(() => {})
      return stream
    })
    const done = streams.map((s) => hub.stream(1, s, async () => true))
    await waitFor(() => reads >= 300 + 20)
    const atStart = reads
    await new Promise((r) => setTimeout(r, 200))
    // 200 ms at one read per 10 ms poll: about 20 reads for 300 streams, not 6,000.
    expect(reads - atStart).toBeLessThan(60)
    for (const s of streams) await s.abort()
    await Promise.all(done)
  })
})
