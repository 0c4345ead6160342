// Programs with their agency's code and name; listed in the dimensions' reference order.
import { sql, type Kysely } from 'kysely'
import type { Database, NewProgram, ProgramUpdate } from '../../../db/database'
import { DIMENSION_CODES } from '../../domain/reference'

export interface ProgramFilter {
  regionId?: number
  /** Programs of the regions of a province (`63`): a province evaluator's scope. */
  provinceCode?: string
  agencyId?: number
  year?: number
  dimension?: string
  q?: string
}

const DIMENSION_ORDER = sql<number>`case ${sql.ref('programs.dimension')} ${sql.join(
  DIMENSION_CODES.map((code, i) => sql`when ${sql.lit(code)} then ${sql.lit(i)}`),
  sql` `,
)} end`

function withAgency(db: Kysely<Database>) {
  return db
    .selectFrom('programs')
    .innerJoin('agencies', 'agencies.id', 'programs.agency_id')
    .innerJoin('regions', 'regions.id', 'programs.region_id')
}

function filtered(db: Kysely<Database>, f: ProgramFilter) {
  let query = withAgency(db)
  if (f.regionId !== undefined) query = query.where('programs.region_id', '=', f.regionId)
  if (f.provinceCode !== undefined)
    query = query.where('regions.code', 'like', `${f.provinceCode}.%`)
  if (f.agencyId !== undefined) query = query.where('programs.agency_id', '=', f.agencyId)
  if (f.year !== undefined) query = query.where('programs.year', '=', f.year)
  if (f.dimension !== undefined) query = query.where('programs.dimension', '=', f.dimension)
  if (f.q) {
    // lower() on both sides: LIKE is case-insensitive in SQLite but not in PostgreSQL.
    const pattern = `%${f.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
    const like = (
      column: 'programs.name' | 'programs.description_id' | 'programs.description_en',
    ) => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`
    query = query.where((eb) =>
      eb.or([
        like('programs.name'),
        like('programs.description_id'),
        like('programs.description_en'),
      ]),
    )
  }
  return query
}

function selectDetail(query: ReturnType<typeof withAgency>) {
  return query
    .selectAll('programs')
    .select([
      'agencies.code as agency_code',
      'agencies.name as agency_name',
      'regions.code as region_code',
    ])
    .select('regions.time_zone')
}

export type ProgramDetailRow = NonNullable<Awaited<ReturnType<typeof findProgramRow>>>

export function findProgramRow(db: Kysely<Database>, id: number) {
  return selectDetail(withAgency(db)).where('programs.id', '=', id).executeTakeFirst()
}

/** Programs of a region with the same name (case and spacing aside): one quick win over years. */
export function listSameNamedRows(db: Kysely<Database>, regionId: number, name: string) {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ')
  return selectDetail(withAgency(db))
    .where('programs.region_id', '=', regionId)
    .where(sql<string>`lower(trim(${sql.ref('programs.name')}))`, '=', key)
    .orderBy('programs.year')
    .orderBy('programs.id')
    .execute()
}

export function listProgramRows(
  db: Kysely<Database>,
  f: ProgramFilter,
  page: { limit: number; offset: number },
) {
  return selectDetail(filtered(db, f))
    .orderBy(DIMENSION_ORDER)
    .orderBy(sql`lower(${sql.ref('programs.name')})`)
    .orderBy('programs.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
}

export async function countPrograms(db: Kysely<Database>, f: ProgramFilter): Promise<number> {
  const { n } = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(n)
}

export async function insertProgram(db: Kysely<Database>, values: NewProgram): Promise<number> {
  const { id } = await db
    .insertInto('programs')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export function updateProgramRow(db: Kysely<Database>, id: number, patch: ProgramUpdate) {
  return db.updateTable('programs').set(patch).where('id', '=', id).execute()
}
