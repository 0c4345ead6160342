// Responses per day and link, and counted answers per question and value, of a selection: summed
// from the maintained aggregates (cost grows with days x links x answer values, never with the
// number of responses), or counted from the matching raw rows when two or more segment values
// are asked for at once (raw-counts.ts).
import type { Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import { countRawResponses } from './raw-counts'
import { allTime, coversAllDays, findDayRange, scoped, type DayRange } from './scoped'
import { needsRawRows, oneSegment, type Selection } from './selection'

export type Counts = Map<string, number>

export interface ResponseCounts {
  /** Responses per day and link. */
  daily: { day: string; linkId: number; n: number }[]
  /** code -> counted value -> n, for the codes asked for. */
  answers: Map<string, Counts>
  /** First and last day with responses of the questionnaires (and link), whatever the period. */
  range: DayRange
  source: 'aggregates' | 'responses'
}

/** The counts of a selection; answers only for `codes` (counted questions). */
export async function readResponseCounts(
  db: Kysely<Database>,
  selection: Selection,
  codes: readonly string[],
): Promise<ResponseCounts> {
  const range = await findDayRange(db, selection)
  if (needsRawRows(selection)) {
    return {
      ...(await countRawResponses(db, selection, new Set(codes))),
      range,
      source: 'responses',
    }
  }
  const [daily, rows] = await Promise.all([
    sumDailyCounts(db, selection),
    sumAnswerCounts(db, selection, codes, coversAllDays(range, selection)),
  ])
  const wanted = new Set(codes)
  const answers = new Map<string, Counts>()
  for (const { code, value, n } of rows) {
    if (!wanted.has(code)) continue
    let byValue = answers.get(code)
    if (!byValue) answers.set(code, (byValue = new Map()))
    byValue.set(value, n)
  }
  return { daily, answers, range, source: 'aggregates' }
}

/** Responses per day and link (agg_daily, or agg_segment_daily for a segment value). */
async function sumDailyCounts(db: Kysely<Database>, selection: Selection) {
  if (selection.questionnaireIds.length === 0) return []
  const segment = oneSegment(selection)
  const query = segment
    ? db
        .selectFrom('agg_segment_daily')
        .where('segment_code', '=', segment.code)
        .where('segment_value', '=', segment.value)
    : db.selectFrom('agg_daily')
  const rows = await scoped(query, selection)
    .select(['day', 'link_id'])
    .select((eb) => eb.fn.sum<number>('responses').as('n'))
    .groupBy(['day', 'link_id'])
    .execute()
  return rows.map((r) => ({ day: r.day, linkId: r.link_id, n: Number(r.n) }))
}

/**
 * Counted answers per question code and value: from agg_answers_total when `allDays` (the period
 * holds every day with responses), else agg_answers (both keyed by code and value, so the sum
 * needs no sort); for a segment value, of the questions `codes` (agg_segment_answers).
 */
async function sumAnswerCounts(
  db: Kysely<Database>,
  selection: Selection,
  codes: readonly string[],
  allDays: boolean,
) {
  if (selection.questionnaireIds.length === 0) return []
  const segment = oneSegment(selection)
  if (segment && codes.length === 0) return []
  const total = !segment && allDays
  const query = segment
    ? db
        .selectFrom('agg_segment_answers')
        .where('segment_code', '=', segment.code)
        .where('code', 'in', [...codes])
        .where('segment_value', '=', segment.value)
    : total
      ? db.selectFrom('agg_answers_total')
      : db.selectFrom('agg_answers')
  // Grouped by questionnaire first, as the keys are, so SQLite sums in key order with no sort
  // (with `questionnaire_id in (a, b)` a GROUP BY code, value sorts every row: 34 ms vs 11 ms
  // for 66,000 rows); the questionnaires are merged here.
  const rows = await scoped(query, total ? allTime(selection) : selection)
    .select(['code', 'value'])
    .select((eb) => eb.fn.sum<number>('n').as('n'))
    .groupBy(['questionnaire_id', 'code', 'value'])
    .execute()
  const merged = new Map<string, { code: string; value: string; n: number }>()
  for (const r of rows) {
    const key = `${r.code}\u0000${r.value}`
    const row = merged.get(key)
    if (row) row.n += Number(r.n)
    else merged.set(key, { code: r.code, value: r.value, n: Number(r.n) })
  }
  return [...merged.values()]
}
