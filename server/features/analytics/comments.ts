// Free-text answers of a program, newest first (day, then id), paged with a `before` cursor and
// searchable by substring. Walks the responses_program_day index backwards and stops after one
// page, so a page costs the rows it skips, not the program's size (a rare search term skips more).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { getProgramForRead } from '../programs/service'
import { isComment, loadCatalog } from './catalog'
import type { CommentsQuery } from './schemas'

const DEFAULT_LIMIT = 20

/** `%`, `_` and the escape character itself match literally in a LIKE pattern. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** GET /api/programs/:id/analytics/comments. */
export async function listComments(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number,
  query: CommentsQuery,
) {
  await getProgramForRead(db, user, programId)
  const catalog = await loadCatalog(db, programId)
  const texts = catalog.questions.filter((q) => isComment(q.question))
  const code = query.question ?? texts[0]?.code
  if (query.question !== undefined && !texts.some((q) => q.code === code)) {
    throw AppError.invalid([
      { path: 'query.question', message: 'Choose a text question that is not marked personal.' },
    ])
  }
  if (!code) return { items: [], nextBefore: null }
  const limit = query.limit ? Number(query.limit) : DEFAULT_LIMIT

  const text = sql<string>`json_extract(r.answers, ${`$.${code}`})`
  let q = db
    .selectFrom('responses as r')
    .innerJoin('links as l', 'l.id', 'r.link_id')
    .select(['r.id', 'r.submitted_at', 'l.channel', text.as('text')])
    .where('r.program_id', '=', programId)
    .where('r.version_id', 'in', catalog.commentVersions.get(code) ?? [0])
    .where(sql<string>`trim(coalesce(${text}, ''))`, '!=', '')
  const search = query.q?.trim()
  if (search) q = q.where(sql<boolean>`lower(${text}) like ${likePattern(search)} escape '\\'`)
  if (query.before) {
    const cursor = await db
      .selectFrom('responses')
      .select(['id', 'day'])
      .where('id', '=', Number(query.before))
      .where('program_id', '=', programId)
      .executeTakeFirst()
    if (!cursor) {
      throw AppError.invalid([{ path: 'query.before', message: 'Not a response of this program.' }])
    }
    q = q.where(sql<boolean>`(r.day, r.id) < (${cursor.day}, ${cursor.id})`)
  }
  const rows = await q
    .orderBy('r.day', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit + 1)
    .execute()
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
