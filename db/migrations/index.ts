// The ordered list of migrations handed to Kysely's Migrator. Add a file, then a line here;
// never edit a migration that has landed.
import type { Migration } from 'kysely'
import * as foundation from './2026-11-23-001-foundation'

export const migrations: Record<string, Migration> = {
  '2026-11-23-001-foundation': foundation,
}
