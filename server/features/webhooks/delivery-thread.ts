// The webhook delivery thread (started by dispatcher.ts): its own connection to the SQLite file
// and the delivery loop every `pollMs`, or at once when woken. It runs at a lower CPU priority
// (nice 10, this thread only on Linux) so that deliveries yield to ingestion when the cores are
// busy, and commits with synchronous=NORMAL: a delivery row lost in a power cut is made again from
// the cursor, and a lost "delivered" mark means one more delivery of the same webhook-id, which
// receivers skip (Standard Webhooks asks them to).
import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from '../../../db/connection'
import { createDeliveryLoop } from './delivery-loop'
import type { DeliveryDatabase } from './dispatcher'

const port = parentPort!
const { database, pollMs } = workerData as { database: DeliveryDatabase; pollMs: number }
try {
  setPriority(0, 10)
} catch {
  // not allowed here: deliveries run at the normal priority
}
const opened = openDatabase({ ...database, maxConnections: 2 })
if (opened.dialect === 'sqlite') opened.sqlite.pragma('synchronous = NORMAL')
const loop = createDeliveryLoop(opened.db)

/** Cycles start at most this often, however often the thread is woken (ingestion nudges it). */
const MIN_GAP_MS = 50
let timer: NodeJS.Timeout | undefined
let lastStart = 0
let running = false
let again = false
let closing = false

async function cycle() {
  if (running) {
    again = true
    return
  }
  running = true
  lastStart = performance.now()
  clearTimeout(timer)
  try {
    do {
      again = false
      while ((await loop.tail()) > 0 && !closing) {
        // a backlog: keep reading it before the next poll
      }
      await loop.deliverDue()
    } while (again && !closing)
  } catch (error) {
    console.error('[webhooks] the delivery loop failed; trying again', error)
  } finally {
    running = false
    if (!closing) timer = setTimeout(cycle, pollMs)
  }
}

port.on('message', async (message: { type: 'wake' | 'close' }) => {
  if (message.type === 'wake') {
    const gap = lastStart + MIN_GAP_MS - performance.now()
    if (gap <= 0) return void cycle()
    clearTimeout(timer)
    timer = setTimeout(cycle, gap)
    return
  }
  closing = true
  clearTimeout(timer)
  while (running) await new Promise((resolve) => setTimeout(resolve, 5))
  await loop.settle()
  await opened.close()
  port.postMessage({ type: 'closed' })
})

void cycle()
