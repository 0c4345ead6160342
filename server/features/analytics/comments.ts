// Free-text answers of a program, newest first, paged with a `before` cursor and searchable by
// substring (GET /api/programs/:id/analytics/comments).
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { getProgramForRead } from '../programs/service'
import { loadProgramQuestionnaires } from '../questionnaires/catalog'
import { buildCatalog, isComment } from './catalog'
import { findResponseDay, listCommentRows } from './repository'
import type { CommentsQuery } from './schemas'

const DEFAULT_LIMIT = 20

export async function listComments(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number,
  query: CommentsQuery,
) {
  await getProgramForRead(db, user, programId)
  const catalog = buildCatalog(await loadProgramQuestionnaires(db, programId))
  const texts = catalog.questions.filter((q) => isComment(q.question))
  const code = query.question ?? texts[0]?.code
  if (query.question !== undefined && !texts.some((q) => q.code === code)) {
    throw AppError.invalid([
      { path: 'query.question', message: 'Choose a text question that is not marked personal.' },
    ])
  }
  if (!code) return { items: [], nextBefore: null }
  const limit = query.limit ? Number(query.limit) : DEFAULT_LIMIT
  let before: { day: string; id: number } | undefined
  if (query.before) {
    before = await findResponseDay(db, programId, Number(query.before))
    if (!before) {
      throw AppError.invalid([{ path: 'query.before', message: 'Not a response of this program.' }])
    }
  }
  const rows = await listCommentRows(db, {
    programId,
    code,
    versionIds: catalog.commentVersions.get(code) ?? [],
    search: query.q?.trim() || undefined,
    before,
    limit,
  })
  const page = rows.slice(0, limit)
  return {
    items: page.map((r) => ({
      responseId: r.id,
      submittedAt: r.submitted_at,
      text: String(r.text),
      channel: r.channel,
    })),
    nextBefore: rows.length > limit ? page.at(-1)!.id : null,
  }
}
