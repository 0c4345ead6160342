// Public results: whether an owner has published a program's results (the public page, region
// page, TV view and badge answer 404 until then), and the free-text answers an owner approved for
// the public page (no comment is shown without that approval).
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('program_publications')
    .addColumn('program_id', 'integer', (c) => c.primaryKey().references('programs.id'))
    .addColumn('published', 'integer', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .execute()
  await db.schema
    .createTable('public_comments')
    .addColumn('response_id', 'integer', (c) => c.notNull().references('responses.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id'))
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('public_comments_pk', ['response_id', 'code'])
    .execute()
  await db.schema
    .createIndex('public_comments_program')
    .on('public_comments')
    .columns(['program_id', 'approved_at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('public_comments').execute()
  await db.schema.dropTable('program_publications').execute()
}
