// Pure: turns a batch of scored responses into the increments of the aggregate tables, one row per
// distinct key, so the writer runs one upsert per key instead of one per response and question.
//
// Semantics (the contract the analytics and scoring features read; keys in parentheses):
// - agg_daily (questionnaire, version, link, day): `responses` +1 per response; impact_n/sum/sumsq
//   over the respondent impact (0..1) when not null; ikm_n/sum/sumsq over ikm_mean (1..4) when not
//   null; nps_promoters/passives/detractors by the class of the nps answer (9-10, 7-8, 0-6);
//   sus_n/sum/sumsq over the SUS score (0..100) when not null.
// - agg_answers (..., day, code, value): n +1 per answered question that is neither `text` nor
//   marked `personal`. Values as text: numbers String(x), single/segment the option value,
//   yesno 'yes' | 'no', multi one row per selected option.
// - agg_criteria (..., day, criterion): n, sum, sumsq of the respondent's criterion mean (0..1).
// - agg_answers_total (questionnaire, code, value, version, link) and agg_criteria_total
//   (questionnaire, criterion, version, link): the same as agg_answers and agg_criteria, all days.
// - agg_segment_daily (questionnaire, segment_code, segment_value, link, day): for each segment
//   answer of the response, the sums of agg_daily.
// - agg_segment_answers (questionnaire, segment_code, code, segment_value, value, version, link,
//   day): for each segment answer, n +1 for every counted value as in agg_answers (the segment's
//   own answer included).
// - agg_segment_criteria (questionnaire, segment_code, segment_value, link, day, criterion): for
//   each segment answer, the sums of agg_criteria.
// `day` is the calendar day of submission in WIB (UTC+7). Segments are the answered `segment`
// questions not marked personal; they are also stored on the response and in response_segments
// (by ingestion together with the aggregates, see deferred-aggregates.ts).
import type {
  AggAnswerTable,
  AggAnswerTotalTable,
  AggCriterionTotalTable,
  AggCriterionTable,
  AggDailyTable,
  AggSegmentAnswerTable,
  AggSegmentCriterionTable,
  AggSegmentDailyTable,
} from '../../../db/database'
import type { AnswerValue, Answers, Definition, Question } from '../../domain/questionnaire'
import { npsClass, type RespondentScore } from '../../domain/scoring'

/** One validated, scored response ready to be stored (by ingestion, the seeder or a bulk load). */
export interface ScoredResponse {
  questionnaireId: number
  versionId: number
  programId: number
  linkId: number
  /** The definition of `versionId`: question types decide how answers are counted. */
  definition: Definition
  /** ISO-8601 UTC. */
  submittedAt: string
  idempotencyKey: string
  deviceToken: string | null
  /** Cleaned answers (validateAnswers), keyed by question code. */
  answers: Answers
  score: RespondentScore
  /** A preset receipt (imports, demo data); a fresh one is drawn when absent. */
  receipt?: string
}

export interface AggregateDeltas {
  daily: AggDailyTable[]
  answers: AggAnswerTable[]
  criteria: AggCriterionTable[]
  answersTotal: AggAnswerTotalTable[]
  criteriaTotal: AggCriterionTotalTable[]
  segmentDaily: AggSegmentDailyTable[]
  segmentAnswers: AggSegmentAnswerTable[]
  segmentCriteria: AggSegmentCriterionTable[]
}

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

/** The calendar day (YYYY-MM-DD) in WIB (UTC+7) of an ISO-8601 instant. */
export function wibDay(iso: string): string {
  // Responses arrive in time order: the last hour's day is reused (parsing a date costs ~3 us).
  const hour = iso.length === 24 && iso.endsWith('Z') ? iso.slice(0, 13) : null
  if (hour !== null && hour === lastHour) return lastDay
  const day = new Date(Date.parse(iso) + WIB_OFFSET_MS).toISOString().slice(0, 10)
  if (hour !== null) [lastHour, lastDay] = [hour, day]
  return day
}

let lastHour = ''
let lastDay = ''

const questionMaps = new WeakMap<Definition, Map<string, Question>>()

function questionsOf(def: Definition): Map<string, Question> {
  let map = questionMaps.get(def)
  if (!map) {
    map = new Map(def.sections.flatMap((s) => s.questions.map((q) => [q.code, q] as const)))
    questionMaps.set(def, map)
  }
  return map
}

