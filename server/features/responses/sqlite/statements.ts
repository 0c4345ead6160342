// The SQLite response store's statements, prepared once per connection (db/prepared.ts): the
// group commit stores a whole batch inside one synchronous transaction on the writer thread, and
// the request thread's few reads must not go through Kysely's async executor either.
import type SQLite from 'better-sqlite3'
import type { Database } from '../../../../db/database'
import { compiler, param, perConnection, placeholders, prepare } from '../../../../db/prepared'

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

/** What the submission rules read of a link (submission-rules.ts). */
const LINK_LIMITS = [
  'active',
  'opens_at',
  'closes_at',
  'max_responses',
  'response_count',
  'allow_multiple',
] as const

export const responseStatements = perConnection((sqlite: SQLite.Database) => {
  const db = compiler
  return {
    /** A link's limits with what can change under a cached form: the pin and latest version. */
    linkBySlug: prepare(
      sqlite,
      db
        .selectFrom('links')
        .select(['id', ...LINK_LIMITS, 'pinned_version_id'])
        .select((eb) =>
          eb
            .selectFrom('questionnaire_versions as v')
            .select('v.id')
            .whereRef('v.questionnaire_id', '=', 'links.questionnaire_id')
            .orderBy('v.version', 'desc')
            .limit(1)
            .as('latest_version_id'),
        )
        .where('slug', '=', param('slug')),
    ),
    linkLimits: prepare(
      sqlite,
      db.selectFrom('links').select(LINK_LIMITS).where('id', '=', param('id')),
    ),
    findByIdempotencyKey: prepare(
      sqlite,
      db
        .selectFrom('responses')
        .select(['receipt', 'submitted_at', 'link_id'])
        .where('idempotency_key', '=', param('key')),
    ),
    deviceHasResponded: prepare(
      sqlite,
      db
        .selectFrom('responses')
        .select('id')
        .where('link_id', '=', param('linkId'))
        .where('device_token', '=', param('token'))
        .limit(1),
    ),
    addLinkResponses: prepare(
      sqlite,
      db
        .updateTable('links')
        .set((eb) => ({ response_count: eb('response_count', '+', param<number>('n')) }))
        .where('id', '=', param('id')),
    ),
    insertResponse: prepare(
      sqlite,
      db.insertInto('responses').values(placeholders(RESPONSE_COLUMNS)),
    ),
  }
})

export type ResponseStatements = ReturnType<typeof responseStatements>
export type LinkLimitsRow = NonNullable<ReturnType<ResponseStatements['linkLimits']['get']>>
export type LinkBySlugRow = NonNullable<ReturnType<ResponseStatements['linkBySlug']['get']>>

/** The writer thread's statements that correct stored responses (correction-store.ts). */
export const correctionStatements = perConnection((sqlite: SQLite.Database) => {
  const db = compiler
  return {
    exclude: prepare(
      sqlite,
      db
        .updateTable('responses')
        .set({
          excluded_at: param('at'),
          excluded_by: param('by'),
          excluded_reason: param('reason'),
        })
        .where('id', '=', param('id')),
    ),
    restore: prepare(
      sqlite,
      db
        .updateTable('responses')
        .set({ excluded_at: null, excluded_by: null, excluded_reason: null })
        .where('id', '=', param('id')),
    ),
    /** A chunk of the responses of a region's programs, by id. */
    regionResponses: prepare(
      sqlite,
      db
        .selectFrom('responses')
        .select(['id', 'questionnaire_id', 'submitted_at', 'day'])
        .where('program_id', 'in', (eb) =>
          eb.selectFrom('programs').select('id').where('region_id', '=', param('regionId')),
        )
        .where('id', '>', param('after'))
        .orderBy('id')
        .limit(param('limit')),
    ),
    setDay: prepare(
      sqlite,
      db
        .updateTable('responses')
        .set({ day: param('day') })
        .where('id', '=', param('id')),
    ),
  }
})
