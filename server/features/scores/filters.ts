// The score's period and filters, checked against the program: the period is the program's year
// unless a year or a day range is asked for; the link must be one of the program's; each
// `segment.KEY` must name a non-personal segment question of one of its versions.
import { AppError, type FieldIssue } from '../../http/app-error'
import type { Program } from '../programs/service'
import type { ScoreQuery } from './schemas'
import type { ScoringContext } from './context'

export interface ScoreFilter {
  /** First and last WIB day counted (inclusive); null = open. */
  from: string | null
  to: string | null
  linkId: number | null
  /** Segment code -> value, from `segment.KEY=VALUE`. */
  segments: Record<string, string>
}

const SEGMENT_PREFIX = 'segment.'
const SEGMENT_VALUE = /^[a-z0-9_.-]{1,64}$/

/** The whole calendar year (WIB days) of `year`. */
export function yearFilter(year: number): ScoreFilter {
  return { from: `${year}-01-01`, to: `${year}-12-31`, linkId: null, segments: {} }
}

function segmentCodes(ctx: ScoringContext): Set<string> {
  const codes = new Set<string>()
  for (const v of ctx.versions)
    for (const s of v.definition.sections)
      for (const q of s.questions) if (q.type === 'segment' && !q.personal) codes.add(q.code)
  return codes
}

/** The filter of a score query; 422 with `query.*` paths when it names what the program lacks. */
export function resolveFilter(query: ScoreQuery, program: Program, ctx: ScoringContext) {
  const errors: FieldIssue[] = []
  const ranged = query.from !== undefined || query.to !== undefined
  const year = query.year !== undefined ? Number(query.year) : program.year
  const filter: ScoreFilter = ranged
    ? { from: query.from ?? null, to: query.to ?? null, linkId: null, segments: {} }
    : yearFilter(year)
  if (query.link !== undefined) {
    const linkId = Number(query.link)
    if (ctx.linkIds.includes(linkId)) filter.linkId = linkId
    else errors.push({ path: 'query.link', message: 'This link is not a link of the program.' })
  }
  const segments = segmentCodes(ctx)
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith(SEGMENT_PREFIX)) continue
    const code = key.slice(SEGMENT_PREFIX.length)
    if (!segments.has(code)) {
      errors.push({ path: `query.${key}`, message: `The program has no segment question ${code}.` })
    } else if (typeof value !== 'string' || !SEGMENT_VALUE.test(value)) {
      errors.push({ path: `query.${key}`, message: 'Must be an option value of the segment.' })
    } else filter.segments[code] = value
  }
  if (errors.length > 0) throw AppError.invalid(errors)
  return filter
}
