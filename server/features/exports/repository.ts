// Reads for the raw-response export: a questionnaire's responses in id order, one bounded page at
// a time (keyset on id, over the questionnaire's (questionnaire_id, id) index), through the
// aggregates module's selection of raw rows so an export takes the dashboard's filters; an export
// never holds the connection between pages and other requests run while it streams.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { matchingResponses, type ExcludedFilter } from '../aggregates/read/raw-rows'
import type { Selection } from '../aggregates/read/selection'

export type ResponsePageRow = Awaited<ReturnType<typeof responsesAfter>>[number]

/** Up to `limit` responses of the selection with an id above `afterId`, by id. */
export function responsesAfter(
  db: Kysely<Database>,
  selection: Selection,
  excluded: ExcludedFilter,
  afterId: number,
  limit: number,
) {
  return matchingResponses(db, selection, excluded)
    .select(['r.id', 'r.receipt', 'r.submitted_at', 'r.version_id', 'r.link_id', 'r.answers'])
    .select(['r.impact', 'r.excluded_at', 'r.excluded_reason'])
    .where('r.id', '>', afterId)
    .orderBy('r.id')
    .limit(limit)
    .execute()
}
