// The response workspace's queries: a page of a questionnaire's responses newest first (keyset
// on id, through the aggregates module's selection of raw rows, so the table takes the
// dashboard's filters), one response with what its view needs, and the ids a bulk exclusion
// takes.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { matchingResponses, type ExcludedFilter } from '../aggregates/read/raw-rows'
import type { Selection } from '../aggregates/read/selection'

const COLUMNS = [
  'r.id',
  'r.questionnaire_id',
  'r.program_id',
  'r.receipt',
  'r.submitted_at',
  'r.link_id',
  'r.version_id',
  'r.answers',
  'r.impact',
  'r.excluded_at',
  'r.excluded_reason',
  'r.excluded_by',
] as const

export type ResponseRow = Awaited<ReturnType<typeof findResponseRow>> & {}

/** Up to `limit` responses of one questionnaire in the selection with an id below `before`. */
export function listPage(
  db: Kysely<Database>,
  selection: Selection,
  excluded: ExcludedFilter,
  page: { before?: number; limit: number; receipt?: string },
) {
  let q = matchingResponses(db, selection, excluded).select(COLUMNS)
  if (page.before !== undefined) q = q.where('r.id', '<', page.before)
  if (page.receipt) q = q.where('r.receipt', '=', page.receipt)
  return q.orderBy('r.id', 'desc').limit(page.limit).execute()
}

export function findResponseRow(db: Kysely<Database>, id: number) {
  return db.selectFrom('responses as r').select(COLUMNS).where('r.id', '=', id).executeTakeFirst()
}

export function findResponseIdByReceipt(db: Kysely<Database>, receipt: string) {
  return db.selectFrom('responses').select('id').where('receipt', '=', receipt).executeTakeFirst()
}

/** The ids of the responses in the selection (a bulk exclusion or restoration). */
export async function listMatchingIds(
  db: Kysely<Database>,
  selection: Selection,
  excluded: ExcludedFilter,
  receipt?: string,
): Promise<number[]> {
  let q = matchingResponses(db, selection, excluded).select('r.id')
  if (receipt) q = q.where('r.receipt', '=', receipt)
  const rows = await q.execute()
  return rows.map((r) => r.id)
}

export function findUserName(db: Kysely<Database>, id: number) {
  return db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst()
}
