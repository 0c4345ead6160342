// Score sums from the raw responses, for segment filters that the aggregates cannot answer: the
// matching ids come from response_segments, and the sums are grouped in SQL over those rows only
// (cost linear in the matches). json_each is SQLite's; PostgreSQL would use jsonb_each.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { countsFromDistribution } from '../../domain/scoring'
import type { ScoreScope, ScoreSums } from './repository'

export interface RawScope extends ScoreScope {
  /** Segment code -> value, every one required. */
  segments: Record<string, string>
}

function matching(db: Kysely<Database>, scope: RawScope) {
  const ids = scope.questionnaireIds
  let q = db.selectFrom('responses as r').where('r.questionnaire_id', 'in', ids)
  if (scope.from) q = q.where('r.day', '>=', scope.from)
  if (scope.to) q = q.where('r.day', '<=', scope.to)
  if (scope.linkId) q = q.where('r.link_id', '=', scope.linkId)
  for (const [code, value] of Object.entries(scope.segments)) {
    q = q.where('r.id', 'in', (eb) =>
      eb
        .selectFrom('response_segments')
        .select('response_id')
        .where('questionnaire_id', 'in', ids)
        .where('code', '=', code)
        .where('value', '=', value),
    )
  }
  return q
}

const num = (x: unknown) => Number(x ?? 0)
const count = (column: string) => sql<number>`count(${sql.ref(column)})`
const sum = (column: string) => sql<number>`sum(${sql.ref(column)})`
const sumSq = (column: string) => sql<number>`sum(${sql.ref(column)} * ${sql.ref(column)})`
type JsonEntry = { key: string; value: number; type: string }

/** The same sums as sumAggregates, over the responses that match every filter. */
export async function sumRawResponses(
  db: Kysely<Database>,
  scope: RawScope,
  skmVersionIds: number[],
  elementCodes: readonly string[],
): Promise<ScoreSums> {
  const sums: ScoreSums = {
    responses: 0,
    impact: { n: 0, sum: 0, sumSq: 0 },
    ikm: { n: 0, sum: 0, sumSq: 0 },
    sus: { n: 0, sum: 0, sumSq: 0 },
    nps: { promoters: 0, passives: 0, detractors: 0 },
    criteria: new Map(),
    elements: new Map(),
  }
  if (scope.questionnaireIds.length === 0) return sums
  const row = (await matching(db, scope)
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

  const nps = await matching(db, scope)
    .select(['r.nps', (eb) => eb.fn.countAll<number>().as('n')])
    .where('r.nps', 'is not', null)
    .groupBy('r.nps')
    .execute()
  sums.nps = countsFromDistribution(Object.fromEntries(nps.map((x) => [x.nps!, num(x.n)])))

  const criteria = await matching(db, scope)
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

  if (skmVersionIds.length > 0) {
    const elements = await matching(db, scope)
      .innerJoin(sql<JsonEntry>`json_each(r.answers)`.as('j'), (join) => join.onTrue())
      .select(['j.key', count('j.value').as('n'), sum('j.value').as('sum')])
      .where('r.version_id', 'in', skmVersionIds)
      .where('j.key', 'in', [...elementCodes])
      .where('j.type', 'in', ['integer', 'real'])
      .groupBy('j.key')
      .execute()
    for (const e of elements) sums.elements.set(e.key, { n: num(e.n), sum: num(e.sum) })
  }
  return sums
}
