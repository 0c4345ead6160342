// Bulk-loads generated responses straight into a SQLite file (not over HTTP), through the
// store that ingestion uses (storeResponsesWithAggregates) in large transactions, so responses, segments and
// aggregates are stored exactly as ingestion stores them: validated, scored, spread over the
// days of 2024 (weekdays busier, uptake growing) and over several links.
import { randomBytes } from 'node:crypto'
import { newIdempotencyKey } from '../../client/form/storage/idempotency-key'
import { openSqlite } from '../../db/connection'
import { validateAnswers, type Definition } from '../../server/domain/questionnaire'
import { scoreRespondent } from '../../server/domain/scoring'
import { localDay } from '../../server/domain/calendar'
import { countingPlan } from '../../server/features/aggregates/counting-plan'
import {
  storeResponsesWithAggregates,
  type ScoredResponse,
} from '../../server/features/responses/sqlite/store-responses'
import { generateAnswers, seededRandom, type Random } from './answers'

export interface BulkTarget {
  databasePath: string
  programId: number
  questionnaireId: number
  versionId: number
  /** The links answers arrive through, busiest first. */
  linkIds: number[]
}

const YEAR = 2024
const DAY_MS = 86_400_000
/** Responses per transaction. */
const BATCH = 20_000
// Busy on weekdays, quieter on Saturday, little on Sunday (index = getUTCDay()).
const WEEKDAY_WEIGHT = [0.15, 1, 1.1, 1, 1, 0.8, 0.4]
const LINK_WEIGHT = [0.45, 0.3, 0.15, 0.1]

/** How many of `count` responses fall on each day of YEAR (weighted, summing to `count`). */
function perDay(count: number, rnd: Random): { start: number; n: number }[] {
  const days: { start: number; weight: number; n: number }[] = []
  for (let at = Date.UTC(YEAR, 0, 1); at < Date.UTC(YEAR + 1, 0, 1); at += DAY_MS) {
    // Uptake grows through the year as the program becomes known.
    const ramp = 0.6 + (0.8 * (at - Date.UTC(YEAR, 0, 1))) / (365 * DAY_MS)
    days.push({ start: at, weight: WEEKDAY_WEIGHT[new Date(at).getUTCDay()]! * ramp, n: 0 })
  }
  const total = days.reduce((sum, d) => sum + d.weight, 0)
  let left = count
  for (const d of days) left -= d.n = Math.floor((count * d.weight) / total)
  while (left-- > 0) days[Math.floor(rnd() * days.length)]!.n++
  return days
}

/** The day's submission instants, 08:00-16:00 WIB, in order (as ingestion would store them). */
function timesOfDay(rnd: Random, day: { start: number; n: number }): string[] {
  const hours = Array.from({ length: day.n }, () => 8 + rnd() * 8).sort((a, b) => a - b)
  return hours.map((wibHour) => new Date(day.start + (wibHour - 7) * 3_600_000).toISOString())
}

function drawLink(rnd: Random, linkIds: number[]): number {
  let r = rnd() * LINK_WEIGHT.slice(0, linkIds.length).reduce((a, b) => a + b, 0)
  for (let i = 0; i < linkIds.length; i++) if ((r -= LINK_WEIGHT[i] ?? 0) < 0) return linkIds[i]!
  return linkIds.at(-1)!
}

/**
 * Adds `count` responses to the target's questionnaire; `seed` varies the answers between calls.
 * Answers the seconds it took. The server must not be running on the file meanwhile.
 */
export function loadResponses(
  target: BulkTarget,
  count: number,
  seed: number,
  onProgress: (written: number) => void = () => {},
): number {
  const started = performance.now()
  const handle = openSqlite(target.databasePath)
  try {
    const row = handle.sqlite
      .prepare('select definition from questionnaire_versions where id = ?')
      .get(target.versionId) as { definition: string }
    const definition = JSON.parse(row.definition) as Definition
    const plan = countingPlan(target.versionId, definition)
    const { time_zone: timeZone } = handle.sqlite
      .prepare(
        `select g.time_zone from questionnaires q join programs p on p.id = q.program_id
         join regions g on g.id = p.region_id where q.id = ?`,
      )
      .get(target.questionnaireId) as { time_zone: string }
    const rnd = seededRandom(seed)
    let batch: ScoredResponse[] = []
    let written = 0
    const flush = () => {
      const outcomes = storeResponsesWithAggregates(handle.sqlite, batch)
      if (outcomes.some((o) => o.status !== 'created')) throw new Error('a response was refused')
      written += batch.length
      batch = []
      onProgress(written)
    }
    for (const day of perDay(count, rnd)) {
      for (const submittedAt of timesOfDay(rnd, day)) {
        const checked = validateAnswers(definition, generateAnswers(definition, rnd))
        if (!checked.ok) throw new Error('generated answers are not valid')
        batch.push({
          questionnaireId: target.questionnaireId,
          versionId: target.versionId,
          programId: target.programId,
          linkId: drawLink(rnd, target.linkIds),
          plan,
          submittedAt,
          day: localDay(submittedAt, timeZone),
          idempotencyKey: newIdempotencyKey(Date.parse(submittedAt)),
          deviceToken: randomBytes(16).toString('base64url'),
          answers: checked.answers,
          score: scoreRespondent(definition, checked.answers),
        })
        if (batch.length === BATCH) flush()
      }
    }
    if (batch.length > 0) flush()
  } finally {
    handle.sqlite.close()
  }
  return (performance.now() - started) / 1000
}
