// A selection broken down by the answers of any closed question (not only a segment): per answer
// value of `by`, the responses with the moments of their impact score and, for a second question,
// its answers. The aggregates keep pairs only for segment questions (segment-breakdown.ts), so
// this groups the matching raw rows in SQL: its cost grows with the responses selected. A multi
// answer counts in the row (or column) of each option chosen.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import { jsonField } from '../../../../db/dialect'
import { countedValues } from '../counting-plan'
import { matchingResponses } from './raw-rows'
import type { SegmentBreakdown } from './segment-breakdown'
import type { Selection } from './selection'

export interface PairQuestion {
  code: string
  multi: boolean
}

const answerOf = (db: Kysely<Database>, code: string) =>
  jsonField<string | number | null>(db, 'r.answers', code)
const valuesOf = (q: PairQuestion, raw: string | number | null) =>
  countedValues(q.multi ? (JSON.parse(String(raw)) as string[]) : raw)
const num = (x: unknown) => Number(x ?? 0)

/** The breakdown of the selection by the answers of `by`, with `question`'s answers when given. */
export async function readQuestionPairs(
  db: Kysely<Database>,
  selection: Selection,
  by: PairQuestion,
  question?: PairQuestion,
): Promise<SegmentBreakdown> {
  const result: SegmentBreakdown = { scores: new Map(), answers: new Map() }
  if (selection.questionnaireIds.length === 0) return result
  const row = answerOf(db, by.code)
  const scores = await matchingResponses(db, selection)
    .select(row.as('row_value'))
    .select((eb) => [
      eb.fn.countAll<number>().as('responses'),
      eb.fn.count<number>('r.impact').as('n'),
      eb.fn.sum<number>('r.impact').as('sum'),
      eb.fn.sum<number>(sql`r.impact * r.impact`).as('sumSq'),
    ])
    .where(row, 'is not', null)
    .groupBy(sql.ref('row_value'))
    .execute()
  for (const s of scores) {
    for (const value of valuesOf(by, s.row_value)) {
      const m = result.scores.get(value) ?? { responses: 0, moments: { n: 0, sum: 0, sumSq: 0 } }
      m.responses += num(s.responses)
      m.moments.n += num(s.n)
      m.moments.sum += num(s.sum)
      m.moments.sumSq += num(s.sumSq)
      result.scores.set(value, m)
    }
  }
  if (!question) return result
  const column = answerOf(db, question.code)
  const pairs = await matchingResponses(db, selection)
    .select([row.as('row_value'), column.as('value')])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(row, 'is not', null)
    .where(column, 'is not', null)
    .groupBy([sql.ref('row_value'), sql.ref('value')])
    .execute()
  for (const p of pairs) {
    for (const rowValue of valuesOf(by, p.row_value)) {
      let counts = result.answers.get(rowValue)
      if (!counts) result.answers.set(rowValue, (counts = new Map()))
      for (const value of valuesOf(question, p.value))
        counts.set(value, (counts.get(value) ?? 0) + num(p.n))
    }
  }
  return result
}
