// Stored evaluations (one row per region and year) and the programs they cover.
import type { Kysely } from 'kysely'
import type { Database, EvaluationTable } from '../../../db/database'
import type { EvaluationWeights } from '../../domain/reference'

/** What evaluators entered for a region's year; null = not entered (defaults apply). */
export interface EvaluationSettings {
  baseline: number | null
  output: number | null
  outcome: number | null
  outcomeByDimension: Record<string, number> | null
  impactOverride: number | null
  impactReason: string | null
  quickwinOverride: number | null
  quickwinReason: string | null
  weights: EvaluationWeights | null
  citizenWeight: number | null
}

export const EMPTY_SETTINGS: EvaluationSettings = {
  baseline: null,
  output: null,
  outcome: null,
  outcomeByDimension: null,
  impactOverride: null,
  impactReason: null,
  quickwinOverride: null,
  quickwinReason: null,
  weights: null,
  citizenWeight: null,
}

const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T))

function toSettings(row: EvaluationTable) {
  return {
    baseline: row.baseline,
    output: row.output,
    outcome: row.outcome,
    outcomeByDimension: parse<Record<string, number>>(row.outcome_by_dimension),
    impactOverride: row.impact_override,
    impactReason: row.impact_reason,
    quickwinOverride: row.quickwin_override,
    quickwinReason: row.quickwin_reason,
    weights: parse<EvaluationWeights>(row.weights),
    citizenWeight: row.citizen_weight,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  }
}

export type StoredEvaluation = ReturnType<typeof toSettings>

export async function findEvaluation(db: Kysely<Database>, regionId: number, year: number) {
  const row = await db
    .selectFrom('evaluations')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .executeTakeFirst()
  return row && toSettings(row)
}

/** The latest year before `year` with a stored evaluation of the region, if any. */
export async function findPreviousYear(db: Kysely<Database>, regionId: number, year: number) {
  const row = await db
    .selectFrom('evaluations')
    .select((eb) => eb.fn.max<number>('year').as('year'))
    .where('region_id', '=', regionId)
    .where('year', '<', year)
    .executeTakeFirst()
  return row?.year ?? null
}

export async function saveEvaluation(
  db: Kysely<Database>,
  key: { regionId: number; year: number; at: string; by: number },
  s: EvaluationSettings,
) {
  const values = {
    baseline: s.baseline,
    output: s.output,
    outcome: s.outcome,
    outcome_by_dimension: s.outcomeByDimension && JSON.stringify(s.outcomeByDimension),
    impact_override: s.impactOverride,
    impact_reason: s.impactReason,
    quickwin_override: s.quickwinOverride,
    quickwin_reason: s.quickwinReason,
    weights: s.weights && JSON.stringify(s.weights),
    citizen_weight: s.citizenWeight,
    updated_at: key.at,
    updated_by: key.by,
  }
  await db
    .insertInto('evaluations')
    .values({ region_id: key.regionId, year: key.year, ...values })
    .onConflict((oc) => oc.columns(['region_id', 'year']).doUpdateSet(values))
    .execute()
}

/** Ids of the region's programs of `year`. */
export async function listProgramIds(db: Kysely<Database>, regionId: number, year: number) {
  const rows = await db
    .selectFrom('programs')
    .select('id')
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .orderBy('id')
    .execute()
  return rows.map((r) => r.id)
}
