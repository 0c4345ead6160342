// Responses waiting to be sent, per link, in localStorage: a response is put here before the
// first attempt and leaves only once the server has answered for it, so none is silently lost.
import type { Answers } from '../../../server/domain/questionnaire/definition'
import { readJson, writeJson } from './local-json'

export interface QueuedResponse {
  /** The idempotency key: the server stores a key once, so resending is always safe. */
  key: string
  url: string
  version: number
  answers: Answers
  /** The honeypot's value ('' from a person). */
  website: string
  queuedAt: string
}

const outboxKey = (slug: string) => `qw-form:outbox:${slug}`
/** This page's copy, for when storage is disabled or full: kept at least while the page is open. */
const inMemory = new Map<string, QueuedResponse[]>()

/** The link's queued responses, oldest first. */
export function queuedResponses(slug: string): QueuedResponse[] {
  const stored = readJson<QueuedResponse[]>(outboxKey(slug))
  const list = Array.isArray(stored) ? stored : []
  const extra = (inMemory.get(slug) ?? []).filter((m) => !list.some((e) => e.key === m.key))
  return [...list, ...extra]
}

function saveQueue(slug: string, list: QueuedResponse[]): boolean {
  inMemory.set(slug, list)
  return writeJson(outboxKey(slug), list.length > 0 ? list : undefined)
}

/** Adds (or replaces, by key) a response; false when only this page holds it (no storage). */
export function enqueueResponse(slug: string, entry: QueuedResponse): boolean {
  return saveQueue(slug, [...queuedResponses(slug).filter((e) => e.key !== entry.key), entry])
}

export function dequeueResponse(slug: string, key: string): void {
  saveQueue(
    slug,
    queuedResponses(slug).filter((e) => e.key !== key),
  )
}

const receiptKey = (slug: string) => `qw-form:receipt:${slug}`

/** The last receipt this device got for a link, to show again on the "already answered" page. */
export interface StoredReceipt {
  receipt: string
  submittedAt: string
}

export const lastReceipt = (slug: string) => readJson<StoredReceipt>(receiptKey(slug))
export const rememberReceipt = (slug: string, receipt: StoredReceipt) =>
  writeJson(receiptKey(slug), receipt)
