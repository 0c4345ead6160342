// Counts from the raw responses, for what the aggregates cannot answer: segment filters and
// filtered cross-tabs. Matching ids come from response_segments (primary key questionnaire,
// code, value, response_id), the day and link predicates from the responses row; the cost is
// linear in the responses that match (one pass, streamed, answers parsed once per row), never in
// the whole table. JSON paths use SQLite's json_extract (PostgreSQL: `->>`).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { Answers, Question } from '../../domain/questionnaire'
import { countedValues } from '../responses/aggregate-deltas'
import type { Scope } from './repository'

export interface RawFilter extends Scope {
  segments: Record<string, string>
}

export interface RawCounts {
  daily: { day: string; linkId: number; n: number }[]
  answers: Map<string, Map<string, number>>
}

function filtered(db: Kysely<Database>, filter: RawFilter) {
  const ids = filter.questionnaireIds
  let q = db.selectFrom('responses as r').where('r.questionnaire_id', 'in', ids)
  if (filter.from) q = q.where('r.day', '>=', filter.from)
  if (filter.to) q = q.where('r.day', '<=', filter.to)
  if (filter.linkId) q = q.where('r.link_id', '=', filter.linkId)
  for (const [code, value] of Object.entries(filter.segments)) {
    // A primary-key probe per row of the day range: cheaper than materialising every id of a
    // segment value when the range is short, and no worse when it is the whole year.
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('response_segments as s')
          .select('s.response_id')
          .whereRef('s.questionnaire_id', '=', 'r.questionnaire_id')
          .where('s.code', '=', code)
          .where('s.value', '=', value)
          .whereRef('s.response_id', '=', 'r.id'),
      ),
    )
  }
  return q
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

/** Responses per day and link, and counted answers per code and value, of the matching rows. */
export async function countRawResponses(
  db: Kysely<Database>,
  filter: RawFilter,
  counted: ReadonlyMap<string, Question>,
): Promise<RawCounts> {
  const daily = new Map<string, { day: string; linkId: number; n: number }>()
  const answers = new Map<string, Map<string, number>>()
  if (filter.questionnaireIds.length === 0) return { daily: [], answers }
  const rows = filtered(db, filter).select(['r.day', 'r.link_id', 'r.answers']).stream(1000)
  for await (const row of rows) {
    const key = `${row.day}|${row.link_id}`
    const d = daily.get(key)
    if (d) d.n++
    else daily.set(key, { day: row.day, linkId: row.link_id, n: 1 })
    const parsed = JSON.parse(row.answers) as Answers
    for (const [code, value] of Object.entries(parsed)) {
      const question = counted.get(code)
      if (!question) continue
      let byValue = answers.get(code)
      if (!byValue) answers.set(code, (byValue = new Map()))
      for (const text of countedValues(question, value)) bump(byValue, text)
    }
  }
  return { daily: [...daily.values()], answers }
}

/** segment value -> answer value -> n for one question, grouped in SQL over the matching rows. */
export async function crossRawAnswers(
  db: Kysely<Database>,
  filter: RawFilter,
  segmentCode: string,
  question: Question,
): Promise<Map<string, Map<string, number>>> {
  const result = new Map<string, Map<string, number>>()
  if (filter.questionnaireIds.length === 0) return result
  const segment = sql<string | null>`json_extract(r.segments, ${`$.${segmentCode}`})`
  const value = sql<string | number | null>`json_extract(r.answers, ${`$.${question.code}`})`
  const rows = await filtered(db, filter)
    .select([segment.as('segment_value'), value.as('value')])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(segment, 'is not', null)
    .where(value, 'is not', null)
    .groupBy([sql.ref('segment_value'), sql.ref('value')])
    .execute()
  for (const row of rows) {
    let byValue = result.get(row.segment_value!)
    if (!byValue) result.set(row.segment_value!, (byValue = new Map()))
    // A multi answer comes back as its JSON array text.
    const raw = question.type === 'multi' ? JSON.parse(String(row.value)) : row.value
    for (const text of countedValues(question, raw)) {
      byValue.set(text, (byValue.get(text) ?? 0) + Number(row.n))
    }
  }
  return result
}

/** Per segment value: matching responses and the moments of their impact (0..1). */
export async function crossRawImpact(db: Kysely<Database>, filter: RawFilter, segmentCode: string) {
  if (filter.questionnaireIds.length === 0) return []
  const segment = sql<string | null>`json_extract(r.segments, ${`$.${segmentCode}`})`
  const rows = await filtered(db, filter)
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
    responses: Number(r.responses),
    moments: { n: Number(r.n), sum: Number(r.sum ?? 0), sumSq: Number(r.sumSq ?? 0) },
  }))
}
