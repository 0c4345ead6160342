// Live dashboard updates over server-sent events. Streams are capped per session (or API token)
// and in all, since each holds a connection: past a cap, 429. All streams of one program share
// one poll: every `pollMs` the program's summary is read once (two indexed reads on the
// aggregates, after a settle) and sent to each stream whose last count differs, so 300 streams on
// a program cost one read, not 300. On each poll every stream's caller is checked again (session
// or token still live, user active, program still in their scope): a stream ends with an `end`
// event as soon as that no longer holds, after a logout, a deactivation or a change of scope.
// A comment line now and then keeps proxies from closing a quiet stream.
import { setTimeout as wait } from 'node:timers/promises'
import type { SSEStreamingApi } from 'hono/streaming'
import { AppError, said } from '../../http/app-error'

export interface Summary {
  total: number
  lastResponseAt: string | null
}

export interface LiveOptions {
  perSession: number
  total: number
  pollMs: number
  heartbeatMs?: number
}

interface Subscriber {
  stream: SSEStreamingApi
  /** Whether the caller may still read the program. */
  stillAllowed: () => Promise<boolean>
  sent: number | undefined
  quietMs: number
  writing: boolean
  end: () => void
}

export function createLiveHub(read: (programId: number) => Promise<Summary>, o: LiveOptions) {
  const heartbeatMs = o.heartbeatMs ?? 15_000
  const channels = new Map<number, Set<Subscriber>>()
  const perSession = new Map<string, number>()
  let open = 0

  function send(sub: Subscriber, chunk: () => Promise<void>) {
    if (sub.writing || sub.stream.closed) return // a slow client gets the latest count later
    sub.writing = true
    chunk()
      .catch(() => sub.end())
      .finally(() => (sub.writing = false))
  }

  async function tick(subscribers: Set<Subscriber>, summary: Summary) {
    await Promise.all(
      [...subscribers].map(async (sub) => {
        if (!(await sub.stillAllowed().catch(() => false))) {
          await sub.stream
            .writeSSE({ event: 'end', data: JSON.stringify({ reason: 'access' }) })
            .catch(() => {})
          return sub.end()
        }
        if (summary.total !== sub.sent) {
          sub.sent = summary.total
          sub.quietMs = 0
          send(sub, () =>
            sub.stream.writeSSE({ event: 'summary', data: JSON.stringify(summary), retry: 5000 }),
          )
        } else if ((sub.quietMs += o.pollMs) >= heartbeatMs) {
          sub.quietMs = 0
          send(sub, () => sub.stream.write(': heartbeat\n\n').then(() => {}))
        }
      }),
    )
  }

  async function poll(programId: number, subscribers: Set<Subscriber>) {
    while (subscribers.size > 0) {
      try {
        await tick(subscribers, await read(programId))
      } catch (error) {
        console.error('[live] reading the summary failed', error)
      }
      await wait(o.pollMs, undefined, { ref: false })
    }
    channels.delete(programId)
  }

  return {
    /** Counts a new stream of `session` in, or throws 429 past a cap; answers its release. */
    admit(session: string): () => void {
      const mine = perSession.get(session) ?? 0
      if (mine >= o.perSession || open >= o.total) {
        const detail =
          mine >= o.perSession
            ? said('streams.per-session', { max: o.perSession })
            : said('streams.total')
        throw new AppError('rate_limited', detail, undefined, { 'retry-after': '30' })
      }
      perSession.set(session, mine + 1)
      open++
      let released = false
      return () => {
        if (released) return
        released = true
        open--
        const left = (perSession.get(session) ?? 1) - 1
        if (left > 0) perSession.set(session, left)
        else perSession.delete(session)
      }
    },

    /** Streams `programId`'s summary to `stream` until the client leaves or loses access. */
    stream(programId: number, stream: SSEStreamingApi, stillAllowed: () => Promise<boolean>) {
      return new Promise<void>((resolve) => {
        const subscribers = channels.get(programId) ?? new Set<Subscriber>()
        const starting = !channels.has(programId)
        const sub: Subscriber = {
          stream,
          stillAllowed,
          sent: undefined,
          quietMs: 0,
          writing: false,
          end: () => {
            subscribers.delete(sub)
            resolve()
          },
        }
        stream.onAbort(() => sub.end())
        if (starting) channels.set(programId, subscribers)
        subscribers.add(sub)
        if (starting) void poll(programId, subscribers)
        else void read(programId).then((summary) => tick(new Set([sub]), summary))
      })
    },

    /** Open streams now, in all. */
    get open() {
      return open
    },
  }
}

export type LiveHub = ReturnType<typeof createLiveHub>
