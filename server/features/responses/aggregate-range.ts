// Whether a period can be answered from the all-time sums (agg_answers_total, agg_criteria_total):
// when it holds every day with responses in scope, summing the days equals the all-time sum.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

export interface DayScope {
  questionnaireIds: number[]
  /** First and last WIB day (inclusive); absent = open. */
  from?: string
  to?: string
  linkId?: number
}

/** True when [from, to] contains the first and last day with responses of the questionnaires. */
export async function coversAllDays(db: Kysely<Database>, scope: DayScope): Promise<boolean> {
  if (!scope.from && !scope.to) return true
  let query = db
    .selectFrom('agg_daily')
    .select((eb) => [eb.fn.min<string>('day').as('first'), eb.fn.max<string>('day').as('last')])
    .where('questionnaire_id', 'in', scope.questionnaireIds)
  if (scope.linkId) query = query.where('link_id', '=', scope.linkId)
  const row = await query.executeTakeFirst()
  if (!row?.first || !row.last) return true
  return (!scope.from || scope.from <= row.first) && (!scope.to || row.last <= scope.to)
}
