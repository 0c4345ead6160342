// A program's analytics at a glance: totals, daily trend, completion by link, every question's
// distribution and mean, and the segments to filter by. Filtered by day, link and one segment value
// it reads only the aggregates; several segment filters count the matching raw rows (raw-counts.ts).
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { getProgramForRead } from '../programs/service'
import { isComment, isCounted, isSegment, loadCatalog, type Catalog } from './catalog'
import { describeQuestion, distributionOf, type Counts } from './distribution'
import {
  checkQuestionnaire,
  echoFilters,
  needsRawRows,
  oneSegment,
  parseFilters,
  type AnalyticsFilter,
  type FilterQuery,
} from './filters'
import { countRawResponses } from './raw-counts'
import { coversAllDays, findDayRange } from '../responses/aggregate-scope'
import * as repo from './repository'

/** The longest trend the dashboard draws, in days (ten years). */
const MAX_TREND_DAYS = 3660
const DAY_MS = 86_400_000

/** The program (access checked), its catalog narrowed to the questionnaire asked for, filters. */
export async function resolveFilters(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number,
  query: FilterQuery,
) {
  const program = await getProgramForRead(db, user, programId)
  const full = await loadCatalog(db, programId)
  const questionnaireId = checkQuestionnaire(query, full)
  const catalog = questionnaireId ? await loadCatalog(db, programId, questionnaireId) : full
  const filter = parseFilters(query, catalog, questionnaireId)
  const scope: repo.Scope = {
    questionnaireIds: catalog.questionnaires.map((q) => q.id),
    from: filter.from,
    to: filter.to,
    linkId: filter.linkId,
  }
  return { program, catalog, filter, scope }
}

/** Every day from `first` to `last` (YYYY-MM-DD, inclusive). */
function daysBetween(first: string, last: string): string[] {
  const start = Date.parse(`${first}T00:00:00Z`)
  const end = Date.parse(`${last}T00:00:00Z`)
  if (end < start) return []
  if ((end - start) / DAY_MS >= MAX_TREND_DAYS) {
    throw AppError.invalid([{ path: 'query.from', message: 'A range spans at most ten years.' }])
  }
  const days: string[] = []
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

async function countResponses(
  db: Kysely<Database>,
  catalog: Catalog,
  filter: AnalyticsFilter,
  scope: repo.Scope,
  allDays: boolean,
) {
  const counted = new Map(
    catalog.questions.filter((q) => isCounted(q.question)).map((q) => [q.code, q.question]),
  )
  if (needsRawRows(filter)) {
    return countRawResponses(db, { ...scope, segments: filter.segments }, counted)
  }
  const segment = oneSegment(filter)
  const [daily, rows] = await Promise.all([
    repo.sumDailyCounts(db, scope, segment),
    repo.sumAnswerCounts(db, scope, segment && { ...segment, codes: [...counted.keys()] }, allDays),
  ])
  const answers = new Map<string, Counts>()
  for (const { code, value, n } of rows) {
    if (!counted.has(code)) continue
    let byValue = answers.get(code)
    if (!byValue) answers.set(code, (byValue = new Map()))
    byValue.set(value, n)
  }
  return { daily, answers }
}

/** GET /api/programs/:id/analytics (see schemas.ts AnalyticsSchema for the shape). */
export async function getAnalytics(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number,
  query: FilterQuery,
) {
  const { catalog, filter, scope } = await resolveFilters(db, user, programId, query)
  // The days with responses draw the trend's axis and tell whether all-time sums answer.
  const range = await findDayRange(db, scope)
  const { daily, answers } = await countResponses(
    db,
    catalog,
    filter,
    scope,
    coversAllDays(range, scope),
  )
  const total = daily.reduce((sum, d) => sum + d.n, 0)
  const byDay = new Map<string, number>()
  const byLink = new Map<number, number>()
  for (const d of daily) {
    byDay.set(d.day, (byDay.get(d.day) ?? 0) + d.n)
    byLink.set(d.linkId, (byLink.get(d.linkId) ?? 0) + d.n)
  }
  const first = filter.from ?? range.first
  const last = filter.to ?? range.last
  const trend =
    first && last
      ? daysBetween(first, last).map((day) => ({ day, count: byDay.get(day) ?? 0 }))
      : []
  const countsOf = (code: string): Counts => answers.get(code) ?? new Map()
  return {
    total,
    filters: echoFilters(filter),
    questionnaires: catalog.questionnaires,
    trend,
    links: catalog.links.map((l) => {
      const count = byLink.get(l.id) ?? 0
      return { ...l, count, share: total > 0 ? count / total : null }
    }),
    questions: catalog.questions
      .filter((q) => isCounted(q.question))
      .map((q) => describeQuestion(q, countsOf(q.code), total)),
    segments: catalog.questions
      .filter((q) => isSegment(q.question))
      .map((q) => ({
        code: q.code,
        text: q.question.text,
        values: distributionOf(q, countsOf(q.code), 0).map(({ value, label, count }) => ({
          value,
          label,
          count,
        })),
      })),
    textQuestions: catalog.questions
      .filter((q) => isComment(q.question))
      .map((q) => ({ code: q.code, text: q.question.text })),
  }
}

/** GET /api/programs/:id/analytics/summary: the count and the latest response, for polling. */
export async function getSummary(db: Kysely<Database>, user: SessionUser, programId: number) {
  await getProgramForRead(db, user, programId)
  return repo.findSummary(db, programId)
}
