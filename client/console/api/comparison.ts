// Evaluations across regions and years: the comparison of a year, a region's trajectory, recording
// a published figure, finalising and reopening an evaluation, and the export addresses.
import { query, revalidate } from '@solidjs/router'
import type { InferResponseType } from 'hono/client'
import { api } from './client'
import { getEvaluation } from './evaluations'
import { unwrap } from './unwrap'

const comparison = api.evaluations
const trajectory = api.evaluations[':regionId{[0-9]+}']
const published = api.evaluations[':regionId'][':year'].published
const finalise = api.evaluations[':regionId'][':year'].finalise
const reopen = api.evaluations[':regionId'][':year'].reopen

export const getComparison = query(
  async (q: { year?: string; province?: string; kind?: 'kota' | 'kabupaten' }) =>
    unwrap(comparison.$get({ query: q })),
  'comparison',
)
export type Comparison = InferResponseType<typeof comparison.$get, 200>
export type ComparisonItem = Comparison['items'][number]

export const getTrajectory = query(
  async (regionId: string) => unwrap(trajectory.$get({ param: { regionId } })),
  'trajectory',
)
export type Trajectory = InferResponseType<typeof trajectory.$get, 200>

export async function recordPublished(
  regionId: string,
  year: string,
  json: { index: number; source: string; publishedAt: string; note?: string },
) {
  const item = await unwrap(published.$post({ param: { regionId, year }, json }))
  await revalidate([getTrajectory.key, getComparison.key])
  return item
}

/** Finalises (or reopens) a region's year with a reason; every view of it is read again. */
export async function setFinal(regionId: string, year: string, final: boolean, reason: string) {
  const call = final ? finalise : reopen
  const ev = await unwrap(call.$post({ param: { regionId, year }, json: { reason } }))
  await revalidate([getEvaluation.key, getTrajectory.key, getComparison.key])
  return ev
}

export type AcrossFormat = 'csv' | 'xlsx' | 'pdf'

export const comparisonExportUrl = (q: Record<string, string>, format: AcrossFormat) =>
  `/api/evaluations/export.${format}?${new URLSearchParams(q)}`
export const trajectoryExportUrl = (regionId: string, format: AcrossFormat) =>
  `/api/evaluations/${regionId}/export.${format}`
