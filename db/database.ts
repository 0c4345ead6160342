// Kysely's view of the database: one interface per table, the single source of truth for row
// types. Times are ISO-8601 UTC strings; booleans are 0/1 integers (portable to PostgreSQL).
import type { Generated, Insertable, Selectable, Updateable } from 'kysely'
import type {
  AssessmentTable,
  EvaluationTable,
  EvaluationVersionTable,
  PublishedEvaluationTable,
} from './evaluation-tables'

export type {
  AssessmentTable,
  EvaluationTable,
  EvaluationVersionTable,
  PublishedEvaluationTable,
} from './evaluation-tables'

export interface RegionTable {
  id: Generated<number>
  /** Kemendagri code, e.g. `63.71` for Kota Banjarmasin. */
  code: string
  name: string
  kind: 'kota' | 'kabupaten'
  province: string
  /** IANA time zone the region's calendar days are counted in (Asia/Jakarta, Makassar, Jayapura). */
  time_zone: Generated<string>
  created_at: string
}

export interface KecamatanTable {
  id: Generated<number>
  region_id: number
  /** Kemendagri code, e.g. `63.71.01`. */
  code: string
  name: string
}

export interface AgencyTable {
  id: Generated<number>
  region_id: number
  code: string
  name: string
  created_at: string
}

export interface ProgramTable {
  id: Generated<number>
  region_id: number
  agency_id: number
  dimension: string
  element: string
  year: number
  name: string
  description_id: string
  description_en: string | null
  target_population: number | null
  created_at: string
  updated_at: string
}

export type Role = 'admin' | 'owner' | 'evaluator'

export interface UserTable {
  id: Generated<number>
  email: string
  name: string
  password_hash: string
  role: Role
  agency_id: number | null
  /** The region of an owner's agency, or a region-scoped evaluator's region. */
  region_id: number | null
  /** Evaluators: what they read (null for other roles). */
  scope_kind: ScopeKind | null
  /** Kemendagri code of the scope: a region's (`63.71`) or a province's (`63`); null nationally. */
  scope_code: string | null
  active: number
  created_at: string
  updated_at: string
}

export type ScopeKind = 'region' | 'province' | 'national'

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string
  user_id: number
  created_at: string
  expires_at: string
}

export interface AuditEventTable {
  id: Generated<number>
  at: string
  user_id: number | null
  action: string
  object_type: string
  object_id: string | null
  before: string | null
  after: string | null
}

export interface QuestionnaireTable {
  id: Generated<number>
  program_id: number
  /** Indonesian title, copied from the draft for lists. */
  title: string
  template: string
  /** The draft definition as JSON (server/domain/questionnaire). */
  draft: string
  /** A fixed sample target for this form (e.g. the national guidance's 50), or null. */
  sample_target: number | null
  created_by: number | null
  created_at: string
  updated_at: string
}

export interface QuestionnaireVersionTable {
  id: Generated<number>
  questionnaire_id: number
  version: number
  /** Frozen definition JSON: never updated once inserted. */
  definition: string
  published_at: string
  published_by: number | null
}

export interface LinkTable {
  id: Generated<number>
  questionnaire_id: number
  slug: string
  channel: string
  opens_at: string | null
  closes_at: string | null
  max_responses: number | null
  active: number
  /** 0: one response per device (signed cookie + stored token); 1: several allowed. */
  allow_multiple: number
  pinned_version_id: number | null
  response_count: number
  created_at: string
  updated_at: string
}

