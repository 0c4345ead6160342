// The analytics filters checked against the program: the questionnaire and link must be the
// program's, segment keys must name its segment questions. Failures are 422 with query paths.
import { AppError, type FieldIssue } from '../../http/app-error'
import { isSegment, type Catalog } from './catalog'

export interface AnalyticsFilter {
  from?: string
  to?: string
  linkId?: number
  questionnaireId?: number
  /** Segment code -> value, from `segment.KEY=VALUE`. */
  segments: Record<string, string>
}

/** The shape of a query after AnalyticsQuerySchema (strings, extra keys passed through). */
export type FilterQuery = Record<string, unknown> & {
  from?: string
  to?: string
  link?: string
  questionnaire?: string
}

const SEGMENT_PREFIX = 'segment.'
const SEGMENT_VALUE = /^[a-z0-9_.-]{1,64}$/

/** The questionnaire id asked for, checked to be one of the program's (from the full catalog). */
export function checkQuestionnaire(query: FilterQuery, catalog: Catalog): number | undefined {
  if (query.questionnaire === undefined) return undefined
  const id = Number(query.questionnaire)
  if (!catalog.questionnaires.some((q) => q.id === id)) {
    throw AppError.invalid([
      { path: 'query.questionnaire', message: 'This questionnaire is not one of the program.' },
    ])
  }
  return id
}

/**
 * The filters of a query, checked against `catalog` (already narrowed to the questionnaire
 * asked for): the link must belong to it, each `segment.KEY` must name a segment question.
 */
export function parseFilters(
  query: FilterQuery,
  catalog: Catalog,
  questionnaireId?: number,
): AnalyticsFilter {
  const errors: FieldIssue[] = []
  const linkId = query.link === undefined ? undefined : Number(query.link)
  if (linkId !== undefined && !catalog.links.some((l) => l.id === linkId)) {
    errors.push({
      path: 'query.link',
      message: questionnaireId
        ? 'This link is not a link of the chosen questionnaire.'
        : 'This link is not a link of the program.',
    })
  }
  const segments: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith(SEGMENT_PREFIX)) continue
    const code = key.slice(SEGMENT_PREFIX.length)
    const question = catalog.byCode.get(code)?.question
    if (!question || !isSegment(question)) {
      errors.push({ path: `query.${key}`, message: `The program has no segment question ${code}.` })
    } else if (typeof value !== 'string' || !SEGMENT_VALUE.test(value)) {
      errors.push({ path: `query.${key}`, message: 'Must be an option value of the segment.' })
    } else segments[code] = value
  }
  if (errors.length > 0) throw AppError.invalid(errors)
  return { from: query.from, to: query.to, linkId, questionnaireId, segments }
}

/** Whether raw rows are needed: the aggregates hold one segment value at a time, not two. */
export const needsRawRows = (filter: AnalyticsFilter) => Object.keys(filter.segments).length > 1

/** The segment value of a filter that has exactly one. */
export function oneSegment(filter: AnalyticsFilter) {
  const entries = Object.entries(filter.segments)
  if (entries.length !== 1) return undefined
  const [code, value] = entries[0]!
  return { code, value }
}

/** The filters as the reply echoes them. */
export function echoFilters(filter: AnalyticsFilter) {
  return {
    from: filter.from ?? null,
    to: filter.to ?? null,
    link: filter.linkId ?? null,
    questionnaire: filter.questionnaireId ?? null,
    segments: filter.segments,
  }
}
