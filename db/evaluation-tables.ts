// The tables of evaluations across years: published figures and finalised, numbered versions
// (part of db/database.ts's Database, kept here so that file stays small).

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