/** The segment answers of a response (answered, non-personal `segment` questions). */
export function segmentAnswers(def: Definition, answers: Answers): Record<string, string> {
  const segments: Record<string, string> = {}
  for (const [code, value] of Object.entries(answers)) {
    const q = questionsOf(def).get(code)
    if (q?.type === 'segment' && !q.personal && typeof value === 'string') segments[code] = value
  }
  return segments
}

/** The counted values of one answer as text; empty for text, personal, unknown or blank ones. */
export function countedValues(question: Question | undefined, value: AnswerValue): string[] {
  if (!question || question.type === 'text' || question.personal || value === null) return []
  if (Array.isArray(value)) return value
  return [String(value)]
}

const sep = '\u0000'

// Rows are built as plain object literals, not with spreads: Node 20's V8 takes a slow path for
// `{ ...base, more }` (microseconds per object), and a submission creates about ninety rows.
interface DailyBase {
  questionnaire_id: number
  version_id: number
  link_id: number
  day: string
}

const dailyRow = (b: DailyBase): AggDailyTable => ({
  questionnaire_id: b.questionnaire_id,
  version_id: b.version_id,
  link_id: b.link_id,
  day: b.day,
  responses: 0,
  impact_n: 0,
  impact_sum: 0,
  impact_sumsq: 0,
  ikm_n: 0,
  ikm_sum: 0,
  ikm_sumsq: 0,
  nps_promoters: 0,
  nps_passives: 0,
  nps_detractors: 0,
  sus_n: 0,
  sus_sum: 0,
  sus_sumsq: 0,
})

const answerRow = (b: DailyBase, code: string, value: string): AggAnswerTable => ({
  questionnaire_id: b.questionnaire_id,
  version_id: b.version_id,
  link_id: b.link_id,
  day: b.day,
  code,
  value,
  n: 0,
})

const criterionRow = (b: DailyBase, criterion: string): AggCriterionTable => ({
  questionnaire_id: b.questionnaire_id,
  version_id: b.version_id,
  link_id: b.link_id,
  day: b.day,
  criterion,
  n: 0,
  sum: 0,
  sumsq: 0,
})

const answerTotalRow = (b: DailyBase, code: string, value: string): AggAnswerTotalTable => ({
  questionnaire_id: b.questionnaire_id,
  code,
  value,
  version_id: b.version_id,
  link_id: b.link_id,
  n: 0,
})

const criterionTotalRow = (b: DailyBase, criterion: string): AggCriterionTotalTable => ({
  questionnaire_id: b.questionnaire_id,
  criterion,
  version_id: b.version_id,
  link_id: b.link_id,
  n: 0,
  sum: 0,
  sumsq: 0,
})

interface SegmentBase {
  questionnaire_id: number
  segment_code: string
  segment_value: string
  link_id: number
  day: string
}

const segmentDailyRow = (b: SegmentBase): AggSegmentDailyTable => ({
  questionnaire_id: b.questionnaire_id,
  segment_code: b.segment_code,
  segment_value: b.segment_value,
  link_id: b.link_id,
  day: b.day,
  responses: 0,
  impact_n: 0,
  impact_sum: 0,
  impact_sumsq: 0,
  ikm_n: 0,
  ikm_sum: 0,
  ikm_sumsq: 0,
  nps_promoters: 0,
  nps_passives: 0,
  nps_detractors: 0,
  sus_n: 0,
  sus_sum: 0,
  sus_sumsq: 0,
})

const segmentAnswerRow = (
  b: SegmentBase,
  versionId: number,
  code: string,
  value: string,
): AggSegmentAnswerTable => ({
  questionnaire_id: b.questionnaire_id,
  segment_code: b.segment_code,
  segment_value: b.segment_value,
  link_id: b.link_id,
  day: b.day,
  version_id: versionId,
  code,
  value,
  n: 0,
})

const segmentCriterionRow = (b: SegmentBase, criterion: string): AggSegmentCriterionTable => ({
  questionnaire_id: b.questionnaire_id,
  segment_code: b.segment_code,
  segment_value: b.segment_value,
  link_id: b.link_id,
  day: b.day,
  criterion,
  n: 0,
  sum: 0,
  sumsq: 0,
})

