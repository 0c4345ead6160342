// A region's dimension evaluation for a year: programs by dimension and element, the citizen
// Impact and assessors' Quick Win (computed unless overridden), entered Baseline/Output/Outcome,
// the year's weights, the smart-city index and its change from the previous evaluation.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { AppDeps } from '../../deps'
import {
  computeSmartCityIndex,
  evaluateDimensions,
  outcomeFromDimensions,
} from '../../domain/evaluation'
import { DEFAULT_EVALUATION_WEIGHTS, findDimension } from '../../domain/reference'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import { evaluationMethod, type MethodFacts } from './method-text'
import { findRegion } from '../regions/service'
import { programEntries, type ProgramEntry } from './program-entries'
import * as repo from './repository'
import type { EvaluationInput } from './schemas'
import { applyEvaluationInput } from './settings'

export const DEFAULT_CITIZEN_WEIGHT = 0.5

type Readers = Pick<AppDeps, 'db' | 'aggregates'>

/** The region if `user` may see its evaluation: admins, and evaluators of that region. */
export async function regionForEvaluation(db: Kysely<Database>, user: SessionUser, id: number) {
  if (user.role !== 'admin' && user.role !== 'evaluator')
    throw AppError.forbidden('Only admins and evaluators see the evaluation.')
  if (user.role === 'evaluator' && user.regionId !== id)
    throw AppError.forbidden('Evaluators see the evaluation of their own region only.')
  const region = await findRegion(db, id)
  if (!region) throw AppError.notFound('The region')
  return { id: region.id, code: region.code, name: region.name, timeZone: region.timeZone }
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

async function buildEvaluation(
  db: Kysely<Database>,
  user: SessionUser,
  region: { id: number; code: string; name: string; timeZone: string },
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
    facts: {
      timeZone: region.timeZone,
      year,
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

function settingsOf(stored: repo.StoredEvaluation): repo.EvaluationSettings {
  const { updatedAt: _at, updatedBy: _by, ...settings } = stored
  return settings
}

/**
 * GET /api/evaluations/:regionId/:year: the evaluation with the previous stored evaluation of
 * the region (computed the same way), the change of the index, and the method in words.
 */
export async function getEvaluation(
  deps: Readers,
  user: SessionUser,
  regionId: number,
  year: number,
) {
  const { db } = deps
  const region = await regionForEvaluation(db, user, regionId)
  await deps.aggregates.settle()
  const { facts, ...evaluation } = await buildEvaluation(db, user, region, year)
  const previousYear = await repo.findPreviousYear(db, region.id, year)
  const before = previousYear ? await buildEvaluation(db, user, region, previousYear) : null
  const previous = before && {
    year: previousYear!,
    index: before.index,
    complete: before.complete,
    partialIndex: before.partialIndex,
  }
  const index = evaluation.index
  return {
    ...evaluation,
    previous,
    change: index !== null && previous?.index != null ? index - previous.index : null,
    method: evaluationMethod({ ...facts, previousYear }),
  }
}

export type Evaluation = Awaited<ReturnType<typeof getEvaluation>>

/** PUT /api/evaluations/:regionId/:year: entered scores, overrides, weights; audited. */
export async function putEvaluation(
  deps: Readers,
  user: SessionUser,
  regionId: number,
  year: number,
  input: EvaluationInput,
  now: Date,
): Promise<Evaluation> {
  await regionForEvaluation(deps.db, user, regionId)
  await deps.db.transaction().execute(async (trx) => {
    const stored = await repo.findEvaluation(trx, regionId, year)
    const before: repo.EvaluationSettings | null = stored ? settingsOf(stored) : null
    const next = applyEvaluationInput(before ?? repo.EMPTY_SETTINGS, input)
    await repo.saveEvaluation(trx, { regionId, year, at: now.toISOString(), by: user.id }, next)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'evaluation.put',
      objectType: 'evaluation',
      objectId: `${regionId}/${year}`,
      before,
      after: next,
    })
  })
  return getEvaluation(deps, user, regionId, year)
}
