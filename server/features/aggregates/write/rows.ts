// The rows of the aggregate tables as the accumulator builds them: one factory per table, each a
// plain object literal. Not spreads: Node 20's V8 takes a slow path for `{ ...base, more }`
// (microseconds per object), and a submission creates about ninety rows.
//
// What the tables hold (keys in parentheses; the read side in this folder depends on it):
// - agg_daily (questionnaire, version, link, day): `responses` +1 per response; impact_n/sum/sumsq
//   over the respondent impact (0..1) when not null; ikm_n/sum/sumsq over ikm_mean (1..4) when not
//   null; nps_promoters/passives/detractors by the class of the nps answer (9-10, 7-8, 0-6);
//   sus_n/sum/sumsq over the SUS score (0..100) when not null.
// - agg_answers (..., day, code, value): n +1 per counted value of an answer (counting-plan.ts).
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
// `day` is the calendar day of submission in the region's time zone (domain/calendar).
import type {
  AggAnswerTable,
  AggAnswerTotalTable,
  AggCriterionTotalTable,
  AggCriterionTable,
  AggDailyTable,
  AggSegmentAnswerTable,
  AggSegmentCriterionTable,
  AggSegmentDailyTable,
} from '../../../../db/database'

/** Increments of every aggregate table, one row per distinct key. */
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

export interface DailyBase {
  questionnaire_id: number
  version_id: number
  link_id: number
  day: string
}

export interface SegmentBase {
  questionnaire_id: number
  segment_code: string
  segment_value: string
  link_id: number
  day: string
}

export const dailyRow = (b: DailyBase): AggDailyTable => ({
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

export const answerRow = (b: DailyBase, code: string, value: string): AggAnswerTable => ({
  questionnaire_id: b.questionnaire_id,
  version_id: b.version_id,
  link_id: b.link_id,
  day: b.day,
  code,
  value,
  n: 0,
})

export const criterionRow = (b: DailyBase, criterion: string): AggCriterionTable => ({
  questionnaire_id: b.questionnaire_id,
  version_id: b.version_id,
  link_id: b.link_id,
  day: b.day,
  criterion,
  n: 0,
  sum: 0,
  sumsq: 0,
})

export const answerTotalRow = (b: DailyBase, code: string, value: string): AggAnswerTotalTable => ({
  questionnaire_id: b.questionnaire_id,
  code,
  value,
  version_id: b.version_id,
  link_id: b.link_id,
  n: 0,
})

export const criterionTotalRow = (b: DailyBase, criterion: string): AggCriterionTotalTable => ({
  questionnaire_id: b.questionnaire_id,
  criterion,
  version_id: b.version_id,
  link_id: b.link_id,
  n: 0,
  sum: 0,
  sumsq: 0,
})

export const segmentDailyRow = (b: SegmentBase): AggSegmentDailyTable => ({
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

export const segmentAnswerRow = (
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

export const segmentCriterionRow = (
  b: SegmentBase,
  criterion: string,
): AggSegmentCriterionTable => ({
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

/** An empty set of increments. */
export const noDeltas = (): AggregateDeltas => ({
  daily: [],
  answers: [],
  criteria: [],
  answersTotal: [],
  criteriaTotal: [],
  segmentDaily: [],
  segmentAnswers: [],
  segmentCriteria: [],
})
