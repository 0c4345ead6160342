// A region's year computed from the data as it stands: programs by dimension and element, the
// citizen Impact and assessors' Quick Win (computed unless overridden), entered Baseline/Output/
// Outcome, the year's weights, the index and its coverage. Access is checked and aggregates are
// settled by the caller.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import {
  computeSmartCityIndex,
  evaluateDimensions,
  outcomeFromDimensions,
} from '../../domain/evaluation'
import { DEFAULT_EVALUATION_WEIGHTS, findDimension } from '../../domain/reference'
import type { SessionUser } from '../../http/context'
import { evaluationCoverage } from './coverage'
import type { MethodFacts } from './method-text'
import { programEntries, type ProgramEntry } from './program-entries'
import * as repo from './repository'

export const DEFAULT_CITIZEN_WEIGHT = 0.5

export interface EvaluatedRegion {
  id: number
  code: string
  name: string
  /** IANA zone the region's calendar (and so the evaluation's year) is counted in. */
  timeZone: string
}

function groupDimensions(programs: ProgramEntry[], ev: ReturnType<typeof evaluateDimensions>) {
  const byId = new Map(programs.map((p) => [p.id, p]))
  return ev.dimensions.map((d) => {
    const own = d.programs.map((p) => byId.get(Number(p.id))!)
    const reference = findDimension(d.code)!.elements
    const extra = [...new Set(own.map((p) => p.element))].filter(
      (code) => !reference.some((e) => e.code === code),
    )
    const elements = [...reference, ...extra.map((code) => ({ code, name: { id: code } }))]
    return {
      code: d.code,
      name: findDimension(d.code)!.name,
      score: d.score,
      programCount: d.programCount,
      scoredCount: d.scoredCount,
      elements: elements.map((e) => ({ ...e, programs: own.filter((p) => p.element === e.code) })),
      programs: own,
    }
  })
}

/** The evaluation of `region`'s `year` from the current data and stored settings. */
export async function buildEvaluation(
  db: Kysely<Database>,
  user: SessionUser,
  region: EvaluatedRegion,
  year: number,
) {
  const stored = await repo.findEvaluation(db, region.id, year)
  const s = stored ?? repo.EMPTY_SETTINGS
  const citizenWeight = s.citizenWeight ?? DEFAULT_CITIZEN_WEIGHT
  const weights = s.weights ?? DEFAULT_EVALUATION_WEIGHTS
  const programs = await programEntries(db, user, region.id, year, citizenWeight)
  const ev = evaluateDimensions(
    programs.map((p) => ({
      id: p.id,
      dimension: p.dimension,
      element: p.element,
      impactScore: p.impactScore,
      quickwinMarks: p.assessment.means,
    })),
  )
  const fromDimensions = s.outcome === null && s.outcomeByDimension !== null
  const outcome = fromDimensions ? outcomeFromDimensions(s.outcomeByDimension!) : s.outcome
  const scores = {
    baseline: s.baseline,
    output: s.output,
    outcome,
    impact: s.impactOverride ?? ev.impact,
    quickwin: s.quickwinOverride ?? ev.quickwin,
  }
  const index = computeSmartCityIndex(scores, weights)
  const outcomeFrom = fromDimensions ? 'dimensions' : s.outcome !== null ? 'entered' : null
  return {
    region,
    year,
    citizenWeight,
    citizenWeightSource: s.citizenWeight === null ? 'default' : 'stored',
    dimensions: groupDimensions(programs, ev),
    scores,
    sources: {
      baseline: { value: s.baseline, entered: s.baseline !== null },
      output: { value: s.output, entered: s.output !== null },
      outcome: { value: outcome, from: outcomeFrom, byDimension: s.outcomeByDimension },
      impact: {
        value: scores.impact,
        computed: ev.impact,
        override: s.impactOverride !== null,
        reason: s.impactReason,
      },
      quickwin: {
        value: scores.quickwin,
        computed: ev.quickwin,
        override: s.quickwinOverride !== null,
        reason: s.quickwinReason,
      },
    },
    weights,
    weightsSource: s.weights === null ? 'reference' : 'stored',
    ...index,
    coverage: evaluationCoverage({
      programs,
      entered: {
        baseline: s.baseline !== null,
        output: s.output !== null,
        outcome: outcome !== null,
      },
      overrides: { impact: s.impactOverride !== null, quickwin: s.quickwinOverride !== null },
    }),
    facts: {
      year,
      timeZone: region.timeZone,
      weights,
      weightsFromReference: s.weights === null,
      citizenWeight,
      programCount: programs.length,
      scoredCount: programs.filter((p) => p.impactScore !== null).length,
      dimensionsWithData: ev.dimensions.filter((d) => d.score !== null).length,
      assessedCount: Object.values(ev.programQuickwin).filter((x) => x !== null).length,
      outcomeFrom,
      overrides: { impact: s.impactOverride !== null, quickwin: s.quickwinOverride !== null },
    } satisfies Omit<MethodFacts, 'previousYear'>,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  }
}

export type BuiltEvaluation = Awaited<ReturnType<typeof buildEvaluation>>
