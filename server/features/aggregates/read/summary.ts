// A program's response count and the time of its latest response, for the console's polling and
// live stream: the count from agg_daily, the latest day from the same rows, then the latest
// submission of that day only (index responses_program_day).
import type { Kysely } from 'kysely'
import type { Database } from '../../../../db/database'

export interface ResponseSummary {
  total: number
  lastResponseAt: string | null
}

export async function readResponseSummary(
  db: Kysely<Database>,
  programId: number,
): Promise<ResponseSummary> {
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
    .where('excluded_at', 'is', null)
    .executeTakeFirst()
  return { total, lastResponseAt: latest?.at ?? null }
}
