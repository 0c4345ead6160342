// Publishing a program's results: its readers see whether they are published, where, and which
// comments are approved; admins and its owners publish, withdraw, approve and withdraw comments
// (audited). Anyone reads published results (from the cache) and a region's list of them.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { AppDeps } from '../../deps'
import { allQuestions, type Definition } from '../../domain/questionnaire'
import { AppError, fieldIssue } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import { getProgramForRead, getProgramForWrite } from '../programs/service'
import { findRegion } from '../regions/service'
import { resultsCacheOf } from './cache'
import * as repo from './repository'

type Deps = Pick<AppDeps, 'db' | 'aggregates' | 'now' | 'changes' | 'dialect'>

/** The public results page of a program. */
export const resultsPagePath = (programId: number) => `/hasil/${programId}`

/** Where a program's public results live. */
export const resultsUrls = (programId: number, regionId: number) => ({
  page: resultsPagePath(programId),
  tv: `/hasil/${programId}/tv`,
  badge: `/hasil/${programId}/badge.svg`,
  region: `/hasil/wilayah/${regionId}`,
  api: `/api/public/programs/${programId}/results`,
})

/** Whether the program's results are published (the citizen form links to them then). */
export async function isPublished(db: Kysely<Database>, programId: number): Promise<boolean> {
  return (await repo.findPublicationRow(db, programId))?.published === 1
}

async function publicationOf(db: Kysely<Database>, programId: number, regionId: number) {
  const row = await repo.findPublicationRow(db, programId)
  const comments = await repo.listApprovedComments(db, programId, 200)
  return {
    programId,
    published: row?.published === 1,
    publishedAt: row?.published_at ?? null,
    updatedAt: row?.updated_at ?? null,
    urls: resultsUrls(programId, regionId),
    comments: comments.map((c) => ({
      responseId: c.response_id,
      code: c.code,
      text: c.text ?? '',
      day: c.day,
      approvedAt: c.approved_at,
    })),
  }
}

/** GET /api/programs/:id/publication (the program's readers). */
export async function getPublication(db: Kysely<Database>, user: SessionUser, programId: number) {
  const program = await getProgramForRead(db, user, programId)
  return publicationOf(db, programId, program.regionId)
}

/** PUT /api/programs/:id/publication (admin, the program's owners); audited. */
export async function setPublication(
  deps: Deps,
  user: SessionUser,
  programId: number,
  published: boolean,
) {
  const now = deps.now()
  const result = await deps.db.transaction().execute(async (trx) => {
    const program = await getProgramForWrite(trx, user, programId)
    const before = await repo.findPublicationRow(trx, programId)
    const at = now.toISOString()
    await repo.upsertPublication(trx, {
      program_id: programId,
      published: published ? 1 : 0,
      published_at: published && before?.published !== 1 ? at : (before?.published_at ?? null),
      updated_at: at,
      updated_by: user.id,
    })
    await recordAudit(trx, now, {
      userId: user.id,
      action: published ? 'publication.publish' : 'publication.withdraw',
      objectType: 'program',
      objectId: programId,
      before: { published: before?.published === 1 },
      after: { published },
    })
    return publicationOf(trx, programId, program.regionId)
  })
  deps.changes.changed(programId)
  return result
}

/** The question `code` of a definition, if it is a free-text question not marked personal. */
function commentQuestion(definition: Definition, code: string) {
  const q = allQuestions(definition).find((x) => x.code === code)
  return q && q.type === 'text' && !q.personal ? q : undefined
}

/** POST /api/programs/:id/publication/comments: shows one answer on the public page; audited. */
export async function approveComment(
  deps: Deps,
  user: SessionUser,
  programId: number,
  input: { responseId: number; code: string },
) {
  const now = deps.now()
  const result = await deps.db.transaction().execute(async (trx) => {
    const program = await getProgramForWrite(trx, user, programId)
    const row = await repo.findResponseAnswer(trx, programId, input.responseId, input.code)
    if (!row) {
      throw AppError.invalid([fieldIssue('responseId', 'comment.not-of-program')])
    }
    const definition = JSON.parse(row.definition) as Definition
    if (!commentQuestion(definition, input.code) || !row.text?.trim()) {
      throw AppError.invalid([fieldIssue('code', 'comment.choose-text')])
    }
    await repo.insertApprovedComment(trx, {
      response_id: input.responseId,
      code: input.code,
      program_id: programId,
      approved_at: now.toISOString(),
      approved_by: user.id,
    })
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'publication.comment.approve',
      objectType: 'program',
      objectId: programId,
      after: { responseId: input.responseId, code: input.code, text: row.text },
    })
    return publicationOf(trx, programId, program.regionId)
  })
  deps.changes.changed(programId)
  return result
}

/** DELETE /api/programs/:id/publication/comments/:responseId/:code; audited. */
export async function withdrawComment(
  deps: Deps,
  user: SessionUser,
  programId: number,
  responseId: number,
  code: string,
) {
  const now = deps.now()
  await deps.db.transaction().execute(async (trx) => {
    await getProgramForWrite(trx, user, programId)
    const removed = await repo.deleteApprovedComment(trx, programId, responseId, code)
    if (removed === 0) throw AppError.notFound('approved comment')
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'publication.comment.withdraw',
      objectType: 'program',
      objectId: programId,
      before: { responseId, code },
    })
  })
  deps.changes.changed(programId)
}

/** GET /api/public/programs/:id/results: published results (from the cache), 404 otherwise. */
export async function publicResults(deps: Deps, programId: number) {
  const cached = await resultsCacheOf(deps).get(programId)
  if (!cached) throw AppError.notFound('published results')
  return cached
}

/** A region and the results of each of its programs whose results are published. */
export async function publicRegionResults(deps: Deps, regionId: number) {
  const region = await findRegion(deps.db, regionId)
  if (!region) throw AppError.notFound('region')
  const ids = await repo.listPublishedProgramIds(deps.db, regionId)
  const cache = resultsCacheOf(deps)
  const programs = (await Promise.all(ids.map((id) => cache.get(id)))).filter((p) => p !== null)
  return { region: { id: region.id, name: region.name, code: region.code }, programs }
}