type Moments<P extends string> = Record<`${P}_n` | `${P}_sum` | `${P}_sumsq`, number>

/** Adds x to the count, sum and sum of squares named `prefix_*`; null adds nothing. */
function addMoments<P extends string>(row: Moments<P>, prefix: P, x: number | null): void {
  if (x === null) return
  const m = row as Record<string, number>
  m[`${prefix}_n`]++
  m[`${prefix}_sum`] += x
  m[`${prefix}_sumsq`] += x * x
}

type DailySums = Omit<AggDailyTable, keyof DailyBase>

/** Adds one response's scores to a row of agg_daily's sums. */
function addScores(row: DailySums, score: RespondentScore): void {
  const { impact, ikmMean, nps, sus } = score
  row.responses++
  addMoments(row, 'impact', impact)
  addMoments(row, 'ikm', ikmMean)
  addMoments(row, 'sus', sus)
  if (nps === null) return
  const cls = npsClass(nps)
  if (cls === 'promoter') row.nps_promoters++
  else if (cls === 'passive') row.nps_passives++
  else row.nps_detractors++
}

function addCriterion(row: { n: number; sum: number; sumsq: number }, mean: number): void {
  row.n++
  row.sum += mean
  row.sumsq += mean * mean
}

/** A counted answer value with its key part `code \0 value`, one object per definition. */
interface Counted {
  code: string
  value: string
  key: string
}

const countedByDefinition = new WeakMap<Definition, Map<string, Map<string, Counted>>>()

/**
 * The same Counted object (and so the same key string, hashed once) for every response to a
 * definition: building and hashing a fresh key per answer was most of the accumulator's time.
 */
function countedOf(def: Definition, code: string, value: string): Counted {
  let byCode = countedByDefinition.get(def)
  if (!byCode) countedByDefinition.set(def, (byCode = new Map()))
  let byValue = byCode.get(code)
  if (!byValue) byCode.set(code, (byValue = new Map()))
  let counted = byValue.get(value)
  if (!counted) byValue.set(value, (counted = { code, value, key: code + sep + value }))
  return counted
}

/** Appends without spreading (a spread of a large map would overflow the call stack). */
function pushAll<T>(target: T[], rows: Iterable<T>): void {
  for (const row of rows) target.push(row)
}

/** The sums of one (questionnaire, version, link, day). */
interface DayBucket {
  daily: AggDailyTable
  criteria: Map<string, AggCriterionTable>
  answers: Map<string, AggAnswerTable>
}

/** The all-time sums of one (questionnaire, version, link). */
interface TotalBucket {
  criteria: Map<string, AggCriterionTotalTable>
  answers: Map<string, AggAnswerTotalTable>
}

/** The sums of one segment value on one (questionnaire, link, day); answers also by version. */
interface SegmentBucket {
  daily: AggSegmentDailyTable
  criteria: Map<string, AggSegmentCriterionTable>
  answers: Map<number, Map<string, AggSegmentAnswerTable>>
}

/**
 * Sums responses into one delta row per aggregate key (see the header for what is counted), over
 * one batch or over many (the deferred aggregates of ingestion), until `drain` hands them out.
 * Rows sit in buckets keyed by their leading columns (strings joined with NUL), so a response
 * builds six or so key strings; within a bucket, answers are found by their interned key part and
 * criteria by name.
 */
export class AggregateAccumulator {
  private days = new Map<string, DayBucket>()
  private totals = new Map<string, TotalBucket>()
  private segments = new Map<string, SegmentBucket>()

