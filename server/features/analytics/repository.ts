// Analytics' own query: a page of the free-text answers of a selection, newest first (day, then
// id), through the aggregates module's selection of raw rows (so comments follow the dashboard's
// filters). For one questionnaire it walks the responses_questionnaire_day index backwards and
// stops after one page, so a page costs the rows it skips, not the program's size.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { jsonField } from '../../../db/dialect'
import { matchingResponses } from '../aggregates/read/raw-rows'
import type { Selection } from '../aggregates/read/selection'

/** `%`, `_` and the escape character itself match literally in a LIKE pattern. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`

export interface CommentPage {
  selection: Selection
  code: string
  versionIds: number[]
  search?: string
  /** The (day, id) of the last comment of the previous page. */
  before?: { day: string; id: number }
  limit: number
}

/** Up to `limit + 1` non-blank answers to the text question `code`, newest first. */
export function listCommentRows(db: Kysely<Database>, page: CommentPage) {
  const text = jsonField<string>(db, 'r.answers', page.code)
  let q = matchingResponses(db, page.selection)
    .innerJoin('links as l', 'l.id', 'r.link_id')
    .select(['r.id', 'r.submitted_at', 'l.channel', text.as('text')])
    .where('r.version_id', 'in', page.versionIds.length > 0 ? page.versionIds : [0])
    .where(sql<string>`trim(coalesce(${text}, ''))`, '!=', '')
  if (page.search)
    q = q.where(sql<boolean>`lower(${text}) like ${likePattern(page.search)} escape '\\'`)
  if (page.before)
    q = q.where(sql<boolean>`(r.day, r.id) < (${page.before.day}, ${page.before.id})`)
  return q
    .orderBy('r.day', 'desc')
    .orderBy('r.id', 'desc')
    .limit(page.limit + 1)
    .execute()
}

/** The day of a response of the program, for the comments' cursor. */
export function findResponseDay(db: Kysely<Database>, programId: number, responseId: number) {
  return db
    .selectFrom('responses')
    .select(['id', 'day'])
    .where('id', '=', responseId)
    .where('program_id', '=', programId)
    .executeTakeFirst()
}
