// Assessors' quick-win marks per program and the yearly smart-city evaluation of a region.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessments')
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id'))
    .addColumn('evaluator_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('marks', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessments_pk', ['program_id', 'evaluator_id'])
    .execute()

  await db.schema
    .createTable('evaluations')
    .addColumn('region_id', 'integer', (c) => c.notNull().references('regions.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('baseline', 'real')
    .addColumn('output', 'real')
    .addColumn('outcome', 'real')
    .addColumn('outcome_by_dimension', 'text')
    .addColumn('impact_override', 'real')
    .addColumn('impact_reason', 'text')
    .addColumn('quickwin_override', 'real')
    .addColumn('quickwin_reason', 'text')
    .addColumn('weights', 'text')
    .addColumn('citizen_weight', 'real')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('evaluations_pk', ['region_id', 'year'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('evaluations').execute()
  await db.schema.dropTable('assessments').execute()
}
