// One question broken down by one segment (e.g. U1 by kecamatan), or the respondent impact score
// by segment (`question=impact`), read through the aggregates module's segment breakdown.
import type { AppDeps } from '../../deps'
import { computeImpactScore, type Moments } from '../../domain/scoring'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { readSegmentBreakdown } from '../aggregates/read/segment-breakdown'
import type { SelectionQuery } from '../aggregates/read/selection'
import { isCounted, isSegment, type CatalogQuestion } from './catalog'
import { distributionOf, scaleSummary } from './distribution'
import { resolveSelection } from './selection'

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
  deps: Pick<AppDeps, 'db' | 'aggregates'>,
  user: SessionUser,
  programId: number,
  query: SelectionQuery & { question: string; segment: string },
) {
  const { catalog, selection } = await resolveSelection(deps.db, user, programId, query)
  const { seg, q } = checkCodes(catalog.byCode, query.question, query.segment)
  await deps.aggregates.settle()
  const breakdown = await readSegmentBreakdown(
    deps.db,
    selection,
    seg.code,
    q && { code: q.code, multi: q.question.type === 'multi' },
  )
  const values = new Map([...breakdown.scores.keys()].map((k) => [k, 1]))
  const rows = distributionOf(seg, values, 0).map(({ value, label }) => {
    const s = breakdown.scores.get(value)
    if (!q) return impactRow(value, label, s?.moments)
    const counts = breakdown.answers.get(value) ?? new Map<string, number>()
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
