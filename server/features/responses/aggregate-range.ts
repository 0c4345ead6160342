// The first and last day with responses, and whether a period can be answered from the all-time
// sums (agg_answers_total, agg_criteria_total): when it holds every day with responses in scope,
// summing the days equals the all-time sum.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

export interface DayScope {
  questionnaireIds: number[]
  /** First and last WIB day (inclusive); absent = open. */
  from?: string
  to?: string
  linkId?: number
}

export interface DayRange {
  first: string | null
  last: string | null
}

/** First and last day with responses of the questionnaires (and link), whatever the period. */
export async function findDayRange(db: Kysely<Database>, scope: DayScope): Promise<DayRange> {
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
export function coversAllDays(range: DayRange, scope: DayScope): boolean {
  if (!range.first || !range.last) return true
  return (!scope.from || scope.from <= range.first) && (!scope.to || range.last <= scope.to)
}
