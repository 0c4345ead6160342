// Follow-up plans (rencana tindak lanjut): what an agency does about an SKM element or an impact
// criterion of a program, by whom, by which quarter, and how far it has come. Their history is the
// audit trail (object type follow_up).
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id'))
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_code', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('due_quarter', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('finished_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .execute()
  await db.schema
    .createIndex('follow_ups_program')
    .on('follow_ups')
    .columns(['program_id', 'id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('follow_ups').execute()
}
