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
// questions not marked personal; they are also stored on the response and in response_segments.
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
  return new Date(Date.parse(iso) + WIB_OFFSET_MS).toISOString().slice(0, 10)
}

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

/** A counted answer value with its key part `code \0 value`, built once per response. */
interface Counted {
  code: string
  value: string
  key: string
}

/**
 * Sums responses into one delta row per aggregate key (see the header for what is counted), over
 * one batch or over many (the deferred aggregates of ingestion), until `drain` hands them out.
 * Keys are strings joined with NUL; the per-segment answer rows, the bulk of a response's rows,
 * sit in one map per segment value so that each answer's key part is built and hashed once.
 */
export class AggregateAccumulator {
  private daily = new Map<string, AggDailyTable>()
  private answers = new Map<string, AggAnswerTable>()
  private criteria = new Map<string, AggCriterionTable>()
  private answersTotal = new Map<string, AggAnswerTotalTable>()
  private criteriaTotal = new Map<string, AggCriterionTotalTable>()
  private segDaily = new Map<string, AggSegmentDailyTable>()
  private segAnswers = new Map<string, Map<string, AggSegmentAnswerTable>>()
  private segCriteria = new Map<string, AggSegmentCriterionTable>()
  /** Responses added since the last drain. */
  responses = 0

  add(r: ScoredResponse): void {
    // Written out without a helper taking a row factory: a closure per key cost ~10% of a write.
    this.responses++
    const base: DailyBase = {
      questionnaire_id: r.questionnaireId,
      version_id: r.versionId,
      link_id: r.linkId,
      day: wibDay(r.submittedAt),
    }
    const totalKey = `${base.questionnaire_id}${sep}${base.version_id}${sep}${base.link_id}`
    const baseKey = `${totalKey}${sep}${base.day}`
    let daily = this.daily.get(baseKey)
    if (!daily) this.daily.set(baseKey, (daily = dailyRow(base)))
    addScores(daily, r.score)
    const criterionMeans = Object.entries(r.score.criteria)
    for (const [criterion, mean] of criterionMeans) {
      const key = baseKey + sep + criterion
      let row = this.criteria.get(key)
      if (!row) this.criteria.set(key, (row = criterionRow(base, criterion)))
      addCriterion(row, mean)
      const total = totalKey + sep + criterion
      let totalRow = this.criteriaTotal.get(total)
      if (!totalRow) this.criteriaTotal.set(total, (totalRow = criterionTotalRow(base, criterion)))
      addCriterion(totalRow, mean)
    }

    const questions = questionsOf(r.definition)
    const counted: Counted[] = []
    for (const [code, value] of Object.entries(r.answers)) {
      for (const text of countedValues(questions.get(code), value)) {
        counted.push({ code, value: text, key: code + sep + text })
      }
    }
    for (const c of counted) {
      const key = baseKey + sep + c.key
      let row = this.answers.get(key)
      if (!row) this.answers.set(key, (row = answerRow(base, c.code, c.value)))
      row.n++
      const total = totalKey + sep + c.key
      let totalRow = this.answersTotal.get(total)
      if (!totalRow)
        this.answersTotal.set(total, (totalRow = answerTotalRow(base, c.code, c.value)))
      totalRow.n++
    }

    for (const [segment, segmentValue] of Object.entries(segmentAnswers(r.definition, r.answers))) {
      const seg: SegmentBase = {
        questionnaire_id: base.questionnaire_id,
        segment_code: segment,
        segment_value: segmentValue,
        link_id: base.link_id,
        day: base.day,
      }
      // The version is in the key only for the answers; the others sum over versions.
      const segKey = `${base.questionnaire_id}${sep}${base.link_id}${sep}${base.day}${sep}${segment}${sep}${segmentValue}`
      let segDaily = this.segDaily.get(segKey)
      if (!segDaily) this.segDaily.set(segKey, (segDaily = segmentDailyRow(seg)))
      addScores(segDaily, r.score)
      for (const [criterion, mean] of criterionMeans) {
        const key = segKey + sep + criterion
        let row = this.segCriteria.get(key)
        if (!row) this.segCriteria.set(key, (row = segmentCriterionRow(seg, criterion)))
        addCriterion(row, mean)
      }
      const answersKey = segKey + sep + base.version_id
      let rows = this.segAnswers.get(answersKey)
      if (!rows) this.segAnswers.set(answersKey, (rows = new Map()))
      for (const c of counted) {
        let row = rows.get(c.key)
        if (!row) rows.set(c.key, (row = segmentAnswerRow(seg, base.version_id, c.code, c.value)))
        row.n++
      }
    }
  }

  /** The summed rows so far; the accumulator is empty afterwards. */
  drain(): AggregateDeltas {
    const deltas: AggregateDeltas = {
      daily: [...this.daily.values()],
      answers: [...this.answers.values()],
      criteria: [...this.criteria.values()],
      answersTotal: [...this.answersTotal.values()],
      criteriaTotal: [...this.criteriaTotal.values()],
      segmentDaily: [...this.segDaily.values()],
      segmentAnswers: [...this.segAnswers.values()].flatMap((rows) => [...rows.values()]),
      segmentCriteria: [...this.segCriteria.values()],
    }
    for (const map of [this.daily, this.answers, this.criteria, this.answersTotal]) map.clear()
    for (const map of [this.criteriaTotal, this.segDaily, this.segAnswers, this.segCriteria]) {
      map.clear()
    }
    this.responses = 0
    return deltas
  }
}

/** Sums a batch into one delta row per aggregate key (see the header for what is counted). */
export function aggregateDeltas(responses: readonly ScoredResponse[]): AggregateDeltas {
  const sums = new AggregateAccumulator()
  for (const r of responses) sums.add(r)
  return sums.drain()
}
