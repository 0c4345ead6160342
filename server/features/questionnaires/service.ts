// Questionnaires of a program: created from a template, listed, and a draft edited freely
// (published versions are in versions.ts, access checks in access.ts).
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { allQuestions, validateDefinition } from '../../domain/questionnaire'
import { buildTemplate, listTemplates, type TemplateContext } from '../../domain/templates'
import { AppError, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import { getProgramForRead, getProgramForWrite, type Program } from '../programs/service'
import { getQuestionnaireForWrite, type QuestionnaireRow } from './access'
import * as repo from './repository'
import type { CreateQuestionnaireInput, UpdateQuestionnaireInput } from './schemas'
import { draftChanges, listVersions, parseDefinition, toVersionSummary } from './versions'
import type { VersionSummary } from './versions'

export { getQuestionnaireForRead, getQuestionnaireForWrite } from './access'
export type { Access } from './access'
export { getDraftChanges, getVersion, publishQuestionnaire } from './versions'
export { getPublishChecks } from './checks'

function toSummary(row: QuestionnaireRow, versions: VersionSummary[]) {
  return {
    id: row.id,
    programId: row.program_id,
    title: row.title,
    template: row.template,
    sampleTarget: row.sample_target,
    latestVersion: versions.at(-1)?.version ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function describeQuestionnaire(
  db: Kysely<Database>,
  row: QuestionnaireRow,
  program: Program,
) {
  const versions = await listVersions(db, row.id)
  const changes = await draftChanges(db, row, program)
  return {
    ...toSummary(row, versions),
    draft: parseDefinition(row.draft),
    versions,
    draftChanged: changes.hasChanges,
  }
}

export async function listQuestionnaires(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number,
) {
  await getProgramForRead(db, user, programId)
  const rows = await repo.listQuestionnaireRows(db, programId)
  const versions = await repo.listVersionRows(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((row) =>
    toSummary(row, versions.filter((v) => v.questionnaire_id === row.id).map(toVersionSummary)),
  )
}

/** What templates are tailored with for a program: its name and its region's kecamatan. */
async function templateContext(db: Kysely<Database>, program: Program): Promise<TemplateContext> {
  const kecamatan = await repo.listRegionKecamatan(db, program.regionId)
  return { programName: program.name, kecamatan }
}

/**
 * The templates as they would be created for `programId` (its readers), or untailored: what each
 * card promises is what the questionnaire gets.
 */
export async function listTemplatesFor(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number | undefined,
) {
  if (programId === undefined) return listTemplates()
  return listTemplates(await templateContext(db, await getProgramForRead(db, user, programId)))
}

/** A new questionnaire whose draft is the template tailored to the program. Audited. */
export async function createQuestionnaire(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number,
  input: CreateQuestionnaireInput,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const program = await getProgramForWrite(trx, user, programId)
    const draft = buildTemplate(input.template, await templateContext(trx, program))
    if (input.title) draft.title = input.title
    const at = now.toISOString()
    const id = await repo.insertQuestionnaire(trx, {
      programId,
      title: draft.title.id,
      template: input.template,
      draft: JSON.stringify(draft),
      createdBy: user.id,
      at,
    })
    const row = (await repo.findQuestionnaireRow(trx, id))!
    const after = { programId, title: row.title, template: row.template }
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'questionnaire.create',
      objectType: 'questionnaire',
      objectId: id,
      after,
    })
    return describeQuestionnaire(trx, row, program)
  })
}

const auditView = (row: QuestionnaireRow) => ({
  title: row.title,
  sampleTarget: row.sample_target,
  questions: allQuestions(parseDefinition(row.draft)).length,
})

/** Saves the draft (published versions are untouched); refused with `draft.`-prefixed paths. */
export async function updateQuestionnaire(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
  input: UpdateQuestionnaireInput,
  now: Date,
) {
  const checked = validateDefinition(input.draft)
  if (!checked.ok) {
    throw AppError.invalid(
      checked.issues.map((i) => ({ ...i, path: i.path ? `draft.${i.path}` : 'draft' })),
      said('questionnaire.draft-invalid'),
    )
  }
  return db.transaction().execute(async (trx) => {
    const { row: before, program } = await getQuestionnaireForWrite(trx, user, id)
    await repo.updateDraft(trx, id, {
      title: checked.definition.title.id,
      draft: JSON.stringify(checked.definition),
      sampleTarget: input.sampleTarget === undefined ? before.sample_target : input.sampleTarget,
      at: now.toISOString(),
    })
    const row = (await repo.findQuestionnaireRow(trx, id))!
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'questionnaire.update',
      objectType: 'questionnaire',
      objectId: id,
      before: auditView(before),
      after: auditView(row),
    })
    return describeQuestionnaire(trx, row, program)
  })
}
