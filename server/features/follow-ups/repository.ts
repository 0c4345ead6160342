// The follow_ups table: one program's actions in entry order, one action, insert and update.
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { Database } from '../../../db/database'
import type { FollowUpTable } from '../../../db/results-tables'

export type FollowUpRow = Selectable<FollowUpTable>

export function listFollowUpRows(db: Kysely<Database>, programId: number) {
  return db
    .selectFrom('follow_ups')
    .selectAll()
    .where('program_id', '=', programId)
    .orderBy('id')
    .execute()
}

export function findFollowUpRow(db: Kysely<Database>, id: number) {
  return db.selectFrom('follow_ups').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertFollowUp(db: Kysely<Database>, row: Insertable<FollowUpTable>) {
  const { id } = await db
    .insertInto('follow_ups')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export function updateFollowUpRow(
  db: Kysely<Database>,
  id: number,
  patch: Updateable<FollowUpTable>,
) {
  return db.updateTable('follow_ups').set(patch).where('id', '=', id).execute()
}
