// A selection broken down by the values of one segment question (e.g. kecamatan): per value, the
// responses with the moments of their impact score and, for one counted question, its answers.
// Without segment filters it reads agg_segment_daily / agg_segment_answers; with any segment
// filter, the matching raw rows grouped in SQL (raw-rows.ts).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import { jsonField } from '../../../../db/dialect'
import type { Moments } from '../../../domain/scoring'
import { countedValues } from '../counting-plan'
import type { Counts } from './counts'
import { matchingResponses } from './raw-rows'
import { scoped } from './scoped'
import type { Selection } from './selection'

export interface SegmentBreakdown {
  /** Segment value -> responses, and the moments of their respondent impact (0..1). */
  scores: Map<string, { responses: number; moments: Moments }>
  /** Segment value -> counted answer value -> n, of the question asked for. */
  answers: Map<string, Counts>
}

/** The breakdown by `segmentCode`, with the answers of `question` when given. */
export async function readSegmentBreakdown(
  db: Kysely<Database>,
  selection: Selection,
  segmentCode: string,
  question?: { code: string; multi: boolean },
): Promise<SegmentBreakdown> {
  const result: SegmentBreakdown = { scores: new Map(), answers: new Map() }
  if (selection.questionnaireIds.length === 0) return result
  const raw = Object.keys(selection.segments).length > 0
  const scores = raw
    ? await rawScores(db, selection, segmentCode)
    : await aggregatedScores(db, selection, segmentCode)
  for (const s of scores) result.scores.set(s.segmentValue, s)
  if (!question) return result
  const rows = raw
    ? await rawAnswers(db, selection, segmentCode, question)
    : await aggregatedAnswers(db, selection, segmentCode, question.code)
  for (const r of rows) {
    let byValue = result.answers.get(r.segmentValue)
    if (!byValue) result.answers.set(r.segmentValue, (byValue = new Map()))
    byValue.set(r.value, (byValue.get(r.value) ?? 0) + r.n)
  }
  return result
}

const num = (x: unknown) => Number(x ?? 0)

async function aggregatedScores(db: Kysely<Database>, selection: Selection, segmentCode: string) {
  const rows = await scoped(db.selectFrom('agg_segment_daily'), selection)
    .select('segment_value')
    .select((eb) => [
      eb.fn.sum<number>('responses').as('responses'),
      eb.fn.sum<number>('impact_n').as('n'),
      eb.fn.sum<number>('impact_sum').as('sum'),
      eb.fn.sum<number>('impact_sumsq').as('sumSq'),
    ])
    .where('segment_code', '=', segmentCode)
    .groupBy('segment_value')
    .execute()
  return rows.map((r) => ({
    segmentValue: r.segment_value,
    responses: num(r.responses),
    moments: { n: num(r.n), sum: num(r.sum), sumSq: num(r.sumSq) },
  }))
}

async function aggregatedAnswers(
  db: Kysely<Database>,
  selection: Selection,
  segmentCode: string,
  code: string,
) {
  const rows = await scoped(db.selectFrom('agg_segment_answers'), selection)
    .select(['segment_value', 'value'])
    .select((eb) => eb.fn.sum<number>('n').as('n'))
    .where('segment_code', '=', segmentCode)
    .where('code', '=', code)
    .groupBy(['segment_value', 'value'])
    .execute()
  return rows.map((r) => ({ segmentValue: r.segment_value, value: r.value, n: num(r.n) }))
}

const segmentOf = (db: Kysely<Database>, code: string) =>
  jsonField<string | null>(db, 'r.segments', code)

async function rawScores(db: Kysely<Database>, selection: Selection, segmentCode: string) {
  const segment = segmentOf(db, segmentCode)
  const rows = await matchingResponses(db, selection)
    .select(segment.as('segment_value'))
    .select((eb) => [
      eb.fn.countAll<number>().as('responses'),
      eb.fn.count<number>('r.impact').as('n'),
      eb.fn.sum<number>('r.impact').as('sum'),
      eb.fn.sum<number>(sql`r.impact * r.impact`).as('sumSq'),
    ])
    .where(segment, 'is not', null)
    .groupBy(sql.ref('segment_value'))
    .execute()
  return rows.map((r) => ({
    segmentValue: r.segment_value!,
    responses: num(r.responses),
    moments: { n: num(r.n), sum: num(r.sum), sumSq: num(r.sumSq) },
  }))
}

async function rawAnswers(
  db: Kysely<Database>,
  selection: Selection,
  segmentCode: string,
  question: { code: string; multi: boolean },
) {
  const segment = segmentOf(db, segmentCode)
  const value = jsonField<string | number | null>(db, 'r.answers', question.code)
  const rows = await matchingResponses(db, selection)
    .select([segment.as('segment_value'), value.as('value')])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(segment, 'is not', null)
    .where(value, 'is not', null)
    .groupBy([sql.ref('segment_value'), sql.ref('value')])
    .execute()
  return rows.flatMap((row) => {
    // A multi answer comes back as its JSON array text.
    const answer = question.multi ? JSON.parse(String(row.value)) : row.value
    return countedValues(answer).map((text) => ({
      segmentValue: row.segment_value!,
      value: text,
      n: num(row.n),
    }))
  })
}
