// The aggregates' own statements, prepared once per connection (db/prepared.ts): the additive
// upserts of every aggregate table, the segment rows of a response, and the agg_pending list of
// responses whose sums are not written yet.
import type SQLite from 'better-sqlite3'
import { sql, type Compilable, type Kysely } from 'kysely'
import type { Database } from '../../../../../db/database'
import { compiler, param, perConnection, placeholders, prepare } from '../../../../../db/prepared'

const DAILY_KEY = ['questionnaire_id', 'version_id', 'link_id', 'day'] as const
const DAILY_SUMS = [
  ...['responses', 'impact_n', 'impact_sum', 'impact_sumsq', 'ikm_n', 'ikm_sum'],
  ...['ikm_sumsq', 'nps_promoters', 'nps_passives', 'nps_detractors', 'sus_n', 'sus_sum'],
  'sus_sumsq',
] as const
const TOTAL_KEY = ['questionnaire_id', 'version_id', 'link_id'] as const
const SEGMENT_KEY = ['questionnaire_id', 'segment_code', 'segment_value', 'link_id', 'day'] as const

/** `insert ... on conflict (key) do update set col = col + excluded.col` for each summed column. */
function upsert(
  table:
    | `agg_${'daily' | 'answers' | 'criteria'}`
    | `agg_${'answers' | 'criteria'}_total`
    | `agg_segment_${'daily' | 'answers' | 'criteria'}`,
  key: readonly string[],
  sums: readonly string[],
): Compilable {
  // The column lists are checked against the tables by the accumulator's typed rows (rows.ts).
  const db = compiler as Kysely<any>
  return db
    .insertInto(table)
    .values(placeholders([...key, ...sums]))
    .onConflict((oc) =>
      oc
        .columns([...key])
        .doUpdateSet((eb) =>
          Object.fromEntries(
            sums.map((c) => [c, eb(eb.ref(`${table}.${c}`), '+', eb.ref(`excluded.${c}`))]),
          ),
        ),
    )
}

/** A response as stored, with what aggregating it needs (recovery from agg_pending). */
export type PendingRow = Pick<
  Database['responses'],
  'questionnaire_id' | 'version_id' | 'link_id' | 'submitted_at' | 'day' | 'answers' | 'impact'
> &
  Pick<Database['responses'], 'criteria' | 'ikm_mean' | 'nps' | 'sus'> & {
    id: number
    excluded_at: string | null
  }

/** `delete from table where <key> and <count> = 0`: a row no response counts in any more. */
function deleteEmpty(
  table: Parameters<typeof upsert>[0],
  key: readonly string[],
  count: 'responses' | 'n',
): Compilable {
  const db = compiler as Kysely<any>
  let query = db.deleteFrom(table).where(count, '=', 0)
  for (const column of key) query = query.where(column, '=', param(column))
  return query
}

const ANSWER_KEY = [...DAILY_KEY, 'code', 'value']
const CRITERION_KEY = [...DAILY_KEY, 'criterion']
const ANSWER_TOTAL_KEY = [...TOTAL_KEY, 'code', 'value']
const CRITERION_TOTAL_KEY = [...TOTAL_KEY, 'criterion']
const SEGMENT_ANSWER_KEY = [...SEGMENT_KEY, 'version_id', 'code', 'value']
const SEGMENT_CRITERION_KEY = [...SEGMENT_KEY, 'criterion']

/** The summed columns of each kind of delta row (accumulator.ts), for subtracting them. */
export const SUMMED = {
  daily: DAILY_SUMS,
  answers: ['n'],
  criteria: ['n', 'sum', 'sumsq'],
  answersTotal: ['n'],
  criteriaTotal: ['n', 'sum', 'sumsq'],
  segmentDaily: DAILY_SUMS,
  segmentAnswers: ['n'],
  segmentCriteria: ['n', 'sum', 'sumsq'],
} as const

