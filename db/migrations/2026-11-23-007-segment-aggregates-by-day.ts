// Segment filters on aggregates, and answer counts summed without a sort.
//
// - agg_segment_daily, agg_segment_answers and agg_segment_criteria keep the sums of agg_daily,
//   agg_answers and agg_criteria for each segment answer (e.g. kecamatan = 63.71.01) by day and
//   link, so a dashboard filtered by a period, a link and one segment value reads aggregates
//   instead of probing every response of the period (about 1.5 s at a million responses). They
//   replace the all-time agg_segment_answers / agg_segment_scores of 003, and count every counted
//   question, the segment's own included.
// - agg_answers gets the key (questionnaire, code, value, version, link, day): summing it by code
//   and value then follows the key instead of sorting every (day x link x value) row (43 -> 10 ms
//   for a year of four links).
// Existing rows are rebuilt from the responses in SQL (backfillSegmentAggregates), following the
// contract in server/features/responses/aggregate-deltas.ts.
import { sql, type CreateTableBuilder, type Kysely } from 'kysely'
import { dialectOf } from '../dialect'

const SEGMENT_KEY = ['questionnaire_id', 'segment_code', 'segment_value', 'link_id', 'day'] as const

const SUM_COLUMNS = [
  ...['responses', 'impact_n', 'impact_sum', 'impact_sumsq', 'ikm_n', 'ikm_sum', 'ikm_sumsq'],
  ...['nps_promoters', 'nps_passives', 'nps_detractors', 'sus_n', 'sus_sum', 'sus_sumsq'],
] as const

function segmentColumns(table: CreateTableBuilder<string, any>) {
  return table
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull())
    .addColumn('segment_code', 'text', (c) => c.notNull())
    .addColumn('segment_value', 'text', (c) => c.notNull())
    .addColumn('link_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agg_segment_answers').execute()
  await db.schema.dropTable('agg_segment_scores').execute()

  let daily = segmentColumns(db.schema.createTable('agg_segment_daily'))
  for (const column of SUM_COLUMNS) {
    const type = column.endsWith('_sum') || column.endsWith('_sumsq') ? 'real' : 'integer'
    daily = daily.addColumn(column, type, (c) => c.notNull().defaultTo(0))
  }
  await daily
    .addPrimaryKeyConstraint('agg_segment_daily_pk', [...SEGMENT_KEY])
    .modifyEnd(sql`without rowid`)
    .execute()

  // Keyed code before segment value: a cross-tab (one question by one segment) is one range, and
  // a segment filter names its codes (`code in (...)`) to reach the segment value.
  await segmentColumns(db.schema.createTable('agg_segment_answers'))
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_segment_answers_pk', [
      'questionnaire_id',
      'segment_code',
      'code',
      'segment_value',
      'value',
      'version_id',
      'link_id',
      'day',
    ])
    .modifyEnd(sql`without rowid`)
    .execute()

  await segmentColumns(db.schema.createTable('agg_segment_criteria'))
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sum', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('sumsq', 'real', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_segment_criteria_pk', [...SEGMENT_KEY, 'criterion'])
    .modifyEnd(sql`without rowid`)
    .execute()

  await db.schema.alterTable('agg_answers').renameTo('agg_answers_by_day').execute()
  await db.schema
    .createTable('agg_answers')
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull())
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('link_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agg_answers_by_value_pk', [
      'questionnaire_id',
      'code',
      'value',
      'version_id',
      'link_id',
      'day',
    ])
    .modifyEnd(sql`without rowid`)
    .execute()
  await sql`insert into agg_answers (questionnaire_id, version_id, link_id, day, code, value, n)
    select questionnaire_id, version_id, link_id, day, code, value, n from agg_answers_by_day`.execute(
    db,
  )
  await db.schema.dropTable('agg_answers_by_day').execute()

  await backfillSegmentAggregates(db)
}

/**
 * Fills the three segment tables from responses, response_segments and agg_answers (which tells
 * the counted questions of each version: neither text nor personal). Multi answers count each
 * selected option; numbers count as their decimal text.
 */
