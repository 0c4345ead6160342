// The little the public form reads besides the link: its program's description.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

export function findProgramDescription(db: Kysely<Database>, programId: number) {
  return db
    .selectFrom('programs')
    .select(['description_id', 'description_en'])
    .where('id', '=', programId)
    .executeTakeFirst()
}
