// The response writer's thread (started by writer.ts): its own connection to the SQLite file, the
// deferred aggregates of that connection, and a loop over the batches the request thread posts.
// The transactions, their fsync and the aggregate flushes happen here, so the request thread
// never waits on the disk. Everything it needs comes with the responses: it reads no definition.
import { parentPort, workerData } from 'node:worker_threads'
import { openSqlite } from '../../../../db/connection'
import { deferredAggregates } from '../../aggregates/write/sqlite/deferred'
import { aggregatePendingResponses } from '../../aggregates/write/sqlite/recovery'
import { excludeStored, rebucketRegion, restoreStored } from './correction-store'
import { storeSubmissions, type ScoredResponse } from './store-responses'
import type { ToWriter, FromWriter, WriteResult } from './writer-messages'

const port = parentPort!
const { databasePath, flushDelayMs } = workerData as { databasePath: string; flushDelayMs: number }
const { sqlite } = openSqlite(databasePath)
// What an earlier writer (one that crashed) left pending is aggregated before anything new.
aggregatePendingResponses(sqlite)
const aggregates = deferredAggregates(sqlite, { flushDelayMs })

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))
const failed = (error: unknown): WriteResult => ({ ok: false, error: messageOf(error) })

/** One result per item: the batch in one transaction, or item by item if the batch fails. */
function write(items: ScoredResponse[]): WriteResult[] {
  try {
    const { outcomes, stored } = storeSubmissions(sqlite, items)
    aggregates.add(stored)
    return outcomes.map((outcome) => ({ ok: true, outcome }))
  } catch (error) {
    if (items.length === 1) return [failed(error)]
  }
  return items.flatMap((item) => write([item]))
}

function correct(message: Exclude<ToWriter, { type: 'write' }>): number | undefined {
  if (message.type === 'exclude')
    return excludeStored(sqlite, message.responseIds, message.exclusion)
  if (message.type === 'restore') return restoreStored(sqlite, message.responseIds)
  if (message.type === 'rebucket') return rebucketRegion(sqlite, message.regionId, message.timeZone)
  return undefined
}

port.on('message', (message: ToWriter) => {
  let reply: FromWriter
  try {
    if (message.type === 'write') reply = { id: message.id, results: write(message.items) }
    else {
      // Every other message settles first: a correction never meets increments still in memory.
      aggregates.flush()
      reply = { id: message.id, changed: correct(message) }
      if (message.type === 'close') sqlite.close()
    }
  } catch (error) {
    reply = { id: message.id, error: messageOf(error) }
  }
  port.postMessage(reply)
  if (message.type === 'close') port.close()
})
