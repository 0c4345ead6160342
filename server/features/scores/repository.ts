// Score queries: a program's questionnaires, versions and links, and sums over the maintained
// aggregates (agg_daily, agg_criteria, agg_answers, or their agg_segment_* twins for one segment
// value) whose cost grows with days x links, never with the number of responses. Several segment
// filters at once read the raw rows instead (raw-sums.ts).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { Moments } from '../../domain/scoring'
import {
  coversAllDays,
  findDayRange,
  scoped,
  type AggregateScope as ScoreScope,
  type SegmentValue,
} from '../responses/aggregate-scope'

export type { ScoreScope, SegmentValue }

/** What every score is summed from, whichever the source. */
export interface ScoreSums {
  responses: number
  impact: Moments
  ikm: Moments
  sus: Moments
  nps: { promoters: number; passives: number; detractors: number }
  criteria: Map<string, Moments>
  /** SKM element code -> respondents who answered it and the sum of their answers. */
  elements: Map<string, { n: number; sum: number }>
}

export function listQuestionnaireRows(db: Kysely<Database>, programId: number) {
  return db
    .selectFrom('questionnaires')
    .select(['id', 'sample_target'])
    .where('program_id', '=', programId)
    .orderBy('id')
    .execute()
}

/** Published versions with their definitions: by questionnaire, newest version first. */
export function listVersionRows(db: Kysely<Database>, questionnaireIds: number[]) {
  if (questionnaireIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('questionnaire_versions')
    .select(['id', 'questionnaire_id', 'version', 'definition'])
    .where('questionnaire_id', 'in', questionnaireIds)
    .orderBy('questionnaire_id')
    .orderBy('version', 'desc')
    .execute()
}

export function listLinkIds(db: Kysely<Database>, questionnaireIds: number[]) {
  if (questionnaireIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('links')
    .select('id')
    .where('questionnaire_id', 'in', questionnaireIds)
    .execute()
}

const num = (x: unknown) => Number(x ?? 0)
const moments = (n: unknown, sum: unknown, sumSq: unknown): Moments => ({
  n: num(n),
  sum: num(sum),
  sumSq: num(sumSq),
})

/**
 * Sums of the aggregates in scope, of the responses with `segment`'s answer when given.
 * `skmVersionIds` are the versions built on the SKM template: only their U1..U9 answers
 * (agg_answers, value x n) make the IKM element sums.
 */
export async function sumAggregates(
  db: Kysely<Database>,
  scope: ScoreScope,
  skmVersionIds: number[],
  elementCodes: readonly string[],
  segment?: SegmentValue,
): Promise<ScoreSums> {
  const sums: ScoreSums = {
    responses: 0,
    impact: moments(0, 0, 0),
    ikm: moments(0, 0, 0),
    sus: moments(0, 0, 0),
    nps: { promoters: 0, passives: 0, detractors: 0 },
    criteria: new Map(),
    elements: new Map(),
  }
  if (scope.questionnaireIds.length === 0) return sums
  const s = (column: string) => sql<number>`sum(${sql.ref(column)})`
  const daily = await scoped(
    segment
      ? db
          .selectFrom('agg_segment_daily')
          .where('segment_code', '=', segment.code)
          .where('segment_value', '=', segment.value)
      : db.selectFrom('agg_daily'),
    scope,
  )
    .select([
      s('responses').as('responses'),
      ...(['impact', 'ikm', 'sus'] as const).flatMap((p) => [
        s(`${p}_n`).as(`${p}_n`),
        s(`${p}_sum`).as(`${p}_sum`),
        s(`${p}_sumsq`).as(`${p}_sumsq`),
      ]),
      s('nps_promoters').as('promoters'),
      s('nps_passives').as('passives'),
      s('nps_detractors').as('detractors'),
    ])
    .executeTakeFirst()
  const d = (daily ?? {}) as Record<string, unknown>
  sums.responses = num(d.responses)
  sums.impact = moments(d.impact_n, d.impact_sum, d.impact_sumsq)
  sums.ikm = moments(d.ikm_n, d.ikm_sum, d.ikm_sumsq)
  sums.sus = moments(d.sus_n, d.sus_sum, d.sus_sumsq)
  sums.nps = {
    promoters: num(d.promoters),
    passives: num(d.passives),
    detractors: num(d.detractors),
  }

  // A period holding every day with responses (the program's year, usually) reads the all-time
  // sums: a few hundred rows instead of one per day x link x value.
  const allDays = !segment && coversAllDays(await findDayRange(db, scope), scope)
  const daysScope = allDays ? { ...scope, from: undefined, to: undefined } : scope
  const criteria = await scoped(
    segment
      ? db
          .selectFrom('agg_segment_criteria')
          .where('segment_code', '=', segment.code)
          .where('segment_value', '=', segment.value)
      : db.selectFrom(allDays ? 'agg_criteria_total' : 'agg_criteria'),
    daysScope,
  )
    .select(['criterion', s('n').as('n'), s('sum').as('sum'), s('sumsq').as('sumSq')])
    .groupBy('criterion')
    .execute()
  for (const c of criteria) sums.criteria.set(c.criterion, moments(c.n, c.sum, c.sumSq))

  if (skmVersionIds.length > 0) {
    const answers = await scoped(
      segment
        ? db
            .selectFrom('agg_segment_answers')
            .where('segment_code', '=', segment.code)
            .where('code', 'in', [...elementCodes])
            .where('segment_value', '=', segment.value)
        : db
            .selectFrom(allDays ? 'agg_answers_total' : 'agg_answers')
            .where('code', 'in', [...elementCodes]),
      daysScope,
    )
      .select(['code', 'value', s('n').as('n')])
      .where('version_id', 'in', skmVersionIds)
      // Grouped as the keys are (questionnaire first), so SQLite sums without a sort.
      .groupBy(['questionnaire_id', 'code', 'value'])
      .execute()
    for (const a of answers) {
      const x = Number(a.value)
      if (!Number.isFinite(x)) continue
      const e = sums.elements.get(a.code) ?? { n: 0, sum: 0 }
      e.n += num(a.n)
      e.sum += x * num(a.n)
      sums.elements.set(a.code, e)
    }
  }
  return sums
}
