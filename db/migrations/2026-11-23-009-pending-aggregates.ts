// Responses stored but not yet added to the aggregate tables. Ingestion commits each response
// with a row here and adds the response to the aggregates later, many responses at a time, in one
// transaction that also deletes their rows (server/features/responses/deferred-aggregates.ts).
// Whatever is listed here after a crash is aggregated from the stored responses at start-up.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agg_pending')
    .addColumn('response_id', 'integer', (c) => c.primaryKey())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agg_pending').execute()
}
