// Questionnaires (a draft definition), their immutable published versions, and share links.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('questionnaires')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('sample_target', 'integer')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('questionnaires_program')
    .on('questionnaires')
    .column('program_id')
    .execute()

  await db.schema
    .createTable('questionnaire_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull().references('questionnaires.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('questionnaire_versions_number', ['questionnaire_id', 'version'])
    .execute()

  await db.schema
    .createTable('links')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull().references('questionnaires.id'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('max_responses', 'integer')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('allow_multiple', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pinned_version_id', 'integer', (c) => c.references('questionnaire_versions.id'))
    .addColumn('response_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('links_questionnaire')
    .on('links')
    .column('questionnaire_id')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['links', 'questionnaire_versions', 'questionnaires'])
    await db.schema.dropTable(t).execute()
}
