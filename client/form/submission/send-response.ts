// Sends one queued response and sorts the answer: stored (receipt), to retry later (network
// error, timeout, 5xx, 429), answers refused (422, mapped back to fields), or refused for good.
import type { AnswerMessage } from '../../../server/domain/questionnaire/answer-messages'
import { problemFromResponse } from '../../shared/problem'
import type { LinkState } from '../payload'
import type { QueuedResponse } from '../storage/outbox'

export type SendOutcome =
  | { kind: 'stored'; receipt: string; submittedAt: string }
  | { kind: 'retry'; reason: 'network' | 'server'; retryAfterMs?: number }
  | { kind: 'invalid'; errors: Record<string, AnswerMessage> }
  | { kind: 'closed'; state: Exclude<LinkState, 'open'> | 'responded' }
  | { kind: 'failed'; detail?: string }

/** A request that hangs on a weak connection is abandoned and retried (it is idempotent). */
const TIMEOUT_MS = 20_000

const STATE_BY_TYPE: Record<string, Exclude<LinkState, 'open'> | 'responded'> = {
  '/problems/link-not-open': 'not_open',
  '/problems/link-closed': 'closed',
  '/problems/link-capped': 'capped',
  '/problems/link-inactive': 'inactive',
  '/problems/not-found': 'unknown',
  '/problems/already-responded': 'responded',
}

/** Field messages by question code from a 422's `errors: [{ path: 'answers.U3', messages }]`. */
function fieldMessages(errors: unknown[]): Record<string, AnswerMessage> {
  const byCode: Record<string, AnswerMessage> = {}
  for (const raw of errors) {
    const e = raw as { path?: string; message?: string; messages?: AnswerMessage }
    const code = e.path?.startsWith('answers.') ? e.path.slice(8) : undefined
    if (code && !byCode[code])
      byCode[code] = e.messages ?? { id: e.message ?? '', en: e.message ?? '' }
  }
  return byCode
}

export async function sendResponse(entry: QueuedResponse): Promise<SendOutcome> {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS)
  let res: Response
  try {
    res = await fetch(entry.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        answers: entry.answers,
        idempotencyKey: entry.key,
        website: entry.website,
      }),
      credentials: 'same-origin',
      signal: abort.signal,
    })
  } catch {
    return { kind: 'retry', reason: 'network' }
  } finally {
    clearTimeout(timer)
  }
  if (res.status === 200 || res.status === 201) {
    const body = (await res.json().catch(() => null)) as { receipt?: string; submittedAt?: string }
    if (body?.receipt) {
      return { kind: 'stored', receipt: body.receipt, submittedAt: body.submittedAt ?? '' }
    }
    return { kind: 'retry', reason: 'server' }
  }
  if (res.status >= 500 || res.status === 429 || res.status === 408) {
    const retryAfter = Number(res.headers.get('retry-after'))
    const retryAfterMs = retryAfter > 0 ? retryAfter * 1000 : undefined
    return { kind: 'retry', reason: 'server', retryAfterMs }
  }
  const problem = (await problemFromResponse(res)).problem
  const state = STATE_BY_TYPE[problem.type]
  if (state) return { kind: 'closed', state }
  const errors = fieldMessages(problem.errors ?? [])
  if (res.status === 422 && Object.keys(errors).length > 0) return { kind: 'invalid', errors }
  return { kind: 'failed', detail: problem.detail }
}
