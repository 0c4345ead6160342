// Evaluations: a region's year (dimension evaluation, the five scores, weights, index), saving the
// entered scores, overrides and weights, a program's assessor marks, and the export addresses.
import { query, revalidate } from '@solidjs/router'
import type { InferRequestType, InferResponseType } from 'hono/client'
import { api } from './client'
import { unwrap } from './unwrap'

const evaluation = api.evaluations[':regionId'][':year']
const assessment = api.programs[':id'].assessment

export const getEvaluation = query(
  async (regionId: string, year: string) => unwrap(evaluation.$get({ param: { regionId, year } })),
  'evaluation',
)
export type Evaluation = InferResponseType<typeof evaluation.$get, 200>
export type EvaluationDimension = Evaluation['dimensions'][number]
export type ProgramEntry = EvaluationDimension['programs'][number]
export type EvaluationInput = InferRequestType<typeof evaluation.$put>['json']

/** Saves the entered scores, overrides and weights; answers the evaluation recomputed. */
export async function saveEvaluation(regionId: string, year: string, input: EvaluationInput) {
  const saved = await unwrap(evaluation.$put({ param: { regionId, year }, json: input }))
  await revalidate(getEvaluation.keyFor(regionId, year))
  return saved
}

export const getAssessment = query(
  async (programId: string) => unwrap(assessment.$get({ param: { id: programId } })),
  'assessment',
)
export type Assessment = InferResponseType<typeof assessment.$get, 200>
export type AssessmentInput = InferRequestType<typeof assessment.$put>['json']

/** Records the evaluator's own marks; every evaluation (its Quick Win) is read again later. */
export async function saveAssessment(programId: string, input: AssessmentInput) {
  const saved = await unwrap(assessment.$put({ param: { id: programId }, json: input }))
  await revalidate([getAssessment.keyFor(programId), getEvaluation.key])
  return saved
}

export type ExportFormat = 'csv' | 'xlsx' | 'pdf' | 'json'

/** Where the evaluation sheet is served (same origin, session cookie). */
export const evaluationExportUrl = (regionId: string, year: string, format: ExportFormat) =>
  `/api/evaluations/${regionId}/${year}/export.${format}`
