// One closed question (or `impact`, the respondent score 0-5) broken down by another closed
// question or a segment (`by`: a code or `segment.KEY`): counts, row percentages, each row's mean
// for numeric scales, and a chi-square test of independence with a note when the expected counts
// are too small for it. A segment without segment filters reads the segment aggregates; anything
// else groups the matching raw rows (aggregates/read/question-pairs.ts).
import type { AppDeps } from '../../deps'
import { computeImpactScore, type Moments } from '../../domain/scoring'
import { chiSquareTest } from '../../domain/statistics/chi-square'
import { AppError, fieldIssue } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { readQuestionPairs } from '../aggregates/read/question-pairs'
import { readSegmentBreakdown } from '../aggregates/read/segment-breakdown'
import type { SelectionQuery } from '../aggregates/read/selection'
import { isCounted, isSegment, type CatalogQuestion } from './catalog'
import { distributionOf, scaleSummary } from './distribution'
import { resolveSelection } from './selection'

/** The pseudo-question of the respondent impact score (0-5). */
export const IMPACT = 'impact'

const NUMERIC = new Set(['likert', 'rating', 'nps', 'number'])
const SEGMENT = 'segment.'

export type CrosstabQuery = SelectionQuery & { question: string; by?: string; segment?: string }

function checkCodes(byCode: Map<string, CatalogQuestion>, query: CrosstabQuery) {
  const byCodeName = query.by?.startsWith(SEGMENT)
    ? query.by.slice(SEGMENT.length)
    : (query.by ?? query.segment)
  const path = query.by !== undefined ? 'query.by' : 'query.segment'
  const by = byCodeName ? byCode.get(byCodeName) : undefined
  const segmentOnly = query.by === undefined || query.by.startsWith(SEGMENT)
  if (!by || !isCounted(by.question) || (segmentOnly && !isSegment(by.question))) {
    throw AppError.invalid([fieldIssue(path, 'crosstab.by')])
  }
  const q = byCode.get(query.question)
  if (query.question !== IMPACT && (!q || !isCounted(q.question) || query.question === by.code)) {
    throw AppError.invalid([fieldIssue('query.question', 'crosstab.other', { code: by.code })])
  }
  return { by, q: query.question === IMPACT ? undefined : q }
}

/** GET /api/programs/:id/analytics/crosstab (see schemas.ts CrosstabSchema for the shape). */
export async function getCrosstab(
  deps: Pick<AppDeps, 'db' | 'aggregates'>,
  user: SessionUser,
  programId: number,
  query: CrosstabQuery,
) {
  const { catalog, selection } = await resolveSelection(deps.db, user, programId, query)
  const { by, q } = checkCodes(catalog.byCode, query)
  await deps.aggregates.settle()
  const pair = (c: CatalogQuestion) => ({ code: c.code, multi: c.question.type === 'multi' })
  const aggregated = isSegment(by.question) && Object.keys(selection.segments).length === 0
  const breakdown = aggregated
    ? await readSegmentBreakdown(deps.db, selection, by.code, q && pair(q))
    : await readQuestionPairs(deps.db, selection, pair(by), q && pair(q))
  const present = new Map([...breakdown.scores.keys()].map((k) => [k, 1]))
  const rowPoints = distributionOf(by, present, 0)
  const columns = q
    ? distributionOf(q, new Map(), 0).map(({ value, label }) => ({ value, label }))
    : []
  const rows = rowPoints.map(({ value, label }) => {
    const s = breakdown.scores.get(value)
    if (!q) return impactRow(value, label, s?.moments)
    const counts = breakdown.answers.get(value) ?? new Map<string, number>()
    const selections = [...counts.values()].reduce((a, b) => a + b, 0)
    // Multi answers count selections, so their percentages are over the row's responses.
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
  return {
    question: query.question,
    by:
      isSegment(by.question) && query.by === undefined
        ? `${SEGMENT}${by.code}`
        : (query.by ?? by.code),
    segment: by.code,
    source: aggregated ? ('aggregates' as const) : ('responses' as const),
    columns,
    rows,
    test: q ? independenceTest(q, by, rows) : null,
  }
}

/** The chi-square test of the table, or why there is none (multi answers break independence). */
function independenceTest(
  q: CatalogQuestion,
  by: CatalogQuestion,
  rows: { distribution: { count: number }[] }[],
) {
  if (q.question.type === 'multi' || by.question.type === 'multi') {
    return { kind: 'none' as const, reason: 'multi' as const }
  }
  const result = chiSquareTest(rows.map((r) => r.distribution.map((d) => d.count)))
  if (!result) return { kind: 'none' as const, reason: 'too_few_categories' as const }
  return { kind: 'chi_square' as const, ...result }
}

function impactRow(segmentValue: string, label: { id: string; en?: string }, m?: Moments) {
  const impact = computeImpactScore(m ?? { n: 0, sum: 0, sumSq: 0 }, {})
  return { segmentValue, label, n: impact.n, distribution: [], mean: impact.score, ci: impact.ci }
}
