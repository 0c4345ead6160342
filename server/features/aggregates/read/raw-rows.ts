// The stored responses a selection matches, for what the aggregates cannot answer (two or more
// segment values at once). Matching ids come from response_segments (primary key questionnaire,
// code, value, response_id), the day and link predicates from the responses row: the cost is
// linear in the responses that match, never in the whole table.
import type { Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import type { Selection } from './selection'

/** Which responses count: those not excluded (every figure), only the excluded, or all. */
export type ExcludedFilter = 'counted' | 'excluded' | 'all'

/**
 * `responses as r` narrowed to the selection; callers add their columns. Excluded responses
 * count nowhere unless asked for (the response table and the raw export may list them).
 */
export function matchingResponses(
  db: Kysely<Database>,
  selection: Selection,
  excluded: ExcludedFilter = 'counted',
) {
  let q = db
    .selectFrom('responses as r')
    .where('r.questionnaire_id', 'in', selection.questionnaireIds)
  if (excluded === 'counted') q = q.where('r.excluded_at', 'is', null)
  else if (excluded === 'excluded') q = q.where('r.excluded_at', 'is not', null)
  if (selection.from) q = q.where('r.day', '>=', selection.from)
  if (selection.to) q = q.where('r.day', '<=', selection.to)
  if (selection.linkId) q = q.where('r.link_id', '=', selection.linkId)
  for (const [code, value] of Object.entries(selection.segments)) {
    // A primary-key probe per row of the day range: cheaper than materialising every id of a
    // segment value when the range is short, and no worse when it is the whole year.
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('response_segments as s')
          .select('s.response_id')
          .whereRef('s.questionnaire_id', '=', 'r.questionnaire_id')
          .where('s.code', '=', code)
          .where('s.value', '=', value)
          .whereRef('s.response_id', '=', 'r.id'),
      ),
    )
  }
  return q
}
