// Questionnaires and their published versions. Versions are only ever inserted: nothing here
// updates or deletes a row of questionnaire_versions.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

export function findQuestionnaireRow(db: Kysely<Database>, id: number) {
  return db.selectFrom('questionnaires').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listQuestionnaireRows(db: Kysely<Database>, programId: number) {
  return db
    .selectFrom('questionnaires')
    .selectAll()
    .where('program_id', '=', programId)
    .orderBy('id')
    .execute()
}

export async function insertQuestionnaire(
  db: Kysely<Database>,
  q: {
    programId: number
    title: string
    template: string
    draft: string
    createdBy: number
    at: string
  },
): Promise<number> {
  const { id } = await db
    .insertInto('questionnaires')
    .values({
      program_id: q.programId,
      title: q.title,
      template: q.template,
      draft: q.draft,
      sample_target: null,
      created_by: q.createdBy,
      created_at: q.at,
      updated_at: q.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function updateDraft(
  db: Kysely<Database>,
  id: number,
  values: { title: string; draft: string; sampleTarget: number | null; at: string },
): Promise<void> {
  await db
    .updateTable('questionnaires')
    .set({
      title: values.title,
      draft: values.draft,
      sample_target: values.sampleTarget,
      updated_at: values.at,
    })
    .where('id', '=', id)
    .execute()
}

/** Version summaries (no definitions) of one or more questionnaires, oldest first. */
export function listVersionRows(db: Kysely<Database>, questionnaireIds: number[]) {
  if (questionnaireIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('questionnaire_versions')
    .select(['id', 'questionnaire_id', 'version', 'published_at', 'published_by'])
    .where('questionnaire_id', 'in', questionnaireIds)
    .orderBy('questionnaire_id')
    .orderBy('version')
    .execute()
}

export function findVersionRow(db: Kysely<Database>, questionnaireId: number, version: number) {
  return db
    .selectFrom('questionnaire_versions')
    .selectAll()
    .where('questionnaire_id', '=', questionnaireId)
    .where('version', '=', version)
    .executeTakeFirst()
}

export function findLatestVersionRow(db: Kysely<Database>, questionnaireId: number) {
  return db
    .selectFrom('questionnaire_versions')
    .selectAll()
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export async function insertVersion(
  db: Kysely<Database>,
  v: { questionnaireId: number; version: number; definition: string; at: string; by: number },
): Promise<number> {
  const { id } = await db
    .insertInto('questionnaire_versions')
    .values({
      questionnaire_id: v.questionnaireId,
      version: v.version,
      definition: v.definition,
      published_at: v.at,
      published_by: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** The kecamatan of a region, for the templates' kecamatan question. */
export function listRegionKecamatan(db: Kysely<Database>, regionId: number) {
  return db
    .selectFrom('kecamatan')
    .select(['code', 'name'])
    .where('region_id', '=', regionId)
    .orderBy('code')
    .execute()
}

/** Published versions with their definitions, by questionnaire, oldest first. */
export function listVersionDefinitions(db: Kysely<Database>, questionnaireIds: number[]) {
  if (questionnaireIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('questionnaire_versions')
    .select(['id', 'questionnaire_id', 'version', 'published_at', 'definition'])
    .where('questionnaire_id', 'in', questionnaireIds)
    .orderBy('questionnaire_id')
    .orderBy('version')
    .execute()
}

/** The share links of the questionnaires (id and channel), in id order. */
export function listLinkChannels(db: Kysely<Database>, questionnaireIds: number[]) {
  if (questionnaireIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('links')
    .select(['id', 'questionnaire_id', 'channel'])
    .where('questionnaire_id', 'in', questionnaireIds)
    .orderBy('id')
    .execute()
}

/** The program's questionnaires without their drafts, in id order. */
export function listQuestionnaireHeads(db: Kysely<Database>, programId: number) {
  return db
    .selectFrom('questionnaires')
    .select(['id', 'title', 'template', 'sample_target'])
    .where('program_id', '=', programId)
    .orderBy('id')
    .execute()
}
