// Published versions: freezing the draft as the next numbered version, reading a frozen
// definition, and what the draft changes since the latest one. Versions are never updated.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { type Definition } from '../../domain/questionnaire'
import { diffDefinitions } from '../../domain/questionnaire/diff'
import { AppError, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import type { Program } from '../programs/service'
import { recordWebhookEvent } from '../webhooks/service'
import { getQuestionnaireForRead, getQuestionnaireForWrite, type QuestionnaireRow } from './access'
import { checksOf, frozenDraft } from './checks'
import * as repo from './repository'

type VersionRow = Awaited<ReturnType<typeof repo.listVersionRows>>[number]

export const toVersionSummary = (r: VersionRow) => ({
  id: r.id,
  version: r.version,
  publishedAt: r.published_at,
  publishedBy: r.published_by,
})

export type VersionSummary = ReturnType<typeof toVersionSummary>

/** Stored definitions were validated before they were written. */
export const parseDefinition = (json: string) => JSON.parse(json) as Definition

/** Published versions of a questionnaire, oldest first, without their definitions. */
export async function listVersions(db: Kysely<Database>, questionnaireId: number) {
  return (await repo.listVersionRows(db, [questionnaireId])).map(toVersionSummary)
}

/**
 * The draft, as it would be frozen, compared with the latest published version (everything is new
 * before the first).
 */
export async function draftChanges(db: Kysely<Database>, row: QuestionnaireRow, program: Program) {
  const latest = await repo.findLatestVersionRow(db, row.id)
  const diff = diffDefinitions(
    latest ? parseDefinition(latest.definition) : null,
    frozenDraft(parseDefinition(row.draft), program),
  )
  return { fromVersion: latest?.version ?? null, ...diff }
}

/** One frozen version with its definition, or a 404. */
export async function readVersion(db: Kysely<Database>, questionnaireId: number, version: number) {
  const row = await repo.findVersionRow(db, questionnaireId, version)
  if (!row) throw new AppError('not_found', said('questionnaire.version-not-found', { version }))
  return {
    ...toVersionSummary(row),
    questionnaireId: row.questionnaire_id,
    definition: parseDefinition(row.definition),
  }
}

/**
 * Freezes the draft as the next version (1, 2, ...) inside `trx`, with the privacy notice citizens
 * read written into it. Refused with every blocking problem of the checks before publishing, and
 * with a conflict when it equals the latest version.
 */
export async function publishDraft(
  trx: Kysely<Database>,
  actor: SessionUser,
  row: QuestionnaireRow,
  program: Program,
  now: Date,
) {
  const draft = parseDefinition(row.draft)
  const { blockers } = await checksOf(trx, row, program, draft)
  if (blockers.length > 0) {
    throw AppError.invalid(
      blockers.map(({ path, ...issue }) => ({ path: path ? `draft.${path}` : 'draft', ...issue })),
      said('questionnaire.not-publishable'),
    )
  }
  const changes = await draftChanges(trx, row, program)
  if (changes.fromVersion !== null && !changes.hasChanges) {
    throw new AppError(
      'conflict',
      said('questionnaire.nothing-new', { version: changes.fromVersion }),
    )
  }
  const version = (changes.fromVersion ?? 0) + 1
  const publishedAt = now.toISOString()
  const id = await repo.insertVersion(trx, {
    questionnaireId: row.id,
    version,
    definition: JSON.stringify(frozenDraft(draft, program)),
    at: publishedAt,
    by: actor.id,
  })
  await recordAudit(trx, now, {
    userId: actor.id,
    action: 'questionnaire.publish',
    objectType: 'questionnaire',
    objectId: row.id,
    after: { version, versionId: id, changes },
  })
  await recordWebhookEvent(trx, now, {
    programId: row.program_id,
    type: 'questionnaire.published',
    data: { programId: row.program_id, questionnaireId: row.id, version, publishedAt, changes },
  })
  return { id, version, publishedAt, changes }
}

/** The frozen definition of one published version. */
export async function getVersion(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
  version: number,
) {
  await getQuestionnaireForRead(db, user, id)
  return readVersion(db, id, version)
}

/** What publishing the draft now would change since the latest version. */
export async function getDraftChanges(db: Kysely<Database>, user: SessionUser, id: number) {
  const { row, program } = await getQuestionnaireForRead(db, user, id)
  return draftChanges(db, row, program)
}

/** Freezes the draft as a new version, in one transaction. Audited. */
export async function publishQuestionnaire(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const { row, program } = await getQuestionnaireForWrite(trx, user, id)
    return publishDraft(trx, user, row, program, now)
  })
}
