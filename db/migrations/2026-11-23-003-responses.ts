// Responses and the aggregates maintained with them (same transaction), so dashboards read
// counts instead of recounting. Aggregate keys carry the day and link so date and channel
// filters stay on aggregates; segment filters read response_segments and the raw rows.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('responses')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull().references('questionnaires.id'))
    .addColumn('version_id', 'integer', (c) => c.notNull().references('questionnaire_versions.id'))
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id'))
    .addColumn('link_id', 'integer', (c) => c.notNull().references('links.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('receipt', 'text', (c) => c.notNull().unique())
    .addColumn('device_token', 'text')
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('segments', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('impact', 'real')
    .addColumn('criteria', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('ikm_mean', 'real')
    .addColumn('nps', 'integer')
    .addColumn('sus', 'real')
    .execute()
  await db.schema
    .createIndex('responses_questionnaire_day')
    .on('responses')
    .columns(['questionnaire_id', 'day'])
    .execute()
  await db.schema
    .createIndex('responses_program_day')
    .on('responses')
    .columns(['program_id', 'day'])
    .execute()
  await db.schema
    .createIndex('responses_link_device')
    .on('responses')
    .columns(['link_id', 'device_token'])
    .execute()

  await db.schema
    .createTable('response_segments')
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('response_id', 'integer', (c) => c.notNull().references('responses.id'))
    .addPrimaryKeyConstraint('response_segments_pk', [
      'questionnaire_id',
      'code',
      'value',
      'response_id',
    ])
    .modifyEnd(sql`without rowid`)
    .execute()

  const key = ['questionnaire_id', 'version_id', 'link_id', 'day'] as const
  await db.schema
    .createTable('agg_daily')
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull())
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('link_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('responses', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('impact_n', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('impact_sum', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('impact_sumsq', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('ikm_n', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ikm_sum', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('ikm_sumsq', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('nps_promoters', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('nps_passives', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('nps_detractors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sus_n', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sus_sum', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('sus_sumsq', 'real', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_daily_pk', [...key])
    .modifyEnd(sql`without rowid`)
    .execute()

  await db.schema
    .createTable('agg_answers')
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull())
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('link_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_answers_pk', [...key, 'code', 'value'])
    .modifyEnd(sql`without rowid`)
    .execute()

  await db.schema
    .createTable('agg_criteria')
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull())
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('link_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sum', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('sumsq', 'real', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_criteria_pk', [...key, 'criterion'])
    .modifyEnd(sql`without rowid`)
    .execute()

  // Cross-tabs (any question by any segment) for the unfiltered dashboard.
  await db.schema
    .createTable('agg_segment_answers')
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull())
    .addColumn('segment_code', 'text', (c) => c.notNull())
    .addColumn('segment_value', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_segment_answers_pk', [
      'questionnaire_id',
      'segment_code',
      'segment_value',
      'code',
      'value',
    ])
    .modifyEnd(sql`without rowid`)
    .execute()

  await db.schema
    .createTable('agg_segment_scores')
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull())
    .addColumn('segment_code', 'text', (c) => c.notNull())
    .addColumn('segment_value', 'text', (c) => c.notNull())
    .addColumn('responses', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('impact_n', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('impact_sum', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('impact_sumsq', 'real', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_segment_scores_pk', [
      'questionnaire_id',
      'segment_code',
      'segment_value',
    ])
    .modifyEnd(sql`without rowid`)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'agg_segment_scores',
    'agg_segment_answers',
    'agg_criteria',
    'agg_answers',
    'agg_daily',
    'response_segments',
    'responses',
  ]) {
    await db.schema.dropTable(t).execute()
  }
}