export async function backfillSegmentAggregates(db: Kysely<any>): Promise<void> {
  // A PostgreSQL database is created by all the migrations at once (PostgreSQL support came
  // later): it has no responses to backfill, and these statements are SQLite's (json_each).
  if (dialectOf(db) === 'postgres') return
  await sql`insert into agg_segment_daily
    select r.questionnaire_id, s.code, s.value, r.link_id, r.day,
      count(*),
      count(r.impact), coalesce(sum(r.impact), 0), coalesce(sum(r.impact * r.impact), 0),
      count(r.ikm_mean), coalesce(sum(r.ikm_mean), 0), coalesce(sum(r.ikm_mean * r.ikm_mean), 0),
      count(case when r.nps >= 9 then 1 end),
      count(case when r.nps >= 7 and r.nps < 9 then 1 end),
      count(case when r.nps < 7 then 1 end),
      count(r.sus), coalesce(sum(r.sus), 0), coalesce(sum(r.sus * r.sus), 0)
    from response_segments s join responses r on r.id = s.response_id
    group by r.questionnaire_id, s.code, s.value, r.link_id, r.day`.execute(db)

  await sql`insert into agg_segment_criteria
    select r.questionnaire_id, s.code, s.value, r.link_id, r.day, c.key,
      count(*), sum(c.value), sum(c.value * c.value)
    from response_segments s join responses r on r.id = s.response_id, json_each(r.criteria) c
    group by r.questionnaire_id, s.code, s.value, r.link_id, r.day, c.key`.execute(db)

  await sql`insert into agg_segment_answers
    with counted as (select distinct version_id, code from agg_answers),
    answer as (
      select r.id, r.version_id, a.key as code, cast(a.value as text) as value
      from responses r, json_each(r.answers) a
      where a.type not in ('array', 'object', 'null')
      union all
      select r.id, r.version_id, a.key, cast(m.value as text)
      from responses r, json_each(r.answers) a, json_each(a.value) m
      where a.type = 'array'
    )
    select r.questionnaire_id, s.code, s.value, r.link_id, r.day, r.version_id, a.code, a.value,
      count(*)
    from response_segments s
      join responses r on r.id = s.response_id
      join answer a on a.id = r.id
    where (a.version_id, a.code) in (select version_id, code from counted)
    group by r.questionnaire_id, s.code, a.code, s.value, a.value, r.version_id, r.link_id, r.day`.execute(
    db,
  )
}

/** Back to 003's tables, summed from the segment tables (the day and link are dropped). */
export async function down(db: Kysely<any>): Promise<void> {
  await sql`create table agg_segment_scores (questionnaire_id integer not null,
    segment_code text not null, segment_value text not null,
    responses integer not null default 0, impact_n integer not null default 0,
    impact_sum real not null default 0, impact_sumsq real not null default 0,
    constraint agg_segment_scores_pk primary key (questionnaire_id, segment_code, segment_value)
  ) without rowid`.execute(db)
  await sql`insert into agg_segment_scores select questionnaire_id, segment_code, segment_value,
    sum(responses), sum(impact_n), sum(impact_sum), sum(impact_sumsq) from agg_segment_daily
    group by questionnaire_id, segment_code, segment_value`.execute(db)
  await db.schema.alterTable('agg_segment_answers').renameTo('agg_segment_answers_by_day').execute()
  await sql`create table agg_segment_answers (questionnaire_id integer not null,
    segment_code text not null, segment_value text not null, code text not null,
    value text not null, n integer not null default 0,
    constraint agg_segment_answers_pk
      primary key (questionnaire_id, segment_code, segment_value, code, value)
  ) without rowid`.execute(db)
  await sql`insert into agg_segment_answers select questionnaire_id, segment_code, segment_value,
    code, value, sum(n) from agg_segment_answers_by_day where code <> segment_code
    group by questionnaire_id, segment_code, segment_value, code, value`.execute(db)
  for (const t of ['agg_segment_answers_by_day', 'agg_segment_daily', 'agg_segment_criteria']) {
    await db.schema.dropTable(t).execute()
  }
  // agg_answers keeps its key: the same rows, only ordered differently.
}
