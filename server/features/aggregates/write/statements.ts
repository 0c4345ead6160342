// The aggregates' own statements, prepared once per connection (db/prepared.ts): the additive
// upserts of every aggregate table, the segment rows of a response, and the agg_pending list of
// responses whose sums are not written yet.
import type SQLite from 'better-sqlite3'
import type { Compilable, Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import { compiler, param, perConnection, placeholders, prepare } from '../../../../db/prepared'

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
export type PendingRow = Omit<Database['responses'], 'id' | 'day' | 'segments'> & { id: number }

export const aggregateStatements = perConnection((sqlite: SQLite.Database) => {
  const db = compiler
  return {
    upsertDaily: prepare(sqlite, upsert('agg_daily', DAILY_KEY, DAILY_SUMS)),
    upsertAnswer: prepare(sqlite, upsert('agg_answers', [...DAILY_KEY, 'code', 'value'], ['n'])),
    upsertCriterion: prepare(
      sqlite,
      upsert('agg_criteria', [...DAILY_KEY, 'criterion'], ['n', 'sum', 'sumsq']),
    ),
    upsertAnswerTotal: prepare(
      sqlite,
      upsert('agg_answers_total', [...TOTAL_KEY, 'code', 'value'], ['n']),
    ),
    upsertCriterionTotal: prepare(
      sqlite,
      upsert('agg_criteria_total', [...TOTAL_KEY, 'criterion'], ['n', 'sum', 'sumsq']),
    ),
    upsertSegmentDaily: prepare(sqlite, upsert('agg_segment_daily', SEGMENT_KEY, DAILY_SUMS)),
    upsertSegmentAnswer: prepare(
      sqlite,
      upsert('agg_segment_answers', [...SEGMENT_KEY, 'version_id', 'code', 'value'], ['n']),
    ),
    upsertSegmentCriterion: prepare(
      sqlite,
      upsert('agg_segment_criteria', [...SEGMENT_KEY, 'criterion'], ['n', 'sum', 'sumsq']),
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
        .select(['r.id', 'r.questionnaire_id', 'r.version_id', 'r.program_id', 'r.link_id'])
        .select(['r.submitted_at', 'r.idempotency_key', 'r.device_token', 'r.receipt'])
        .select(['r.answers', 'r.impact', 'r.criteria', 'r.ikm_mean', 'r.nps', 'r.sus'])
        .orderBy('p.response_id')
        .limit(param('limit')),
    ),
    versionDefinition: prepare(
      sqlite,
      db.selectFrom('questionnaire_versions').select('definition').where('id', '=', param('id')),
    ),
  }
})

export type AggregateStatements = ReturnType<typeof aggregateStatements>
