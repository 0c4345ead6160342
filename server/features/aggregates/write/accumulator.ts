// Pure: sums responses into the increments of the aggregate tables, one row per distinct key, so
// a flush runs one upsert per key instead of one per response and question (what each table holds
// is in rows.ts).
import type { Answers } from '../../../domain/questionnaire'
import { npsClass, type RespondentScore } from '../../../domain/scoring'
import type { AggDailyTable, AggSegmentAnswerTable } from '../../../../db/database'
import { countedValues, segmentsOf, type CountingPlan } from '../counting-plan'
import * as rows from './rows'
import type { AggregateDeltas, DailyBase, SegmentBase } from './rows'

/** What the aggregates need of a stored response. */
export interface AggregateInput {
  questionnaireId: number
  versionId: number
  linkId: number
  /** ISO-8601 UTC. */
  submittedAt: string
  /** The calendar day of `submittedAt` in its region's time zone (domain/calendar localDay). */
  day: string
  /** Cleaned answers (validateAnswers), keyed by question code. */
  answers: Answers
  score: RespondentScore
  /** What of the answers is counted: the plan of `versionId` (counting-plan.ts). */
  plan: CountingPlan
}

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

const sep = '\u0000'

/** A counted answer value with its key part `code \0 value`, one object per version. */
interface Counted {
  code: string
  value: string
  key: string
}

/** Appends without spreading (a spread of a large map would overflow the call stack). */
function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item)
}

/** The sums of one (questionnaire, version, link, day). */
interface DayBucket {
  daily: AggDailyTable
  criteria: Map<string, rows.AggregateDeltas['criteria'][number]>
  answers: Map<string, rows.AggregateDeltas['answers'][number]>
}

/** The all-time sums of one (questionnaire, version, link). */
interface TotalBucket {
  criteria: Map<string, rows.AggregateDeltas['criteriaTotal'][number]>
  answers: Map<string, rows.AggregateDeltas['answersTotal'][number]>
}

/** The sums of one segment value on one (questionnaire, link, day); answers also by version. */
interface SegmentBucket {
  daily: rows.AggregateDeltas['segmentDaily'][number]
  criteria: Map<string, rows.AggregateDeltas['segmentCriteria'][number]>
  answers: Map<number, Map<string, AggSegmentAnswerTable>>
}

/**
 * Sums responses into one delta row per aggregate key, over one batch or over many (the deferred
 * aggregates of ingestion), until `drain` hands them out. Rows sit in buckets keyed by their
 * leading columns (strings joined with NUL), so a response builds six or so key strings; within a
 * bucket, answers are found by their interned key part and criteria by name.
 */
export class AggregateAccumulator {
  private days = new Map<string, DayBucket>()
  private totals = new Map<string, TotalBucket>()
  private segments = new Map<string, SegmentBucket>()
  /** version -> code -> value -> Counted: the same key string (hashed once) for every response. */
  private interned = new Map<number, Map<string, Map<string, Counted>>>()

  private countedOf(versionId: number, code: string, value: string): Counted {
    let byCode = this.interned.get(versionId)
    if (!byCode) this.interned.set(versionId, (byCode = new Map()))
    let byValue = byCode.get(code)
    if (!byValue) byCode.set(code, (byValue = new Map()))
    let counted = byValue.get(value)
    if (!counted) byValue.set(value, (counted = { code, value, key: code + sep + value }))
    return counted
  }

  /** Adds a response's increments; answers its segments (segmentsOf), computed on the way. */
  add(r: AggregateInput): Record<string, string> {
    // Written out without a helper taking a row factory: a closure per key cost ~10% of a write.
    const base: DailyBase = {
      questionnaire_id: r.questionnaireId,
      version_id: r.versionId,
      link_id: r.linkId,
      day: r.day,
    }
    const totalKey = `${base.questionnaire_id}${sep}${base.version_id}${sep}${base.link_id}`
    const dayKey = `${totalKey}${sep}${base.day}`
    let day = this.days.get(dayKey)
    if (!day) {
      day = { daily: rows.dailyRow(base), criteria: new Map(), answers: new Map() }
      this.days.set(dayKey, day)
    }
    let total = this.totals.get(totalKey)
    if (!total) this.totals.set(totalKey, (total = { criteria: new Map(), answers: new Map() }))
    addScores(day.daily, r.score)

    const criterionMeans = Object.entries(r.score.criteria)
    for (const [criterion, mean] of criterionMeans) {
      let row = day.criteria.get(criterion)
      if (!row) day.criteria.set(criterion, (row = rows.criterionRow(base, criterion)))
      addCriterion(row, mean)
      let totalRow = total.criteria.get(criterion)
      if (!totalRow)
        total.criteria.set(criterion, (totalRow = rows.criterionTotalRow(base, criterion)))
      addCriterion(totalRow, mean)
    }

    const counted: Counted[] = []
    for (const code of r.plan.counted) {
      for (const text of countedValues(r.answers[code])) {
        counted.push(this.countedOf(r.versionId, code, text))
      }
    }
    for (const c of counted) {
      let row = day.answers.get(c.key)
      if (!row) day.answers.set(c.key, (row = rows.answerRow(base, c.code, c.value)))
      row.n++
      let totalRow = total.answers.get(c.key)
      if (!totalRow)
        total.answers.set(c.key, (totalRow = rows.answerTotalRow(base, c.code, c.value)))
      totalRow.n++
    }

    const segments = segmentsOf(r.plan, r.answers)
    for (const segment in segments) {
      this.addSegment(base, segment, segments[segment]!, r.score, criterionMeans, counted)
    }
    return segments
  }

  private addSegment(
    base: DailyBase,
    segment: string,
    segmentValue: string,
    score: RespondentScore,
    criterionMeans: [string, number][],
    counted: Counted[],
  ): void {
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
      bucket = { daily: rows.segmentDailyRow(seg), criteria: new Map(), answers: new Map() }
      this.segments.set(segKey, bucket)
    }
    addScores(bucket.daily, score)
    for (const [criterion, mean] of criterionMeans) {
      let row = bucket.criteria.get(criterion)
      if (!row)
        bucket.criteria.set(criterion, (row = rows.segmentCriterionRow(bucket.daily, criterion)))
      addCriterion(row, mean)
    }
    let answers = bucket.answers.get(base.version_id)
    if (!answers) bucket.answers.set(base.version_id, (answers = new Map()))
    for (const c of counted) {
      let row = answers.get(c.key)
      if (!row) {
        row = rows.segmentAnswerRow(bucket.daily, base.version_id, c.code, c.value)
        answers.set(c.key, row)
      }
      row.n++
    }
  }

  /** The summed rows so far; the accumulator is empty afterwards. */
  drain(): AggregateDeltas {
    const deltas = rows.noDeltas()
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
      for (const answers of bucket.answers.values())
        pushAll(deltas.segmentAnswers, answers.values())
    }
    this.days.clear()
    this.totals.clear()
    this.segments.clear()
    return deltas
  }
}

/** Sums a batch into one delta row per aggregate key. */
export function aggregateDeltas(responses: readonly AggregateInput[]): AggregateDeltas {
  const sums = new AggregateAccumulator()
  for (const r of responses) sums.add(r)
  return sums.drain()
}
