// The response rows the rest of the app reads through Kysely: a receipt for the thank-you page.
// The ingestion path's queries live with each store (sqlite/statements.ts, postgres/).
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

/** A response by its receipt with its program's name, for the thank-you page. */
export function findReceipt(db: Kysely<Database>, receipt: string) {
  return db
    .selectFrom('responses')
    .innerJoin('programs', 'programs.id', 'responses.program_id')
    .select(['responses.receipt', 'responses.submitted_at', 'programs.name as program_name'])
    .where('responses.receipt', '=', receipt)
    .executeTakeFirst()
}
