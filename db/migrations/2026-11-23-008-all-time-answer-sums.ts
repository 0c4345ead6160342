// All-time sums of answer counts and criterion moments per questionnaire, version and link: what
// agg_answers and agg_criteria hold without the day. A dashboard or score whose period covers
// every day with responses (unfiltered, or the program's year) reads these few hundred rows
// instead of summing a row per day x link x value (~90,000 for a year of four links; 20-30 ms).
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agg_answers_total')
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('link_id', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_answers_total_pk', [
      'questionnaire_id',
      'code',
      'value',
      'version_id',
      'link_id',
    ])
    .modifyEnd(sql`without rowid`)
    .execute()
  await db.schema
    .createTable('agg_criteria_total')
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull())
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('link_id', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sum', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('sumsq', 'real', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_criteria_total_pk', [
      'questionnaire_id',
      'criterion',
      'version_id',
      'link_id',
    ])
    .modifyEnd(sql`without rowid`)
    .execute()
  await sql`insert into agg_answers_total (questionnaire_id, code, value, version_id, link_id, n)
    select questionnaire_id, code, value, version_id, link_id, sum(n) from agg_answers
    group by questionnaire_id, code, value, version_id, link_id`.execute(db)
  await sql`insert into agg_criteria_total
      (questionnaire_id, criterion, version_id, link_id, n, sum, sumsq)
    select questionnaire_id, criterion, version_id, link_id, sum(n), sum(sum), sum(sumsq)
    from agg_criteria group by questionnaire_id, criterion, version_id, link_id`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agg_criteria_total').execute()
  await db.schema.dropTable('agg_answers_total').execute()
}