export const aggregateStatements = perConnection((sqlite: SQLite.Database) => {
  const db = compiler
  return {
    /** Per kind of delta row: deletes the row of its key once nothing is counted in it. */
    deleteEmpty: {
      daily: prepare(sqlite, deleteEmpty('agg_daily', DAILY_KEY, 'responses')),
      answers: prepare(sqlite, deleteEmpty('agg_answers', ANSWER_KEY, 'n')),
      criteria: prepare(sqlite, deleteEmpty('agg_criteria', CRITERION_KEY, 'n')),
      answersTotal: prepare(sqlite, deleteEmpty('agg_answers_total', ANSWER_TOTAL_KEY, 'n')),
      criteriaTotal: prepare(sqlite, deleteEmpty('agg_criteria_total', CRITERION_TOTAL_KEY, 'n')),
      segmentDaily: prepare(sqlite, deleteEmpty('agg_segment_daily', SEGMENT_KEY, 'responses')),
      segmentAnswers: prepare(sqlite, deleteEmpty('agg_segment_answers', SEGMENT_ANSWER_KEY, 'n')),
      segmentCriteria: prepare(
        sqlite,
        deleteEmpty('agg_segment_criteria', SEGMENT_CRITERION_KEY, 'n'),
      ),
    },
    upsertDaily: prepare(sqlite, upsert('agg_daily', DAILY_KEY, DAILY_SUMS)),
    upsertAnswer: prepare(sqlite, upsert('agg_answers', ANSWER_KEY, SUMMED.answers)),
    upsertCriterion: prepare(sqlite, upsert('agg_criteria', CRITERION_KEY, SUMMED.criteria)),
    upsertAnswerTotal: prepare(
      sqlite,
      upsert('agg_answers_total', ANSWER_TOTAL_KEY, SUMMED.answersTotal),
    ),
    upsertCriterionTotal: prepare(
      sqlite,
      upsert('agg_criteria_total', CRITERION_TOTAL_KEY, SUMMED.criteriaTotal),
    ),
    upsertSegmentDaily: prepare(sqlite, upsert('agg_segment_daily', SEGMENT_KEY, DAILY_SUMS)),
    upsertSegmentAnswer: prepare(
      sqlite,
      upsert('agg_segment_answers', SEGMENT_ANSWER_KEY, SUMMED.segmentAnswers),
    ),
    upsertSegmentCriterion: prepare(
      sqlite,
      upsert('agg_segment_criteria', SEGMENT_CRITERION_KEY, SUMMED.segmentCriteria),
    ),
    /** A response's segment row; one already there is kept (recovery may write it again). */
    insertSegment: prepare(
      sqlite,
      db
        .insertInto('response_segments')
        .orIgnore()
        .values(placeholders(['questionnaire_id', 'code', 'value', 'response_id'] as const)),
    ),
    insertPending: prepare(
      sqlite,
      db.insertInto('agg_pending').values({ response_id: param('responseId') }),
    ),
    deletePending: prepare(
      sqlite,
      db.deleteFrom('agg_pending').where('response_id', '=', param('responseId')),
    ),
    /** Up to `limit` responses listed in agg_pending, lowest id first. */
    pendingResponses: prepare<PendingRow>(
      sqlite,
      db
        .selectFrom('agg_pending as p')
        .innerJoin('responses as r', 'r.id', 'p.response_id')
        .select(['r.id', 'r.questionnaire_id', 'r.version_id', 'r.link_id', 'r.submitted_at'])
        .select(['r.day', 'r.answers', 'r.impact', 'r.criteria', 'r.ikm_mean', 'r.nps', 'r.sus'])
        .select('r.excluded_at')
        .orderBy('p.response_id')
        .limit(param('limit')),
    ),
    /** The stored responses with these ids (a JSON array), as recovery reads them. */
    storedResponses: prepare<PendingRow>(
      sqlite,
      db
        .selectFrom('responses as r')
        .select(['r.id', 'r.questionnaire_id', 'r.version_id', 'r.link_id', 'r.submitted_at'])
        .select(['r.day', 'r.answers', 'r.impact', 'r.criteria', 'r.ikm_mean', 'r.nps', 'r.sus'])
        .select('r.excluded_at')
        .where(sql<boolean>`r.id in (select value from json_each(${param('ids')}))`),
    ),
    versionDefinition: prepare(
      sqlite,
      db.selectFrom('questionnaire_versions').select('definition').where('id', '=', param('id')),
    ),
  }
})

export type AggregateStatements = ReturnType<typeof aggregateStatements>
