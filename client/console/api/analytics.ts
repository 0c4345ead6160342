// A program's dashboard data: analytics (counts, trend, distributions), score (impact, IKM, NPS,
// sample target), cross-tab, comments and the summary that live updates poll.
import { query } from '@solidjs/router'
import type { InferResponseType } from 'hono/client'
import { api } from './client'
import { unwrap } from './unwrap'

/** The dashboard filters as the API takes them: from, to, link and `segment.KEY=VALUE`. */
export type DashboardQuery = Record<string, string>

const program = api.programs[':id']

export const getAnalytics = query(
  async (id: string, filter: DashboardQuery) =>
    unwrap(program.analytics.$get({ param: { id }, query: filter })),
  'analytics',
)
export type Analytics = InferResponseType<typeof program.analytics.$get, 200>
export type QuestionStats = Analytics['questions'][number]
export type SegmentInfo = Analytics['segments'][number]

/**
 * The score over the same filters. Without from/to the API scores the program's year only, while
 * the analytics count every day; the dashboard's "all dates" asks for every day explicitly.
 */
export const getScore = query(
  async (id: string, filter: DashboardQuery) =>
    unwrap(
      program.score.$get({
        param: { id },
        query: filter.from || filter.to ? filter : { ...filter, from: '2000-01-01' },
      }),
    ),
  'score',
)
export type Score = InferResponseType<typeof program.score.$get, 200>

/** One question by another closed question or a segment (`by`: a code or `segment.KEY`). */
export const getCrosstab = query(
  async (id: string, filter: DashboardQuery & { question: string; by: string }) =>
    unwrap(program.analytics.crosstab.$get({ param: { id }, query: filter })),
  'crosstab',
)
export type Crosstab = InferResponseType<typeof program.analytics.crosstab.$get, 200>

export type CommentPage = InferResponseType<typeof program.analytics.comments.$get, 200>

/**
 * One page of comments of the responses the dashboard's filters select, newest first; not
 * cached, the list keeps its own pages.
 */
export function fetchComments(
  id: string,
  selection: DashboardQuery,
  opts: { question?: string; q?: string; before?: number; limit?: number },
): Promise<CommentPage> {
  const filter: Record<string, string> = { ...selection, limit: String(opts.limit ?? 10) }
  if (opts.question) filter.question = opts.question
  if (opts.q) filter.q = opts.q
  if (opts.before) filter.before = String(opts.before)
  return unwrap(program.analytics.comments.$get({ param: { id }, query: filter }))
}

export type Summary = InferResponseType<typeof program.analytics.summary.$get, 200>

export function fetchSummary(id: string): Promise<Summary> {
  return unwrap(program.analytics.summary.$get({ param: { id } }))
}

/** The server-sent events of new responses (`summary` events); EventSource needs the full path. */
export function summaryStreamUrl(id: string): string {
  return `/api/programs/${encodeURIComponent(id)}/analytics/stream`
}
