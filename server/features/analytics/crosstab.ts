// One question broken down by one segment (e.g. U1 by kecamatan), or the respondent impact score
// by segment (`question=impact`). Filtered by day and link it reads agg_segment_answers /
// agg_segment_daily; segment filters group the raw rows in SQL.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { computeImpactScore, type Moments } from '../../domain/scoring'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { isCounted, isSegment, type CatalogQuestion } from './catalog'
import { distributionOf, scaleSummary, type Counts } from './distribution'
import type { FilterQuery } from './filters'
import { crossRawAnswers, crossRawImpact } from './raw-counts'
import * as repo from './repository'
import { resolveFilters } from './service'

/** The pseudo-question of the respondent impact score (0-5). */
export const IMPACT = 'impact'

const NUMERIC = new Set(['likert', 'rating', 'nps', 'number'])

function checkCodes(byCode: Map<string, CatalogQuestion>, question: string, segment: string) {
  const seg = byCode.get(segment)
  if (!seg || !isSegment(seg.question)) {
    throw AppError.invalid([{ path: 'query.segment', message: 'Choose a segment question.' }])
  }
  const q = byCode.get(question)
  if (question !== IMPACT && (!q || !isCounted(q.question) || question === segment)) {
    throw AppError.invalid([
      {
        path: 'query.question',
        message: `Choose a counted question other than ${segment}, or impact.`,
      },
    ])
  }
  return { seg, q: question === IMPACT ? undefined : q }
}

/** GET /api/programs/:id/analytics/crosstab (see schemas.ts CrosstabSchema for the shape). */
export async function getCrosstab(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number,
  query: FilterQuery & { question: string; segment: string },
) {
  const { catalog, filter, scope } = await resolveFilters(db, user, programId, query)
  const { seg, q } = checkCodes(catalog.byCode, query.question, query.segment)
  const raw = { ...scope, segments: filter.segments }
  const aggregated = Object.keys(filter.segments).length === 0
  const scores = aggregated
    ? await repo.sumSegmentScores(db, scope, seg.code)
    : await crossRawImpact(db, raw, seg.code)
  const perSegment = new Map(scores.map((s) => [s.segmentValue, s]))

  let answers = new Map<string, Counts>()
  if (q) {
    if (aggregated) {
      for (const r of await repo.sumSegmentAnswers(db, scope, seg.code, q.code)) {
        let byValue = answers.get(r.segmentValue)
        if (!byValue) answers.set(r.segmentValue, (byValue = new Map()))
        byValue.set(r.value, r.n)
      }
    } else answers = await crossRawAnswers(db, raw, seg.code, q.question)
  }

  const segmentPoints = distributionOf(seg, new Map([...perSegment.keys()].map((k) => [k, 1])), 0)
  const rows = segmentPoints.map(({ value, label }) => {
    const s = perSegment.get(value)
    if (!q) return impactRow(value, label, s?.moments)
    const counts = answers.get(value) ?? new Map<string, number>()
    const selections = [...counts.values()].reduce((a, b) => a + b, 0)
    // Multi answers count selections, so their percentages are over the segment's responses.
    const n = q.question.type === 'multi' ? (s?.responses ?? 0) : selections
    const summary = NUMERIC.has(q.question.type) ? scaleSummary(counts) : { mean: null, ci: null }
    return {
      segmentValue: value,
      label,
      n,
      distribution: distributionOf(q, counts, n).map(({ value, count, percent }) => ({
        value,
        count,
        percent,
      })),
      mean: summary.mean,
      ci: summary.ci,
    }
  })
  return { question: query.question, segment: seg.code, rows }
}

function impactRow(segmentValue: string, label: { id: string; en?: string }, m?: Moments) {
  const impact = computeImpactScore(m ?? { n: 0, sum: 0, sumSq: 0 }, {})
  return { segmentValue, label, n: impact.n, distribution: [], mean: impact.score, ci: impact.ci }
}
