// Storage of responses. The ingestion hot path is the one place that runs SQL outside Kysely's
// executor: its queries are written with Kysely (checked types, portable `on conflict do update`)
// and `.compile()`d once, then prepared once per better-sqlite3 connection and run synchronously,
// because the group commit writes a whole batch inside one synchronous transaction and Kysely's
// async executor (compile, prepare and a mutex per call, ~35 µs) would cost more than the rest of
// a submission. Everything off the hot path goes through Kysely as usual.
import type SQLite from 'better-sqlite3'
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely'
import type { Database } from '../../../db/database'

/** Compiles only: never connects. */
const compiler = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
})

/** A parameter placeholder: queries are compiled with `$name` as the value of parameter `name`. */
const p = <T = never>(name: string) => `$${name}` as unknown as T

/** Named parameters: any object whose keys name them (rows of the aggregate tables, ...). */
type Params = object

/** A prepared statement that binds its parameters by name from an object. */
export interface Statement<Row> {
  get(params: Params): Row | undefined
  run(params: Params): SQLite.RunResult
}

function prepare<Row>(sqlite: SQLite.Database, query: Compilable<Row>): Statement<Row> {
  const { sql, parameters } = query.compile()
  const stmt = sqlite.prepare(sql)
  // Parameter i is params[names[i]] when it was compiled from a placeholder, else a constant.
  const names = parameters.map((x) =>
    typeof x === 'string' && x.startsWith('$') ? x.slice(1) : '',
  )
  const bind = (params: Params) => {
    const values = new Array<unknown>(names.length)
    for (let i = 0; i < names.length; i++)
      values[i] = names[i] ? (params as Record<string, unknown>)[names[i]!] : parameters[i]
    return values
  }
  return {
    get: (params) => stmt.get(bind(params)) as Row | undefined,
    run: (params) => stmt.run(bind(params)),
  }
}

/** Columns of a table as `$column` placeholders, for `values(...)`. */
function placeholders<K extends string>(columns: readonly K[]): Record<K, never> {
  return Object.fromEntries(columns.map((c) => [c, p(c)])) as Record<K, never>
}

const RESPONSE_COLUMNS = [
  'questionnaire_id',
  'version_id',
  'program_id',
  'link_id',
  'submitted_at',
  'day',
  'idempotency_key',
  'receipt',
  'device_token',
  'answers',
  'segments',
  'impact',
  'criteria',
  'ikm_mean',
  'nps',
  'sus',
] as const
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
  // The column lists are checked against the tables by the writer's typed rows (aggregate-deltas).
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

function buildStatements(sqlite: SQLite.Database) {
  const db = compiler
  return {
    /** What can change under a cached form: limits, the pin and the latest published version. */
    linkBySlug: prepare(
      sqlite,
      db
        .selectFrom('links')
        .select(['id', 'active', 'opens_at', 'closes_at', 'max_responses', 'response_count'])
        .select(['allow_multiple', 'pinned_version_id'])
        .select((eb) =>
          eb
            .selectFrom('questionnaire_versions as v')
            .select('v.id')
            .whereRef('v.questionnaire_id', '=', 'links.questionnaire_id')
            .orderBy('v.version', 'desc')
            .limit(1)
            .as('latest_version_id'),
        )
        .where('slug', '=', p('slug')),
    ),
    findByIdempotencyKey: prepare(
      sqlite,
      db
        .selectFrom('responses')
        .select(['receipt', 'submitted_at', 'link_id'])
        .where('idempotency_key', '=', p('key')),
    ),
    deviceHasResponded: prepare(
      sqlite,
      db
        .selectFrom('responses')
        .select('id')
        .where('link_id', '=', p('linkId'))
        .where('device_token', '=', p('token'))
        .limit(1),
    ),
    linkLimits: prepare(
      sqlite,
      db
        .selectFrom('links')
        .select(['active', 'opens_at', 'closes_at', 'max_responses', 'response_count'])
        .select('allow_multiple')
        .where('id', '=', p('id')),
    ),
    addLinkResponses: prepare(
      sqlite,
      db
        .updateTable('links')
        .set((eb) => ({ response_count: eb('response_count', '+', p<number>('n')) }))
        .where('id', '=', p('id')),
    ),
    insertResponse: prepare(
      sqlite,
      db.insertInto('responses').values(placeholders(RESPONSE_COLUMNS)),
    ),
    /** A response's segment row; one already there is kept (the deferred path's recovery). */
    insertSegment: prepare(
      sqlite,
      db
        .insertInto('response_segments')
        .orIgnore()
        .values(placeholders(['questionnaire_id', 'code', 'value', 'response_id'] as const)),
    ),
    versionDefinition: prepare(
      sqlite,
      db.selectFrom('questionnaire_versions').select('definition').where('id', '=', p('id')),
    ),
    insertPending: prepare(
      sqlite,
      db.insertInto('agg_pending').values({ response_id: p('responseId') }),
    ),
    deletePending: prepare(
      sqlite,
      db.deleteFrom('agg_pending').where('response_id', '=', p('responseId')),
    ),
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
  }
}

export type IngestStatements = ReturnType<typeof buildStatements>

const prepared = new WeakMap<SQLite.Database, IngestStatements>()

/** The ingestion statements of a connection, prepared on first use. */
export function ingestStatements(sqlite: SQLite.Database): IngestStatements {
  let statements = prepared.get(sqlite)
  if (!statements) prepared.set(sqlite, (statements = buildStatements(sqlite)))
  return statements
}

/**
 * Up to `limit` responses listed in agg_pending, lowest id first, with what aggregating them
 * needs (the frozen definition comes from the version, by id).
 */
export function findPendingResponses(sqlite: SQLite.Database, limit: number) {
  const { sql, parameters } = compiler
    .selectFrom('agg_pending as p')
    .innerJoin('responses as r', 'r.id', 'p.response_id')
    .select(['r.id', 'r.questionnaire_id', 'r.version_id', 'r.program_id', 'r.link_id'])
    .select(['r.submitted_at', 'r.idempotency_key', 'r.device_token', 'r.receipt', 'r.answers'])
    .select(['r.impact', 'r.criteria', 'r.ikm_mean', 'r.nps', 'r.sus'])
    .orderBy('p.response_id')
    .limit(limit)
    .compile()
  type Row = Omit<Database['responses'], 'id' | 'day' | 'segments'> & { id: number }
  return sqlite.prepare(sql).all(parameters) as Row[]
}

/** A response by its receipt with its program's name, for the thank-you page. */
export function findReceipt(db: Kysely<Database>, receipt: string) {
  return db
    .selectFrom('responses')
    .innerJoin('programs', 'programs.id', 'responses.program_id')
    .select(['responses.receipt', 'responses.submitted_at', 'programs.name as program_name'])
    .where('responses.receipt', '=', receipt)
    .executeTakeFirst()
}
