// Analytics queries: the program's questionnaires, versions and links, and sums over the
// maintained aggregates. Their cost grows with days x links x answer values, never with the
// number of responses. One segment value is read from the segment aggregates (agg_segment_*);
// the raw-row queries behind several segment filters at once live in raw-counts.ts.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import {
  scoped,
  type AggregateScope as Scope,
  type SegmentValue,
} from '../responses/aggregate-scope'

export type { Scope, SegmentValue }

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

/** Responses per day and link in scope (agg_daily, or agg_segment_daily for a segment value). */
export async function sumDailyCounts(db: Kysely<Database>, scope: Scope, segment?: SegmentValue) {
  if (scope.questionnaireIds.length === 0) return []
  const query = segment
    ? db
        .selectFrom('agg_segment_daily')
        .where('segment_code', '=', segment.code)
        .where('segment_value', '=', segment.value)
    : db.selectFrom('agg_daily')
  const rows = await scoped(query, scope)
    .select(['day', 'link_id'])
    .select((eb) => eb.fn.sum<number>('responses').as('n'))
    .groupBy(['day', 'link_id'])
    .execute()
  return rows.map((r) => ({ day: r.day, linkId: r.link_id, n: Number(r.n) }))
}

/**
 * Counted answers per question code and value in scope: from agg_answers_total when `allDays`
 * (the period holds every day with responses: coversAllDays), else agg_answers (both keyed by
 * code and value, so the sum needs no sort); for a segment value, of the questions `codes`
 * (agg_segment_answers).
 */
export async function sumAnswerCounts(
  db: Kysely<Database>,
  scope: Scope,
  segment?: SegmentValue & { codes: string[] },
  allDays = false,
) {
  if (scope.questionnaireIds.length === 0) return []
  if (segment?.codes.length === 0) return []
  const total = !segment && allDays
  const query = segment
    ? db
        .selectFrom('agg_segment_answers')
        .where('segment_code', '=', segment.code)
        .where('code', 'in', segment.codes)
        .where('segment_value', '=', segment.value)
    : total
      ? db.selectFrom('agg_answers_total')
      : db.selectFrom('agg_answers')
  // Grouped by questionnaire first, as the keys are, so SQLite sums in key order with no sort
  // (with `questionnaire_id in (a, b)` a GROUP BY code, value sorts every row: 34 ms vs 11 ms
  // for 66,000 rows); the questionnaires are merged here.
  const rows = await scoped(query, total ? { ...scope, from: undefined, to: undefined } : scope)
    .select(['code', 'value'])
    .select((eb) => eb.fn.sum<number>('n').as('n'))
    .groupBy(['questionnaire_id', 'code', 'value'])
    .execute()
  const merged = new Map<string, { code: string; value: string; n: number }>()
  for (const r of rows) {
    const key = `${r.code}\u0000${r.value}`
    const row = merged.get(key)
    if (row) row.n += Number(r.n)
    else merged.set(key, { code: r.code, value: r.value, n: Number(r.n) })
  }
  return [...merged.values()]
}

/** Per segment value and answer value of one question in scope (agg_segment_answers). */
export async function sumSegmentAnswers(
  db: Kysely<Database>,
  scope: Scope,
  segmentCode: string,
  code: string,
) {
  if (scope.questionnaireIds.length === 0) return []
  const rows = await scoped(db.selectFrom('agg_segment_answers'), scope)
    .select(['segment_value', 'value'])
    .select((eb) => eb.fn.sum<number>('n').as('n'))
    .where('segment_code', '=', segmentCode)
    .where('code', '=', code)
    .groupBy(['segment_value', 'value'])
    .execute()
  return rows.map((r) => ({ segmentValue: r.segment_value, value: r.value, n: Number(r.n) }))
}

/** Responses and respondent impact moments per segment value in scope (agg_segment_daily). */
export async function sumSegmentScores(db: Kysely<Database>, scope: Scope, segmentCode: string) {
  if (scope.questionnaireIds.length === 0) return []
  const rows = await scoped(db.selectFrom('agg_segment_daily'), scope)
    .select('segment_value')
    .select((eb) => [
      eb.fn.sum<number>('responses').as('responses'),
      eb.fn.sum<number>('impact_n').as('n'),
      eb.fn.sum<number>('impact_sum').as('sum'),
      eb.fn.sum<number>('impact_sumsq').as('sumSq'),
    ])
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
