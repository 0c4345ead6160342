// What citizens wrote, per SKM element: the free-text answers of respondents who rated an element
// low (1 or 2 on the 1-4 scale: "tidak" or "kurang"), counted and a few of the newest quoted, for
// the SKM report's analysis. Read from the raw rows the selection matches (the same narrowing as
// every raw read, aggregates/read/raw-rows.ts, so excluded responses stay out): one counting pass,
// then one walk back from the newest comment that stops once every element has its examples
// (1,000,000 responses with 12% commented, on a loaded machine: ~3.6 s to count).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { dialectOf, jsonField } from '../../../db/dialect'
import { matchingResponses } from '../aggregates/read/raw-rows'
import type { Selection } from '../aggregates/read/selection'

/** Ratings at or below this count as a complaint about the element (SKM scale 1-4). */
export const LOW_RATING = 2

export interface ElementComments {
  /** Responses with a comment in the selection. */
  total: number
  /** Element code -> comments of respondents who rated it low, and the newest few. */
  elements: Map<string, { count: number; examples: { text: string; day: string }[] }>
}

export interface ElementCommentsQuery {
  selection: Selection
  /** The versions whose element answers count (SKM versions). */
  versionIds: number[]
  /** Non-personal text questions; a response's comment is its first non-blank answer. */
  textCodes: string[]
  elementCodes: readonly string[]
  examples: number
}

/** Counts and examples of the comments about each element of a selection. */
export async function readElementComments(
  db: Kysely<Database>,
  q: ElementCommentsQuery,
): Promise<ElementComments> {
  const result: ElementComments = { total: 0, elements: new Map() }
  for (const code of q.elementCodes) result.elements.set(code, { count: 0, examples: [] })
  if (q.textCodes.length === 0 || q.versionIds.length === 0) return result
  const answer = (code: string) => jsonField(db, 'r.answers', code)
  // An element's answer as a number: PostgreSQL's ->> gives its text.
  const rating = (code: string) =>
    dialectOf(db) === 'postgres' ? sql`(${answer(code)})::numeric` : answer(code)
  // coalesce() wants two arguments at least: a trailing null keeps one text question valid.
  const text = sql<string>`coalesce(${sql.join(
    q.textCodes.map((code) => sql`nullif(trim(${answer(code)}), '')`),
  )}, null)`
  const commented = () =>
    matchingResponses(db, q.selection)
      .where('r.version_id', 'in', q.versionIds)
      .where(text, 'is not', null)
  const low = (code: string) => sql<boolean>`${rating(code)} <= ${LOW_RATING}`
  const counts = (await commented()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .select(
      q.elementCodes.map((code, i) =>
        sql<number>`sum(case when ${low(code)} then 1 else 0 end)`.as(`e${i}`),
      ),
    )
    .executeTakeFirst()) as Record<string, number | null> | undefined
  result.total = Number(counts?.total ?? 0)
  const wanted = q.elementCodes.filter((_, i) => Number(counts?.[`e${i}`] ?? 0) > 0)
  for (const [i, code] of q.elementCodes.entries()) {
    const count = Number(counts?.[`e${i}`] ?? 0)
    if (count > 0) result.elements.set(code, { count, examples: [] })
  }
  if (wanted.length === 0) return result
  // The newest examples of every element in one walk back through the comments, stopped once
  // each element has its few: one query per element walked the whole period for a rare one.
  const rows = commented()
    .select(['r.day', text.as('text')])
    .select(wanted.map((code, i) => rating(code).as(`e${i}`)))
    .where(sql<boolean>`(${sql.join(wanted.map(low), sql` or `)})`)
    .orderBy('r.day', 'desc')
    .orderBy('r.id', 'desc')
    .stream(100)
  let missing = wanted.length * q.examples
  for await (const row of rows as AsyncIterable<Record<string, unknown>>) {
    for (const [i, code] of wanted.entries()) {
      const examples = result.elements.get(code)!.examples
      if (Number(row[`e${i}`]) > LOW_RATING || examples.length >= q.examples) continue
      examples.push({ text: String(row.text), day: String(row.day) })
      missing--
    }
    if (missing === 0) break
  }
  return result
}
