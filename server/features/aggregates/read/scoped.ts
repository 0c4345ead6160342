// A selection's predicates on the aggregate tables (all keyed by questionnaire_id, day and
// link_id), the first and last day with responses, and whether a period can be answered from the
// all-time sums (agg_answers_total, agg_criteria_total): when it holds every day with responses,
// summing the days equals the all-time sum.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely'
import type { Database } from '../../../../db/database'
import type { Selection } from './selection'

/** Adds the selection's questionnaires, period and link to a query over an aggregate table. */
export function scoped<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  selection: Selection,
): SelectQueryBuilder<DB, TB, O> {
  let q = query.where(sql.ref('questionnaire_id'), 'in', selection.questionnaireIds)
  if (selection.from) q = q.where(sql.ref('day'), '>=', selection.from)
  if (selection.to) q = q.where(sql.ref('day'), '<=', selection.to)
  if (selection.linkId) q = q.where(sql.ref('link_id'), '=', selection.linkId)
  return q
}

/** The selection without its period: for the all-time sums. */
export const allTime = (selection: Selection): Selection => ({
  ...selection,
  from: undefined,
  to: undefined,
})

export interface DayRange {
  first: string | null
  last: string | null
}

/** First and last day with responses of the questionnaires (and link), whatever the period. */
export async function findDayRange(db: Kysely<Database>, selection: Selection): Promise<DayRange> {
  if (selection.questionnaireIds.length === 0) return { first: null, last: null }
  let query = db
    .selectFrom('agg_daily')
    .select((eb) => [eb.fn.min<string>('day').as('first'), eb.fn.max<string>('day').as('last')])
    .where('questionnaire_id', 'in', selection.questionnaireIds)
  if (selection.linkId) query = query.where('link_id', '=', selection.linkId)
  const row = await query.executeTakeFirst()
  return { first: row?.first ?? null, last: row?.last ?? null }
}

/** True when the selection's [from, to] contains `range` (or there is nothing to contain). */
export function coversAllDays(range: DayRange, selection: Selection): boolean {
  if (!range.first || !range.last) return true
  return (
    (!selection.from || selection.from <= range.first) &&
    (!selection.to || range.last <= selection.to)
  )
}
