// Official smart-city figures of a region's year entered from a published source (never
// recomputed), one per region and year, beside the evaluations the platform computes.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('published_evaluations')
    .addColumn('region_id', 'integer', (c) => c.notNull().references('regions.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('index_value', 'real', (c) => c.notNull())
    /** The five components as published (JSON), when the source gives them. */
    .addColumn('scores', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    /** The date of the source (YYYY-MM-DD); null when the source states none (seeded figures). */
    .addColumn('published_at', 'text')
    .addColumn('note', 'text')
    /** The rank the source states, with how many regions were ranked (JSON), if it states one. */
    .addColumn('published_rank', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('published_evaluations_pk', ['region_id', 'year'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('published_evaluations').execute()
}
