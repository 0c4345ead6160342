// Counts from the raw responses that match a selection (raw-rows.ts): responses per day and link
// and counted answers, in one streamed pass that parses each row's answers once. JSON paths use
// SQLite's json_extract (PostgreSQL: `->>`).
import type { Kysely } from 'kysely'
import type { Database } from '../../../../db/database'
import type { Answers } from '../../../domain/questionnaire'
import { countedValues } from '../counting-plan'
import { matchingResponses } from './raw-rows'
import type { Selection } from './selection'

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

/** Responses per day and link, and counted answers of the questions `codes`, of the matches. */
export async function countRawResponses(
  db: Kysely<Database>,
  selection: Selection,
  codes: ReadonlySet<string>,
) {
  const daily = new Map<string, { day: string; linkId: number; n: number }>()
  const answers = new Map<string, Map<string, number>>()
  if (selection.questionnaireIds.length === 0) return { daily: [], answers }
  const rows = matchingResponses(db, selection)
    .select(['r.day', 'r.link_id', 'r.answers'])
    .stream(1000)
  for await (const row of rows) {
    const key = `${row.day}|${row.link_id}`
    const d = daily.get(key)
    if (d) d.n++
    else daily.set(key, { day: row.day, linkId: row.link_id, n: 1 })
    const parsed = JSON.parse(row.answers) as Answers
    for (const code in parsed) {
      if (!codes.has(code)) continue
      let byValue = answers.get(code)
      if (!byValue) answers.set(code, (byValue = new Map()))
      for (const text of countedValues(parsed[code])) bump(byValue, text)
    }
  }
  return { daily: [...daily.values()], answers }
}
