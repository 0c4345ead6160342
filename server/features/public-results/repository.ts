// Publication rows, the programs of a region whose results are published, and the comments owners
// approved for the public page with their text (read from the response, so a comment disappears
// with its response's answer).
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

export function findPublicationRow(db: Kysely<Database>, programId: number) {
  return db
    .selectFrom('program_publications')
    .selectAll()
    .where('program_id', '=', programId)
    .executeTakeFirst()
}

export function upsertPublication(
  db: Kysely<Database>,
  row: {
    program_id: number
    published: number
    published_at: string | null
    updated_at: string
    updated_by: number
  },
) {
  return db
    .insertInto('program_publications')
    .values(row)
    .onConflict((oc) =>
      oc.column('program_id').doUpdateSet({
        published: row.published,
        published_at: row.published_at,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute()
}

/** Ids of the region's programs with published results. */
export async function listPublishedProgramIds(db: Kysely<Database>, regionId: number) {
  const rows = await db
    .selectFrom('program_publications as p')
    .innerJoin('programs', 'programs.id', 'p.program_id')
    .select('programs.id')
    .where('programs.region_id', '=', regionId)
    .where('p.published', '=', 1)
    .orderBy('programs.id')
    .execute()
  return rows.map((r) => r.id)
}

/** The text answer `code` of a response's answers JSON (read in code: portable, and small). */
function answerText(answers: unknown, code: string): string | null {
  const parsed = (typeof answers === 'string' ? JSON.parse(answers) : answers) as Record<
    string,
    unknown
  > | null
  const value = parsed?.[code]
  return typeof value === 'string' ? value : null
}

/**
 * Approved comments of a program, newest approval first, with their current text and day; a
 * comment of a response excluded since (test, spam) is left out.
 */
export async function listApprovedComments(db: Kysely<Database>, programId: number, limit: number) {
  const rows = await db
    .selectFrom('public_comments as c')
    .innerJoin('responses as r', 'r.id', 'c.response_id')
    .select(['c.response_id', 'c.code', 'c.approved_at', 'r.day', 'r.answers'])
    .where('c.program_id', '=', programId)
    .where('r.excluded_at', 'is', null)
    .orderBy('c.approved_at', 'desc')
    .orderBy('c.response_id', 'desc')
    .limit(limit)
    .execute()
  return rows.map(({ answers, ...row }) => ({ ...row, text: answerText(answers, row.code) }))
}

/** A counted response of the program with its version's definition and one answer's text. */
export async function findResponseAnswer(
  db: Kysely<Database>,
  programId: number,
  responseId: number,
  code: string,
) {
  const row = await db
    .selectFrom('responses as r')
    .innerJoin('questionnaire_versions as v', 'v.id', 'r.version_id')
    .select(['r.id', 'r.day', 'v.definition', 'r.answers'])
    .where('r.id', '=', responseId)
    .where('r.program_id', '=', programId)
    .where('r.excluded_at', 'is', null)
    .executeTakeFirst()
  return row && { ...row, text: answerText(row.answers, code) }
}

export function insertApprovedComment(
  db: Kysely<Database>,
  row: {
    response_id: number
    code: string
    program_id: number
    approved_at: string
    approved_by: number
  },
) {
  return db
    .insertInto('public_comments')
    .values(row)
    .onConflict((oc) => oc.columns(['response_id', 'code']).doNothing())
    .execute()
}

export async function deleteApprovedComment(
  db: Kysely<Database>,
  programId: number,
  responseId: number,
  code: string,
) {
  const result = await db
    .deleteFrom('public_comments')
    .where('program_id', '=', programId)
    .where('response_id', '=', responseId)
    .where('code', '=', code)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
