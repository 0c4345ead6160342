// Start-up shared by the server and the tests: open the database, migrate, seed the demo set on
// a fresh database, make sure an admin exists.
import { openDatabase, type DatabaseHandle } from '../db/connection'
import { migrateToLatest } from '../db/migrate'
import type { Config } from './config'
import type { AppDeps } from './deps'
import { createProgramChanges } from './program-changes'
import { seedDemoResponses } from './features/demo/responses'
import { aggregatePendingResponses } from './features/aggregates/write/recovery'
import { createResponseWriter } from './features/responses/writer'
import { seedDemoData } from './features/demo/seed'
import { ensureFirstAdmin, type CreatedLogin } from './features/users/bootstrap'

export interface Booted {
  deps: AppDeps
  handle: DatabaseHandle
  /** Logins created at this start, to print once. */
  created: CreatedLogin[]
  seeded: boolean
}

export async function boot(config: Config, now: () => Date = () => new Date()): Promise<Booted> {
  const opened = openDatabase({ path: config.databasePath, url: config.databaseUrl })
  await migrateToLatest(opened.db)
  // Responses a crash left out of the aggregates are added before anything reads them.
  aggregatePendingResponses(opened.sqlite)
  const responses = createResponseWriter({
    databasePath: config.databasePath,
    flushDelayMs: config.aggregateFlushMs,
  })
  const handle: DatabaseHandle = {
    ...opened,
    close: async () => {
      await responses.close()
      await opened.close()
    },
  }
  const seeded = config.demoData ? await seedDemoData(handle.db, now()) : false
  const created: CreatedLogin[] = []
  const admin = await ensureFirstAdmin(
    handle.db,
    { email: config.adminEmail, password: config.adminPassword },
    now(),
  )
  if (admin) created.push(admin)
  // Demo questionnaires and answers need the admin as their author, so they come after it.
  if (seeded) await seedDemoResponses(handle.db, handle.sqlite, now())
  return {
    deps: {
      db: handle.db,
      sqlite: handle.sqlite,
      config,
      now,
      responses,
      aggregates: responses,
      changes: createProgramChanges(),
    },
    handle,
    created,
    seeded,
  }
}
