// The evaluation tables: assessors' marks, a region's yearly evaluation settings, published
// figures and finalised, numbered versions (part of db/database.ts's Database, kept here so that
// file stays small).

export interface AssessmentTable {
  program_id: number
  evaluator_id: number
  /** JSON { [criterionCode]: 1..5 } over reference/quickwin-criteria.json. */
  marks: string
  /** JSON { [criterionCode | 'general']: string }. */
  notes: string
  updated_at: string
}

export interface EvaluationTable {
  region_id: number
  year: number
  baseline: number | null
  output: number | null
  outcome: number | null
  /** JSON { [dimensionCode]: 0..5 } when Outcome is entered per dimension. */
  outcome_by_dimension: string | null
  impact_override: number | null
  impact_reason: string | null
  quickwin_override: number | null
  quickwin_reason: string | null
  /** JSON evaluation weights for the year; null = reference defaults. */
  weights: string | null
  /** Weight of citizens' impact score against the assessor mark in a program's combined score. */
  citizen_weight: number | null
  updated_at: string
  updated_by: number | null
}

export interface PublishedEvaluationTable {
  region_id: number
  year: number
  index_value: number
  /** JSON of the published components ({ baseline, output, outcome, impact, quickwin }), or null. */
  scores: string | null
  source: string
  /** Date of the source, YYYY-MM-DD; null when the source states none. */
  published_at: string | null
  note: string | null
  /** JSON { national, of } when the source states a rank. */
  published_rank: string | null
  created_at: string
  created_by: number | null
}

export interface EvaluationVersionTable {
  region_id: number
  year: number
  version: number
  /** The evaluation as finalised (JSON): never updated. */
  snapshot: string
  reason: string
  finalised_at: string
  finalised_by: number | null
  reopened_at: string | null
  reopened_by: number | null
  reopen_reason: string | null
}
