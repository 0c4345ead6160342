// Score sums from the raw responses that match a selection (raw-rows.ts), grouped in SQL over
// those rows only (cost linear in the matches). The numbers inside a JSON column are joined as rows
// with json_each on SQLite and a lateral jsonb_each on PostgreSQL.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import { dialectOf } from '../../../../db/dialect'
import { countsFromDistribution } from '../../../domain/scoring'
import { matchingResponses } from './raw-rows'
import { emptySums, type ScoreSums, type SkmElements } from './score-sums'
import type { Selection } from './selection'

const num = (x: unknown) => Number(x ?? 0)
const count = (column: string) => sql<number>`count(${sql.ref(column)})`
const sum = (column: string) => sql<number>`sum(${sql.ref(column)})`
const sumSq = (column: string) => sql<number>`sum(${sql.ref(column)} * ${sql.ref(column)})`

/** `matching` joined with one row (key, num) per numeric entry of the JSON column `column`. */
function withJsonNumbers(
  db: Kysely<Database>,
  matching: ReturnType<typeof matchingResponses>,
  column: 'criteria' | 'answers',
) {
  // Kysely types lateral joins on raw SQL loosely: the query is built untyped and typed on read.
  const q = matching as any
  if (dialectOf(db) === 'postgres') {
    return q.innerJoinLateral(
      sql`(select key, value::text::float8 as num from jsonb_each(${sql.ref(`r.${column}`)}::jsonb)
        where jsonb_typeof(value) = 'number')`.as('j'),
      (join: any) => join.onTrue(),
    )
  }
  return q
    .innerJoin(sql`json_each(${sql.ref(`r.${column}`)})`.as('j'), (join: any) => join.onTrue())
    .where('j.type', 'in', ['integer', 'real'])
}

/** The same sums as the aggregates give, over the responses that match every filter. */
export async function sumRawScores(
  db: Kysely<Database>,
  selection: Selection,
  skm: SkmElements,
): Promise<ScoreSums> {
  const sums = emptySums('responses')
  if (selection.questionnaireIds.length === 0) return sums
  const matching = () => matchingResponses(db, selection)
  const row = (await matching()
    .select((eb) => eb.fn.countAll<number>().as('responses'))
    .select((['impact', 'ikm_mean', 'sus'] as const).map((c) => count(`r.${c}`).as(`${c}_n`)))
    .select((['impact', 'ikm_mean', 'sus'] as const).map((c) => sum(`r.${c}`).as(`${c}_sum`)))
    .select((['impact', 'ikm_mean', 'sus'] as const).map((c) => sumSq(`r.${c}`).as(`${c}_sq`)))
    .executeTakeFirst()) as Record<string, unknown> | undefined
  const m = (c: string) => ({
    n: num(row?.[`${c}_n`]),
    sum: num(row?.[`${c}_sum`]),
    sumSq: num(row?.[`${c}_sq`]),
  })
  sums.responses = num(row?.responses)
  sums.impact = m('impact')
  sums.ikm = m('ikm_mean')
  sums.sus = m('sus')

  const nps = await matching()
    .select(['r.nps', (eb) => eb.fn.countAll<number>().as('n')])
    .where('r.nps', 'is not', null)
    .groupBy('r.nps')
    .execute()
  sums.nps = countsFromDistribution(Object.fromEntries(nps.map((x) => [x.nps!, num(x.n)])))

  const numeric = dialectOf(db) === 'postgres' ? 'j.num' : 'j.value'
  const criteria = (await withJsonNumbers(db, matching(), 'criteria')
    .select(['j.key', count(numeric).as('n'), sum(numeric).as('sum'), sumSq(numeric).as('sq')])
    .groupBy('j.key')
    .execute()) as { key: string; n: number; sum: number; sq: number }[]
  for (const c of criteria)
    sums.criteria.set(c.key, { n: num(c.n), sum: num(c.sum), sumSq: num(c.sq) })

  if (skm.versionIds.length > 0) {
    const elements = (await withJsonNumbers(db, matching(), 'answers')
      .select(['j.key', count(numeric).as('n'), sum(numeric).as('sum'), sumSq(numeric).as('sq')])
      .where('r.version_id', 'in', skm.versionIds)
      .where('j.key', 'in', [...skm.codes])
      .groupBy('j.key')
      .execute()) as { key: string; n: number; sum: number; sq: number }[]
    for (const e of elements)
      sums.elements.set(e.key, { n: num(e.n), sum: num(e.sum), sumSq: num(e.sq) })
  }
  return sums
}
