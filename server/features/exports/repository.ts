// Reads for the raw-response export: a questionnaire's versions and links, and its responses in
// id order, one bounded page at a time (keyset on id), so an export never holds the connection
// between pages and other requests run while it streams.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

export function listVersions(db: Kysely<Database>, questionnaireId: number) {
  return db
    .selectFrom('questionnaire_versions')
    .select(['id', 'version', 'definition'])
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('version', 'desc')
    .execute()
}

export function listLinks(db: Kysely<Database>, questionnaireId: number) {
  return db
    .selectFrom('links')
    .select(['id', 'channel'])
    .where('questionnaire_id', '=', questionnaireId)
    .execute()
}

export type ResponsePageRow = Awaited<ReturnType<typeof responsesAfter>>[number]

/** Up to `limit` responses of the questionnaire with an id above `afterId`, by id. */
export function responsesAfter(
  db: Kysely<Database>,
  questionnaireId: number,
  afterId: number,
  limit: number,
) {
  return db
    .selectFrom('responses')
    .select(['id', 'receipt', 'submitted_at', 'version_id', 'link_id', 'answers', 'impact'])
    .where('questionnaire_id', '=', questionnaireId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute()
}
