// A program's analytics at a glance: totals, daily trend, completion by link, every question's
// distribution and mean, and the segments to filter by, read through the aggregates module
// (aggregates/read/counts.ts) after settling it.
import type { AppDeps } from '../../deps'
import { AppError, fieldIssue } from '../../http/app-error'
import type { Credential, SessionUser } from '../../http/context'
import { currentUser } from '../auth/service'
import { readResponseCounts, type Counts } from '../aggregates/read/counts'
import type { SelectionQuery } from '../aggregates/read/selection'
import { readResponseSummary } from '../aggregates/read/summary'
import { getProgramForRead } from '../programs/service'
import { isComment, isCounted, isSegment } from './catalog'
import { describeQuestion, distributionOf } from './distribution'
import { resolveSelection } from './selection'

type Readers = Pick<AppDeps, 'db' | 'aggregates'>

/** The longest trend the dashboard draws, in days (ten years). */
const MAX_TREND_DAYS = 3660
const DAY_MS = 86_400_000

/** Every day from `first` to `last` (YYYY-MM-DD, inclusive). */
function daysBetween(first: string, last: string): string[] {
  const start = Date.parse(`${first}T00:00:00Z`)
  const end = Date.parse(`${last}T00:00:00Z`)
  if (end < start) return []
  if ((end - start) / DAY_MS >= MAX_TREND_DAYS) {
    throw AppError.invalid([fieldIssue('query.from', 'range.ten-years')])
  }
  const days: string[] = []
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

/** GET /api/programs/:id/analytics (see schemas.ts AnalyticsSchema for the shape). */
export async function getAnalytics(
  deps: Readers,
  user: SessionUser,
  programId: number,
  query: SelectionQuery,
) {
  const { catalog, selection, chosen } = await resolveSelection(deps.db, user, programId, query)
  await deps.aggregates.settle()
  const counted = catalog.questions.filter((q) => isCounted(q.question))
  const { daily, answers, range } = await readResponseCounts(
    deps.db,
    selection,
    counted.map((q) => q.code),
  )
  const total = daily.reduce((sum, d) => sum + d.n, 0)
  const byDay = new Map<string, number>()
  const byLink = new Map<number, number>()
  for (const d of daily) {
    byDay.set(d.day, (byDay.get(d.day) ?? 0) + d.n)
    byLink.set(d.linkId, (byLink.get(d.linkId) ?? 0) + d.n)
  }
  const first = selection.from ?? range.first
  const last = selection.to ?? range.last
  const trend =
    first && last
      ? daysBetween(first, last).map((day) => ({ day, count: byDay.get(day) ?? 0 }))
      : []
  const countsOf = (code: string): Counts => answers.get(code) ?? new Map()
  return {
    total,
    filters: {
      from: selection.from ?? null,
      to: selection.to ?? null,
      link: selection.linkId ?? null,
      questionnaire: chosen ?? null,
      segments: selection.segments,
    },
    questionnaires: catalog.questionnaires.map((q) => ({
      id: q.id,
      title: q.title,
      versions: q.versions.map((v) => ({
        id: v.id,
        version: v.version,
        publishedAt: v.publishedAt,
      })),
    })),
    trend,
    links: catalog.questionnaires
      .flatMap((q) => q.links.map((l) => ({ id: l.id, questionnaireId: q.id, channel: l.channel })))
      .sort((a, b) => a.id - b.id)
      .map((l) => {
        const count = byLink.get(l.id) ?? 0
        return { ...l, count, share: total > 0 ? count / total : null }
      }),
    questions: counted.map((q) => describeQuestion(q, countsOf(q.code), total)),
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

/** The count and the latest response of a program whose access was checked, settled first. */
async function summaryOf(deps: Readers, programId: number) {
  await deps.aggregates.settle()
  return readResponseSummary(deps.db, programId)
}

/** GET /api/programs/:id/analytics/summary: the count and the latest response, for polling. */
export async function getSummary(deps: Readers, user: SessionUser, programId: number) {
  await getProgramForRead(deps.db, user, programId)
  return summaryOf(deps, programId)
}

/** The live streams' reader of a program's summary (each read settles first). */
export const liveSummaryReader = (deps: Readers) => (programId: number) =>
  summaryOf(deps, programId)

/** Opens a live stream's access: checks it now and answers how to check it again later. */
export async function liveAccess(
  deps: AppDeps,
  user: SessionUser,
  credential: Credential,
  programId: number,
): Promise<() => Promise<boolean>> {
  await getProgramForRead(deps.db, user, programId)
  return async () => {
    const now = await currentUser(deps, credential)
    if (!now) return false
    try {
      await getProgramForRead(deps.db, now, programId)
      return true
    } catch (error) {
      if (error instanceof AppError) return false
      throw error
    }
  }
}
