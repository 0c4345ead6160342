// Finalised evaluations, frozen as numbered versions like questionnaires: the whole evaluation as
// it was finalised (JSON, never updated), the reason, who and when; reopening marks the version
// reopened, and the next finalisation makes the next number.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('evaluation_versions')
    .addColumn('region_id', 'integer', (c) => c.notNull().references('regions.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('finalised_at', 'text', (c) => c.notNull())
    .addColumn('finalised_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reopened_at', 'text')
    .addColumn('reopened_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reopen_reason', 'text')
    .addPrimaryKeyConstraint('evaluation_versions_pk', ['region_id', 'year', 'version'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('evaluation_versions').execute()
}
