// The checks before publishing a questionnaire's draft (GET /api/questionnaires/:id/checks and
// the refusal of POST .../publish): the domain's publishChecks with what the draft is judged
// against, namely the program and agency the privacy notice names and the template it was made
// from, tailored as it was when the questionnaire was created.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import {
  citizenLanguages,
  privacyNoticeOf,
  publishChecks,
  withPrivacyNotice,
  type Definition,
  type NoticeContext,
  type PublishCheckContext,
} from '../../domain/questionnaire'
import { isTemplateName, templateTexts } from '../../domain/templates'
import type { SessionUser } from '../../http/context'
import type { Program } from '../programs/service'
import { getQuestionnaireForRead, type QuestionnaireRow } from './access'
import * as repo from './repository'

/** Whom the privacy notice names: the program and its agency. */
export const noticeContext = (program: Program): NoticeContext => ({
  agencyName: program.agencyName,
  programName: program.name,
})

/** The draft as a version would freeze it: with the privacy notice citizens will read. */
export const frozenDraft = (draft: Definition, program: Program): Definition =>
  withPrivacyNotice(draft, noticeContext(program))

/** What the checks of a questionnaire's draft compare it with. */
export async function checkContext(
  db: Kysely<Database>,
  row: QuestionnaireRow,
  program: Program,
): Promise<PublishCheckContext> {
  const kecamatan = await repo.listRegionKecamatan(db, program.regionId)
  const template = isTemplateName(row.template)
    ? templateTexts(row.template, { programName: program.name, kecamatan })
    : undefined
  return { notice: noticeContext(program), template }
}

/** The checks of a draft, split into what refuses publishing and what only warns. */
export async function checksOf(
  db: Kysely<Database>,
  row: QuestionnaireRow,
  program: Program,
  draft: Definition,
) {
  const checks = publishChecks(draft, await checkContext(db, row, program))
  const strip = ({ severity: _, ...check }: (typeof checks)[number]) => check
  const blockers = checks.filter((c) => c.severity === 'blocker').map(strip)
  return {
    ready: blockers.length === 0,
    blockers,
    warnings: checks.filter((c) => c.severity === 'warning').map(strip),
    /** The languages the citizen form will offer. */
    languages: citizenLanguages(frozenDraft(draft, program)),
    /** The privacy notice citizens will read. */
    privacyNotice: privacyNoticeOf(draft, noticeContext(program)),
  }
}

/** GET /api/questionnaires/:id/checks for any reader of the questionnaire. */
export async function getPublishChecks(db: Kysely<Database>, user: SessionUser, id: number) {
  const { row, program } = await getQuestionnaireForRead(db, user, id)
  return checksOf(db, row, program, JSON.parse(row.draft) as Definition)
}
