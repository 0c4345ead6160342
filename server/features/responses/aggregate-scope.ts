// Which responses an aggregate sum covers, shared by the analytics and the scores: the scope
// (questionnaires, days, link) and its predicates, one segment value, the first and last day with
// responses, and whether a period can be answered from the all-time sums (agg_answers_total,
// agg_criteria_total): when it holds every day with responses in scope, summing the days equals
// the all-time sum.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely'
import type { Database } from '../../../db/database'

export interface AggregateScope {
  questionnaireIds: number[]
  /** First and last WIB day (inclusive); absent = open. */
  from?: string
  to?: string
  linkId?: number
}

/** One segment answer to count the responses of (e.g. kecamatan = 63.71.01). */
export interface SegmentValue {
  code: string
  value: string
}

/** Adds the scope's predicates to a query over a table with questionnaire_id, day and link_id. */
export function scoped<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  scope: AggregateScope,
): SelectQueryBuilder<DB, TB, O> {
  let q = query.where(sql.ref('questionnaire_id'), 'in', scope.questionnaireIds)
  if (scope.from) q = q.where(sql.ref('day'), '>=', scope.from)
  if (scope.to) q = q.where(sql.ref('day'), '<=', scope.to)
  if (scope.linkId) q = q.where(sql.ref('link_id'), '=', scope.linkId)
  return q
}

export interface DayRange {
  first: string | null
  last: string | null
}

/** First and last day with responses of the questionnaires (and link), whatever the period. */
export async function findDayRange(db: Kysely<Database>, scope: AggregateScope): Promise<DayRange> {
  if (scope.questionnaireIds.length === 0) return { first: null, last: null }
  let query = db
    .selectFrom('agg_daily')
    .select((eb) => [eb.fn.min<string>('day').as('first'), eb.fn.max<string>('day').as('last')])
    .where('questionnaire_id', 'in', scope.questionnaireIds)
  if (scope.linkId) query = query.where('link_id', '=', scope.linkId)
  const row = await query.executeTakeFirst()
  return { first: row?.first ?? null, last: row?.last ?? null }
}

/** True when the scope's [from, to] contains `range` (or there is nothing to contain). */
export function coversAllDays(range: DayRange, scope: AggregateScope): boolean {
  if (!range.first || !range.last) return true
  return (!scope.from || scope.from <= range.first) && (!scope.to || range.last <= scope.to)
}