  /** Adds a response's increments; answers its segments (segmentAnswers), computed on the way. */
  add(r: ScoredResponse): Record<string, string> {
    // Written out without a helper taking a row factory: a closure per key cost ~10% of a write.
    const base: DailyBase = {
      questionnaire_id: r.questionnaireId,
      version_id: r.versionId,
      link_id: r.linkId,
      day: wibDay(r.submittedAt),
    }
    const totalKey = `${base.questionnaire_id}${sep}${base.version_id}${sep}${base.link_id}`
    const dayKey = `${totalKey}${sep}${base.day}`
    let day = this.days.get(dayKey)
    if (!day) {
      day = { daily: dailyRow(base), criteria: new Map(), answers: new Map() }
      this.days.set(dayKey, day)
    }
    let total = this.totals.get(totalKey)
    if (!total) this.totals.set(totalKey, (total = { criteria: new Map(), answers: new Map() }))
    addScores(day.daily, r.score)

    const criterionMeans = Object.entries(r.score.criteria)
    for (const [criterion, mean] of criterionMeans) {
      let row = day.criteria.get(criterion)
      if (!row) day.criteria.set(criterion, (row = criterionRow(base, criterion)))
      addCriterion(row, mean)
      let totalRow = total.criteria.get(criterion)
      if (!totalRow) total.criteria.set(criterion, (totalRow = criterionTotalRow(base, criterion)))
      addCriterion(totalRow, mean)
    }

    const { definition } = r
    const questions = questionsOf(definition)
    const counted: Counted[] = []
    for (const [code, value] of Object.entries(r.answers)) {
      for (const text of countedValues(questions.get(code), value)) {
        counted.push(countedOf(definition, code, text))
      }
    }
    for (const c of counted) {
      let row = day.answers.get(c.key)
      if (!row) day.answers.set(c.key, (row = answerRow(base, c.code, c.value)))
      row.n++
      let totalRow = total.answers.get(c.key)
      if (!totalRow) total.answers.set(c.key, (totalRow = answerTotalRow(base, c.code, c.value)))
      totalRow.n++
    }

    const segments = segmentAnswers(definition, r.answers)
    for (const [segment, segmentValue] of Object.entries(segments)) {
      // The version is in the key only for the answers; the others sum over versions.
      const segKey = `${base.questionnaire_id}${sep}${base.link_id}${sep}${base.day}${sep}${segment}${sep}${segmentValue}`
      let bucket = this.segments.get(segKey)
      if (!bucket) {
        const seg: SegmentBase = {
          questionnaire_id: base.questionnaire_id,
          segment_code: segment,
          segment_value: segmentValue,
          link_id: base.link_id,
          day: base.day,
        }
        bucket = { daily: segmentDailyRow(seg), criteria: new Map(), answers: new Map() }
        this.segments.set(segKey, bucket)
      }
      addScores(bucket.daily, r.score)
      for (const [criterion, mean] of criterionMeans) {
        let row = bucket.criteria.get(criterion)
        if (!row)
          bucket.criteria.set(criterion, (row = segmentCriterionRow(bucket.daily, criterion)))
        addCriterion(row, mean)
      }
      let rows = bucket.answers.get(base.version_id)
      if (!rows) bucket.answers.set(base.version_id, (rows = new Map()))
      for (const c of counted) {
        let row = rows.get(c.key)
        if (!row) {
          row = segmentAnswerRow(bucket.daily, base.version_id, c.code, c.value)
          rows.set(c.key, row)
        }
        row.n++
      }
    }
    return segments
  }

  /** The summed rows so far; the accumulator is empty afterwards. */
  drain(): AggregateDeltas {
    const deltas: AggregateDeltas = {
      daily: [],
      answers: [],
      criteria: [],
      answersTotal: [],
      criteriaTotal: [],
      segmentDaily: [],
      segmentAnswers: [],
      segmentCriteria: [],
    }
    for (const day of this.days.values()) {
      deltas.daily.push(day.daily)
      pushAll(deltas.criteria, day.criteria.values())
      pushAll(deltas.answers, day.answers.values())
    }
    for (const total of this.totals.values()) {
      pushAll(deltas.criteriaTotal, total.criteria.values())
      pushAll(deltas.answersTotal, total.answers.values())
    }
    for (const bucket of this.segments.values()) {
      deltas.segmentDaily.push(bucket.daily)
      pushAll(deltas.segmentCriteria, bucket.criteria.values())
      for (const rows of bucket.answers.values()) pushAll(deltas.segmentAnswers, rows.values())
    }
    this.days.clear()
    this.totals.clear()
    this.segments.clear()
    return deltas
  }
}

/** Sums a batch into one delta row per aggregate key (see the header for what is counted). */
export function aggregateDeltas(responses: readonly ScoredResponse[]): AggregateDeltas {
  const sums = new AggregateAccumulator()
  for (const r of responses) sums.add(r)
  return sums.drain()
}
