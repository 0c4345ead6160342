// Analytics queries: the program's questionnaires, versions and links, and sums over the
// maintained aggregates. Their cost grows with days x links x answer values, never with the
// number of responses (the raw-row queries behind segment filters live in raw-counts.ts).
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely'
import type { Database } from '../../../db/database'

/** Which responses count: the questionnaires, an optional day range and link. */
export interface Scope {
  questionnaireIds: number[]
  from?: string
  to?: string
  linkId?: number
}

export function listQuestionnaireRows(db: Kysely<Database>, programId: number) {
  return db
    .selectFrom('questionnaires')
    .select(['id', 'title'])
    .where('program_id', '=', programId)
    .orderBy('id')
    .execute()
}

/** Published versions with their definitions, oldest first. */
export function listVersionRows(db: Kysely<Database>, questionnaireIds: number[]) {
  if (questionnaireIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('questionnaire_versions')
    .select(['id', 'questionnaire_id', 'version', 'published_at', 'definition'])
    .where('questionnaire_id', 'in', questionnaireIds)
    .orderBy('questionnaire_id')
    .orderBy('version')
    .execute()
}

export function listLinkRows(db: Kysely<Database>, questionnaireIds: number[]) {
  if (questionnaireIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('links')
    .select(['id', 'questionnaire_id', 'channel'])
    .where('questionnaire_id', 'in', questionnaireIds)
    .orderBy('id')
    .execute()
}

/** Adds the scope's predicates to a query over a table with questionnaire_id, day and link_id. */
function scoped<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  scope: Scope,
): SelectQueryBuilder<DB, TB, O> {
  let q = query.where(sql.ref('questionnaire_id'), 'in', scope.questionnaireIds)
  if (scope.from) q = q.where(sql.ref('day'), '>=', scope.from)
  if (scope.to) q = q.where(sql.ref('day'), '<=', scope.to)
  if (scope.linkId) q = q.where(sql.ref('link_id'), '=', scope.linkId)
  return q
}

/** Responses per day and link in scope (agg_daily). */
export async function sumDailyCounts(db: Kysely<Database>, scope: Scope) {
  if (scope.questionnaireIds.length === 0) return []
  const rows = await scoped(db.selectFrom('agg_daily'), scope)
    .select(['day', 'link_id'])
    .select((eb) => eb.fn.sum<number>('responses').as('n'))
    .groupBy(['day', 'link_id'])
    .execute()
  return rows.map((r) => ({ day: r.day, linkId: r.link_id, n: Number(r.n) }))
}

/** Counted answers per question code and value in scope (agg_answers). */
export async function sumAnswerCounts(db: Kysely<Database>, scope: Scope) {
  if (scope.questionnaireIds.length === 0) return []
  const rows = await scoped(db.selectFrom('agg_answers'), scope)
    .select(['code', 'value'])
    .select((eb) => eb.fn.sum<number>('n').as('n'))
    .groupBy(['code', 'value'])
    .execute()
  return rows.map((r) => ({ code: r.code, value: r.value, n: Number(r.n) }))
}

/** First and last day with responses (ignoring the scope's day range), for the trend's axis. */
export async function findDayRange(db: Kysely<Database>, scope: Scope) {
  if (scope.questionnaireIds.length === 0) return { first: null, last: null }
  const row = await scoped(db.selectFrom('agg_daily'), { ...scope, from: undefined, to: undefined })
    .select((eb) => [eb.fn.min<string>('day').as('first'), eb.fn.max<string>('day').as('last')])
    .executeTakeFirst()
  return { first: row?.first ?? null, last: row?.last ?? null }
}

/** Per segment value and answer value of one question, over all time (agg_segment_answers). */
export async function sumSegmentAnswers(
  db: Kysely<Database>,
  questionnaireIds: number[],
  segmentCode: string,
  code: string,
) {
  if (questionnaireIds.length === 0) return []
  const rows = await db
    .selectFrom('agg_segment_answers')
    .select(['segment_value', 'value'])
    .select((eb) => eb.fn.sum<number>('n').as('n'))
    .where('questionnaire_id', 'in', questionnaireIds)
    .where('segment_code', '=', segmentCode)
    .where('code', '=', code)
    .groupBy(['segment_value', 'value'])
    .execute()
  return rows.map((r) => ({ segmentValue: r.segment_value, value: r.value, n: Number(r.n) }))
}

/** Respondent impact moments per segment value, over all time (agg_segment_scores). */
export async function sumSegmentScores(
  db: Kysely<Database>,
  questionnaireIds: number[],
  segmentCode: string,
) {
  if (questionnaireIds.length === 0) return []
  const rows = await db
    .selectFrom('agg_segment_scores')
    .select('segment_value')
    .select((eb) => [
      eb.fn.sum<number>('responses').as('responses'),
      eb.fn.sum<number>('impact_n').as('n'),
      eb.fn.sum<number>('impact_sum').as('sum'),
      eb.fn.sum<number>('impact_sumsq').as('sumSq'),
    ])
    .where('questionnaire_id', 'in', questionnaireIds)
    .where('segment_code', '=', segmentCode)
    .groupBy('segment_value')
    .execute()
  return rows.map((r) => ({
    segmentValue: r.segment_value,
    responses: Number(r.responses),
    moments: { n: Number(r.n), sum: Number(r.sum), sumSq: Number(r.sumSq) },
  }))
}

/**
 * The program's response count (agg_daily) and the time of its latest response: the latest day
 * from the aggregate, then the latest submission of that day only (index responses_program_day).
 */
export async function findSummary(db: Kysely<Database>, programId: number) {
  const own = db.selectFrom('questionnaires').select('id').where('program_id', '=', programId)
  const row = await db
    .selectFrom('agg_daily')
    .select((eb) => [
      eb.fn.sum<number>('responses').as('total'),
      eb.fn.max<string>('day').as('last'),
    ])
    .where('questionnaire_id', 'in', own)
    .executeTakeFirst()
  const total = Number(row?.total ?? 0)
  if (!row?.last) return { total, lastResponseAt: null }
  const latest = await db
    .selectFrom('responses')
    .select((eb) => eb.fn.max<string>('submitted_at').as('at'))
    .where('program_id', '=', programId)
    .where('day', '=', row.last)
    .executeTakeFirst()
  return { total, lastResponseAt: latest?.at ?? null }
}
