// Score sums from the raw responses that match a selection (raw-rows.ts), grouped in SQL over
// those rows only (cost linear in the matches). json_each is SQLite's; PostgreSQL has jsonb_each.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import { countsFromDistribution } from '../../../domain/scoring'
import { matchingResponses } from './raw-rows'
import { emptySums, type ScoreSums, type SkmElements } from './score-sums'
import type { Selection } from './selection'

const num = (x: unknown) => Number(x ?? 0)
const count = (column: string) => sql<number>`count(${sql.ref(column)})`
const sum = (column: string) => sql<number>`sum(${sql.ref(column)})`
const sumSq = (column: string) => sql<number>`sum(${sql.ref(column)} * ${sql.ref(column)})`
type JsonEntry = { key: string; value: number; type: string }

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

  const criteria = await matching()
    .innerJoin(sql<JsonEntry>`json_each(r.criteria)`.as('j'), (join) => join.onTrue())
    .select([
      'j.key',
      count('j.value').as('n'),
      sum('j.value').as('sum'),
      sumSq('j.value').as('sq'),
    ])
    .groupBy('j.key')
    .execute()
  for (const c of criteria)
    sums.criteria.set(c.key, { n: num(c.n), sum: num(c.sum), sumSq: num(c.sq) })

  if (skm.versionIds.length > 0) {
    const elements = await matching()
      .innerJoin(sql<JsonEntry>`json_each(r.answers)`.as('j'), (join) => join.onTrue())
      .select([
        'j.key',
        count('j.value').as('n'),
        sum('j.value').as('sum'),
        sumSq('j.value').as('sq'),
      ])
      .where('r.version_id', 'in', skm.versionIds)
      .where('j.key', 'in', [...skm.codes])
      .where('j.type', 'in', ['integer', 'real'])
      .groupBy('j.key')
      .execute()
    for (const e of elements)
      sums.elements.set(e.key, { n: num(e.n), sum: num(e.sum), sumSq: num(e.sq) })
  }
  return sums
}
