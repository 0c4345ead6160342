// Graceful shutdown on SIGTERM or SIGINT, shared by `npm start` and the benchmark's server: stop
// accepting connections, let the requests in flight finish (idle keep-alive sockets are closed at
// once, live streams after ten seconds at the latest), then close the response store, which
// commits what it has queued and writes every pending aggregate sum, and the database. An
// acknowledged response is never lost, and none is acknowledged once the store is closed.
import type { Server } from 'node:http'
import type { DatabaseHandle } from '../db/connection'
import type { Logger } from './logger'

const STREAM_GRACE_MS = 10_000

export function stopGracefullyOnSignals(server: unknown, handle: DatabaseHandle, log: Logger) {
  let stopping = false
  const http = server as Server
  async function shutdown(signal: string) {
    if (stopping) return
    stopping = true
    log.info({ msg: 'shutting down', signal })
    const closed = new Promise((resolve) => http.close(resolve))
    http.closeIdleConnections()
    const force = setTimeout(() => http.closeAllConnections(), STREAM_GRACE_MS)
    await closed
    clearTimeout(force)
    await handle.close()
    log.info({ msg: 'stopped' })
    log.flush()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
}
