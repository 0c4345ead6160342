// The dashboard's state in the URL query string, so a view can be shared and reloads the same:
// the questionnaire, filters (from, to, link, segment.KEY) and view choices (the cross-tab's
// question and what it is broken down by, the comments' question and search). The response table
// shares the questionnaire and the filters. Malformed values are dropped rather than sent to the
// API.
import { useLocation, useSearchParams } from '@solidjs/router'
import { createEffect, on } from 'solid-js'
import type { DashboardQuery } from '../api/analytics'

export type DashboardParams = Partial<Record<string, string>>
export type ParamChanges = Record<string, string | undefined>

export const SEGMENT_PREFIX = 'segment.'
const DAY = /^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const ID = /^[1-9]\d{0,11}$/
const CODE = /^[A-Za-z][A-Za-z0-9_]{0,39}$/
const SEGMENT_VALUE = /^[a-z0-9_.-]{1,64}$/

const validDay = (day: string | undefined) =>
  !!day && DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)

/** The filters of the URL as the analytics and score routes take them. */
export function filterQueryFrom(params: DashboardParams): DashboardQuery {
  const query: DashboardQuery = {}
  if (validDay(params.from)) query.from = params.from!
  if (validDay(params.to) && (!query.from || query.from <= params.to!)) query.to = params.to!
  if (ID.test(params.link ?? '')) query.link = params.link!
  for (const [key, value] of Object.entries(params)) {
    if (!key.startsWith(SEGMENT_PREFIX) || !value) continue
    if (CODE.test(key.slice(SEGMENT_PREFIX.length)) && SEGMENT_VALUE.test(value)) query[key] = value
  }
  return query
}

/** Segment code -> value of the active segment filters. */
export function segmentFilters(query: DashboardQuery): Record<string, string> {
  const segments: Record<string, string> = {}
  for (const [key, value] of Object.entries(query))
    if (key.startsWith(SEGMENT_PREFIX)) segments[key.slice(SEGMENT_PREFIX.length)] = value
  return segments
}

/** Changes that clear every filter (dates, link, segments), keeping the view choices. */
export function clearedFilters(params: DashboardParams): ParamChanges {
  const changes: ParamChanges = { from: undefined, to: undefined, link: undefined }
  for (const key of Object.keys(params))
    if (key.startsWith(SEGMENT_PREFIX)) changes[key] = undefined
  return changes
}

/**
 * Changes that choose another questionnaire: its links, segments and questions differ, so the
 * filters and choices that named the previous one's go (the period stays).
 */
export function questionnaireChanges(params: DashboardParams, questionnaire: string): ParamChanges {
  const changes: ParamChanges = { ...clearedFilters(params), questionnaire }
  for (const key of ['from', 'to']) delete changes[key]
  for (const key of ['breakdown', 'by', 'text', 'search']) changes[key] = undefined
  return changes
}

/** The current query string, for links that keep the view (the print page). */
export function queryStringOf(params: DashboardParams): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  const text = search.toString()
  return text ? `?${text}` : ''
}

/**
 * The URL params and a setter. Changes made while an earlier one is still loading build on it
 * (the router updates the URL once the new data is in), so two quick picks keep both.
 */
export function useDashboardParams() {
  const [params, setParams] = useSearchParams<DashboardParams>()
  const location = useLocation()
  let intended: ParamChanges | undefined
  createEffect(
    on(
      () => location.search,
      () => (intended = undefined),
      { defer: true },
    ),
  )
  const update = (changes: ParamChanges, opts: { replace?: boolean } = {}) => {
    intended = { ...(intended ?? { ...params }), ...changes }
    setParams(intended, { replace: opts.replace ?? false })
  }
  return [params, update] as const
}
