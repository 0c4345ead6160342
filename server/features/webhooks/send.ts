// One delivery attempt, signed as Standard Webhooks says: headers webhook-id, webhook-timestamp
// (Unix seconds) and webhook-signature `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` with the
// key that follows `whsec_` (base64). During a rotation both keys sign, separated by a space.
// No redirects are followed, the connection goes only to an address target.ts allows, and an
// attempt gives up after 10 s.
import { createHmac, randomBytes } from 'node:crypto'
import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { isIP } from 'node:net'
import { BlockedTarget, guardedLookup, isPublicAddress } from './target'

const TIMEOUT_MS = 10_000
/** Connections are kept for the next delivery to the same receiver (its address already checked). */
const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 8 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 8 }),
}

/** A new signing secret: `whsec_` and 24 random bytes in base64. */
export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`

/** The `v1,<base64>` signature of one message under one secret. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return `v1,${mac}`
}

export interface Attempt {
  url: string
  eventId: string
  body: string
  secrets: string[]
  allowPrivate: boolean
  now: Date
}

export interface AttemptResult {
  ok: boolean
  status: number | null
  error: string | null
  durationMs: number
}

export function sendWebhook(a: Attempt): Promise<AttemptResult> {
  const started = performance.now()
  const done = (status: number | null, error: string | null): AttemptResult => ({
    ok: status !== null && status >= 200 && status < 300,
    status,
    error,
    durationMs: Math.round(performance.now() - started),
  })
  const url = new URL(a.url)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (!a.allowPrivate && isIP(host) && !isPublicAddress(host))
    return Promise.resolve(done(null, `${host} is not a public address`))
  const timestamp = Math.floor(a.now.getTime() / 1000)
  const signature = a.secrets.map((s) => signWebhook(s, a.eventId, timestamp, a.body)).join(' ')
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: agents[url.protocol as keyof typeof agents],
        lookup: guardedLookup(a.allowPrivate) as never,
        timeout: TIMEOUT_MS,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'quickwin-webhooks/1',
          'webhook-id': a.eventId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signature,
        },
      },
      (res) => {
        res.resume() // the body is not read, only drained
        res.on('end', () => resolve(done(res.statusCode ?? null, null)))
        res.on('error', (e) => resolve(done(res.statusCode ?? null, e.message)))
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)))
    req.on('error', (e) =>
      resolve(done(null, e instanceof BlockedTarget ? `blocked: ${e.message}` : e.message)),
    )
    req.end(a.body)
  })
}
