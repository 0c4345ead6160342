// What every score is summed from (responses, impact, IKM, SUS and criterion moments, NPS classes,
// SKM element sums) for a selection: from the maintained aggregates (agg_daily, agg_criteria,
// agg_answers, or their agg_segment_* twins for one segment value), whose cost grows with days x
// links, never with the number of responses; or from the matching raw rows when two or more
// segment values are asked for at once (raw-score-sums.ts).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import type { Moments } from '../../../domain/scoring'
import { sumRawScores } from './raw-score-sums'
import { allTime, coversAllDays, findDayRange, scoped } from './scoped'
import { needsRawRows, oneSegment, type Selection } from './selection'

export interface ScoreSums {
  responses: number
  impact: Moments
  ikm: Moments
  sus: Moments
  nps: { promoters: number; passives: number; detractors: number }
  criteria: Map<string, Moments>
  /** SKM element code -> the moments of its answers (respondents who answered, sum, squares). */
  elements: Map<string, Moments>
  source: 'aggregates' | 'responses'
}

/** Which answers make the IKM's element sums: U1..U9 of the versions built on the SKM template. */
export interface SkmElements {
  versionIds: number[]
  codes: readonly string[]
}

const num = (x: unknown) => Number(x ?? 0)
const moments = (n: unknown, sum: unknown, sumSq: unknown): Moments => ({
  n: num(n),
  sum: num(sum),
  sumSq: num(sumSq),
})

export const emptySums = (source: ScoreSums['source']): ScoreSums => ({
  responses: 0,
  impact: moments(0, 0, 0),
  ikm: moments(0, 0, 0),
  sus: moments(0, 0, 0),
  nps: { promoters: 0, passives: 0, detractors: 0 },
  criteria: new Map(),
  elements: new Map(),
  source,
})

/** The score sums of a selection. */
export function readScoreSums(
  db: Kysely<Database>,
  selection: Selection,
  skm: SkmElements,
): Promise<ScoreSums> {
  return needsRawRows(selection)
    ? sumRawScores(db, selection, skm)
    : sumAggregates(db, selection, skm)
}

async function sumAggregates(db: Kysely<Database>, selection: Selection, skm: SkmElements) {
  const sums = emptySums('aggregates')
  if (selection.questionnaireIds.length === 0) return sums
  const segment = oneSegment(selection)
  const s = (column: string) => sql<number>`sum(${sql.ref(column)})`
  const daily = await scoped(
    segment
      ? db
          .selectFrom('agg_segment_daily')
          .where('segment_code', '=', segment.code)
          .where('segment_value', '=', segment.value)
      : db.selectFrom('agg_daily'),
    selection,
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
  const allDays = !segment && coversAllDays(await findDayRange(db, selection), selection)
  const daysSelection = allDays ? allTime(selection) : selection
  const criteria = await scoped(
    segment
      ? db
          .selectFrom('agg_segment_criteria')
          .where('segment_code', '=', segment.code)
          .where('segment_value', '=', segment.value)
      : db.selectFrom(allDays ? 'agg_criteria_total' : 'agg_criteria'),
    daysSelection,
  )
    .select(['criterion', s('n').as('n'), s('sum').as('sum'), s('sumsq').as('sumSq')])
    .groupBy('criterion')
    .execute()
  for (const c of criteria) sums.criteria.set(c.criterion, moments(c.n, c.sum, c.sumSq))

  if (skm.versionIds.length > 0) {
    const answers = await scoped(
      segment
        ? db
            .selectFrom('agg_segment_answers')
            .where('segment_code', '=', segment.code)
            .where('code', 'in', [...skm.codes])
            .where('segment_value', '=', segment.value)
        : db
            .selectFrom(allDays ? 'agg_answers_total' : 'agg_answers')
            .where('code', 'in', [...skm.codes]),
      daysSelection,
    )
      .select(['code', 'value', s('n').as('n')])
      .where('version_id', 'in', skm.versionIds)
      // Grouped as the keys are (questionnaire first), so SQLite sums without a sort.
      .groupBy(['questionnaire_id', 'code', 'value'])
      .execute()
    for (const a of answers) {
      const x = Number(a.value)
      if (!Number.isFinite(x)) continue
      const e = sums.elements.get(a.code) ?? { n: 0, sum: 0, sumSq: 0 }
      e.n += num(a.n)
      e.sum += x * num(a.n)
      e.sumSq += x * x * num(a.n)
      sums.elements.set(a.code, e)
    }
  }
  return sums
}
