// Free-text answers of a program, newest first, paged with a `before` cursor and searchable by
// substring, filtered like the rest of the dashboard (GET /api/programs/:id/analytics/comments).
import { localDateTime } from '../../domain/calendar'
import type { AppDeps } from '../../deps'
import { AppError, fieldIssue } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { isComment } from './catalog'
import { findResponseDay, listCommentRows } from './repository'
import type { CommentsQuery } from './schemas'
import { resolveSelection } from './selection'

const DEFAULT_LIMIT = 20

export async function listComments(
  deps: Pick<AppDeps, 'db' | 'aggregates'>,
  user: SessionUser,
  programId: number,
  query: CommentsQuery,
) {
  const { db } = deps
  const { program, catalog, selection } = await resolveSelection(db, user, programId, query)
  // Segment filters read response_segments, which the writer fills with the aggregates.
  if (Object.keys(selection.segments).length > 0) await deps.aggregates.settle()
  const texts = catalog.questions.filter((q) => isComment(q.question))
  const code = query.question ?? texts[0]?.code
  if (query.question !== undefined && !texts.some((q) => q.code === code)) {
    throw AppError.invalid([fieldIssue('query.question', 'comments.question')])
  }
  if (!code) return { items: [], nextBefore: null }
  const limit = query.limit ? Number(query.limit) : DEFAULT_LIMIT
  let before: { day: string; id: number } | undefined
  if (query.before) {
    before = await findResponseDay(db, programId, Number(query.before))
    if (!before) {
      throw AppError.invalid([fieldIssue('query.before', 'comments.response')])
    }
  }
  const rows = await listCommentRows(db, {
    selection,
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
      submittedAt: localDateTime(r.submitted_at, program.timeZone),
      text: String(r.text),
      channel: r.channel,
    })),
    nextBefore: rows.length > limit ? page.at(-1)!.id : null,
  }
}
