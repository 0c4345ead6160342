// A response can be taken out of every figure (a test, spam, a duplicate) with a reason, and put
// back. It stays stored: excluded_at says since when it counts nowhere, by whom and why.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('responses').addColumn('excluded_at', 'text').execute()
  await db.schema.alterTable('responses').addColumn('excluded_by', 'integer').execute()
  await db.schema.alterTable('responses').addColumn('excluded_reason', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['excluded_reason', 'excluded_by', 'excluded_at'])
    await db.schema.alterTable('responses').dropColumn(column).execute()
}
