// Share links, and the one place their rows become records. Also the read that the public form
// needs in one go: a link by slug with its questionnaire and program.
import type { Kysely, Selectable, Updateable } from 'kysely'
import type { Database, LinkTable } from '../../../db/database'

export function toLinkRecord(row: Selectable<LinkTable>) {
  return {
    id: row.id,
    questionnaireId: row.questionnaire_id,
    slug: row.slug,
    channel: row.channel,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    maxResponses: row.max_responses,
    active: row.active === 1,
    allowMultiple: row.allow_multiple === 1,
    pinnedVersionId: row.pinned_version_id,
    responseCount: row.response_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** A link as stored (camelCase, booleans); the API adds `url`, `pinnedVersion` and `state`. */
export type LinkRecord = ReturnType<typeof toLinkRecord>

export async function findLinkRecord(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('links').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toLinkRecord(row)
}

export async function findLinkRecordBySlug(db: Kysely<Database>, slug: string) {
  const row = await db.selectFrom('links').selectAll().where('slug', '=', slug).executeTakeFirst()
  return row && toLinkRecord(row)
}

export async function listLinkRecords(db: Kysely<Database>, questionnaireId: number) {
  const rows = await db
    .selectFrom('links')
    .selectAll()
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('id')
    .execute()
  return rows.map(toLinkRecord)
}

export async function insertLink(
  db: Kysely<Database>,
  values: Omit<Selectable<LinkTable>, 'id' | 'response_count'>,
): Promise<number> {
  const { id } = await db
    .insertInto('links')
    .values({ ...values, response_count: 0 })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function updateLinkRow(
  db: Kysely<Database>,
  id: number,
  values: Updateable<LinkTable>,
): Promise<void> {
  await db.updateTable('links').set(values).where('id', '=', id).execute()
}

/** The questionnaire and program behind a link, for the public form. */
export function findLinkContext(db: Kysely<Database>, questionnaireId: number) {
  return db
    .selectFrom('questionnaires as q')
    .innerJoin('programs as p', 'p.id', 'q.program_id')
    .innerJoin('regions as g', 'g.id', 'p.region_id')
    .select([
      'g.time_zone as timeZone',
      'q.id as questionnaireId',
      'q.title',
      'q.template',
      'p.id as programId',
      'p.name as programName',
      'p.region_id as regionId',
    ])
    .where('q.id', '=', questionnaireId)
    .executeTakeFirst()
}

/** Published versions (no definitions) of a questionnaire. */
export function listVersionNumbers(db: Kysely<Database>, questionnaireId: number) {
  return db
    .selectFrom('questionnaire_versions')
    .select(['id', 'version'])
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('version')
    .execute()
}

export function findVersionDefinition(db: Kysely<Database>, versionId: number) {
  return db
    .selectFrom('questionnaire_versions')
    .select(['id', 'version', 'definition'])
    .where('id', '=', versionId)
    .executeTakeFirst()
}
