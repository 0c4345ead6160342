// Start-up shared by the server and the tests: open the database, migrate, seed the demo set on
// a fresh database, make sure an admin exists.
import { openDatabase, type DatabaseHandle } from '../db/connection'
import { migrateToLatest } from '../db/migrate'
import type { Config } from './config'
import type { AppDeps } from './deps'
import { createProgramChanges } from './program-changes'
import { seedDemoResponses } from './features/demo/responses'
import { createResponseStore } from './features/responses/create-store'
import { createLogger } from './logger'
import { seedDemoData } from './features/demo/seed'
import { createWebhookDispatcher } from './features/webhooks/dispatcher'
import { anyActiveWebhook } from './features/webhooks/service'
import { ensureFirstAdmin, type CreatedLogin } from './features/users/bootstrap'

export interface Booted {
  deps: AppDeps
  handle: DatabaseHandle
  /** Logins created at this start, to print once. */
  created: CreatedLogin[]
  seeded: boolean
}

export async function boot(config: Config, now: () => Date = () => new Date()): Promise<Booted> {
  const opened = openDatabase({
    path: config.databasePath,
    url: config.databaseUrl,
    schema: config.databaseSchema,
  })
  await migrateToLatest(
    opened.db,
    opened.dialect === 'postgres' ? config.databaseSchema : undefined,
  )
  const responses = createResponseStore(opened, config)
  const webhooks = createWebhookDispatcher({
    path: config.databasePath,
    url: config.databaseUrl,
    schema: config.databaseSchema,
  })
  if (await anyActiveWebhook(opened.db)) webhooks.start()
  const handle: DatabaseHandle = {
    ...opened,
    close: async () => {
      await webhooks.close()
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
  if (seeded) await seedDemoResponses(handle.db, responses, now())
  return {
    deps: {
      db: handle.db,
      dialect: opened.dialect,
      sqlite: opened.dialect === 'sqlite' ? opened.sqlite : undefined,
      config,
      log: createLogger(config.logLevel),
      now,
      responses,
      aggregates: responses,
      webhooks,
      changes: createProgramChanges(),
    },
    handle,
    created,
    seeded,
  }
}
