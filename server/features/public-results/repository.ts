// Publication rows, the programs of a region whose results are published, and the comments owners
// approved for the public page with their text (read from the response, so a comment disappears
// with its response's answer).
import { sql, type Kysely } from 'kysely'
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

const textOf = (code: unknown) => sql<string | null>`json_extract(r.answers, '$.' || ${code})`

/** Approved comments of a program, newest approval first, with their current text and day. */
export function listApprovedComments(db: Kysely<Database>, programId: number, limit: number) {
  return db
    .selectFrom('public_comments as c')
    .innerJoin('responses as r', 'r.id', 'c.response_id')
    .select([
      'c.response_id',
      'c.code',
      'c.approved_at',
      'r.day',
      textOf(sql.ref('c.code')).as('text'),
    ])
    .where('c.program_id', '=', programId)
    .orderBy('c.approved_at', 'desc')
    .orderBy('c.response_id', 'desc')
    .limit(limit)
    .execute()
}

/** A response of the program with its version's definition and one answer's text. */
export function findResponseAnswer(
  db: Kysely<Database>,
  programId: number,
  responseId: number,
  code: string,
) {
  return db
    .selectFrom('responses as r')
    .innerJoin('questionnaire_versions as v', 'v.id', 'r.version_id')
    .select(['r.id', 'r.day', 'v.definition', textOf(code).as('text')])
    .where('r.id', '=', responseId)
    .where('r.program_id', '=', programId)
    .executeTakeFirst()
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