export interface ResponseTable {
  id: Generated<number>
  questionnaire_id: number
  version_id: number
  program_id: number
  link_id: number
  submitted_at: string
  /** Calendar day of submission in the region's time zone, YYYY-MM-DD: the unit of trends. */
  day: string
  idempotency_key: string
  receipt: string
  device_token: string | null
  /** Cleaned answers JSON keyed by question code. */
  answers: string
  /** Segment answers JSON ({ kecamatan: '63.71.01', ... }). */
  segments: string
  /** Respondent impact score in [0, 1] (server/domain/scoring), null when nothing scored. */
  impact: number | null
  /** Criterion means in [0, 1] as JSON. */
  criteria: string
  ikm_mean: number | null
  nps: number | null
  sus: number | null
  /** Set while the response is excluded from every figure (test, spam, duplicate). */
  excluded_at: Generated<string | null>
  excluded_by: Generated<number | null>
  excluded_reason: Generated<string | null>
}

export interface ResponseSegmentTable {
  questionnaire_id: number
  code: string
  value: string
  response_id: number
}

interface AggregateKey {
  questionnaire_id: number
  version_id: number
  link_id: number
  day: string
}

export interface AggDailyTable extends AggregateKey {
  responses: number
  impact_n: number
  impact_sum: number
  impact_sumsq: number
  ikm_n: number
  ikm_sum: number
  ikm_sumsq: number
  nps_promoters: number
  nps_passives: number
  nps_detractors: number
  sus_n: number
  sus_sum: number
  sus_sumsq: number
}

export interface AggAnswerTable extends AggregateKey {
  code: string
  /** The answer value as text (numbers in plain decimal form, one row per multi option). */
  value: string
  n: number
}

export interface AggCriterionTable extends AggregateKey {
  criterion: string
  n: number
  sum: number
  sumsq: number
}

/** agg_answers and agg_criteria summed over all days. */
export type AggAnswerTotalTable = Omit<AggAnswerTable, 'day'>
export type AggCriterionTotalTable = Omit<AggCriterionTable, 'day'>

/** Segment aggregates: the same sums, kept for each segment answer (e.g. kecamatan = 63.71.01). */
interface SegmentKey {
  questionnaire_id: number
  segment_code: string
  segment_value: string
  link_id: number
  day: string
}

export type AggSegmentDailyTable = SegmentKey & Omit<AggDailyTable, keyof AggregateKey>

export interface AggSegmentAnswerTable extends SegmentKey {
  version_id: number
  code: string
  value: string
  n: number
}

export interface AggSegmentCriterionTable extends SegmentKey {
  criterion: string
  n: number
  sum: number
  sumsq: number
}

export interface ServerSecretTable {
  /** e.g. `device_cookie`: the HMAC key of the public form's device cookie. */
  name: string
  value: string
  created_at: string
}

/** A stored response whose aggregate increments are not yet written (deferred aggregates). */
export interface AggPendingTable {
  response_id: number
}

export interface Database {
  regions: RegionTable
  kecamatan: KecamatanTable
  agencies: AgencyTable
  programs: ProgramTable
  users: UserTable
  sessions: SessionTable
  audit_events: AuditEventTable
  questionnaires: QuestionnaireTable
  questionnaire_versions: QuestionnaireVersionTable
  links: LinkTable
  responses: ResponseTable
  response_segments: ResponseSegmentTable
  agg_daily: AggDailyTable
  agg_answers: AggAnswerTable
  agg_criteria: AggCriterionTable
  agg_answers_total: AggAnswerTotalTable
  agg_criteria_total: AggCriterionTotalTable
  agg_segment_daily: AggSegmentDailyTable
  agg_segment_answers: AggSegmentAnswerTable
  agg_segment_criteria: AggSegmentCriterionTable
  agg_pending: AggPendingTable
  assessments: AssessmentTable
  evaluations: EvaluationTable
  server_secrets: ServerSecretTable
  published_evaluations: PublishedEvaluationTable
  evaluation_versions: EvaluationVersionTable
}

export type RegionRow = Selectable<RegionTable>
export type AgencyRow = Selectable<AgencyTable>
export type ProgramRow = Selectable<ProgramTable>
export type NewProgram = Insertable<ProgramTable>
export type ProgramUpdate = Updateable<ProgramTable>
export type UserRow = Selectable<UserTable>
