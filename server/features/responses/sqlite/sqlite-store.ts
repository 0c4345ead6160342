// The response store on SQLite: the writer thread's group commit and corrections (writer.ts),
// and the request thread's reads as statements prepared on its own connection. A read there
// costs ~30 us under load, because every commit of the writer thread empties this connection's
// page cache; total_changes() tells the submission path when its cached link rows may be stale.
import type SQLite from 'better-sqlite3'
import type { ResponseStore } from '../response-store'
import { earlierSubmission } from '../submission-rules'
import { responseStatements } from './statements'
import { storeResponsesWithAggregates } from './store-responses'
import { createResponseWriter, type ResponseWriterOptions } from './writer'

export function createSqliteStore(
  sqlite: SQLite.Database,
  options: ResponseWriterOptions,
): ResponseStore {
  const writer = createResponseWriter(options)
  const st = responseStatements(sqlite)
  const totalChanges = sqlite.prepare('select total_changes()').pluck()
  return {
    dialect: 'sqlite',
    submit: writer.submit,
    settle: writer.settle,
    exclude: writer.exclude,
    restore: writer.restore,
    rebucketRegion: writer.rebucketRegion,
    close: writer.close,
    abort: writer.abort,
    storeWithAggregates: async (responses) => storeResponsesWithAggregates(sqlite, responses),
    linkBySlug: async (slug) => st.linkBySlug.get({ slug }),
    earlier: async (key, linkId) => earlierSubmission(st.findByIdempotencyKey.get({ key }), linkId),
    deviceAnswered: async (linkId, token) => !!st.deviceHasResponded.get({ linkId, token }),
    changeStamp: () => totalChanges.get() as number,
  }
}
