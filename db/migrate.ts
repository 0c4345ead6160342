// Runs the migrations with Kysely's Migrator; called at start-up and by the test harness.
import { Migrator, type Kysely } from 'kysely'
import type { Database } from './database'
import { migrations } from './migrations'

/** Brings the schema to the latest migration or throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<void> {
  // On PostgreSQL the migrator's own tables live in the schema the app works in.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : ''
    throw new Error(`Database migration failed${name}: ${String(error)}`)
  }
}
