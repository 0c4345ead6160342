// Responses of one questionnaire in id order, for the raw export's keyset pages (`questionnaire_id
// = ? and id > ? order by id`): with only (questionnaire_id, day) SQLite sorted every response of
// the questionnaire for each page, so a 1,000,000-response export took minutes.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('responses_questionnaire_id')
    .on('responses')
    .columns(['questionnaire_id', 'id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('responses_questionnaire_id').execute()
}
