// Which responses a read covers, and the query that asks for it. Analytics, cross-tabs and scores
// all take the same filters (period, questionnaire, link, `segment.KEY=VALUE`), checked against
// the program's questionnaires: the questionnaire and link must be the program's, each segment key
// must name one of its (non-personal) segment questions. Failures are 422 with `query.*` paths.
import * as v from 'valibot'
import type { Definition } from '../../../domain/questionnaire'
import { AppError, fieldIssue, type FieldIssue } from '../../../http/app-error'
import { DayString, IdString } from '../../../http/query-schemas'
import type { MessageCode } from '../../../domain/messages'

export interface Selection {
  questionnaireIds: number[]
  /** First and last calendar day (inclusive); absent = open. */
  from?: string
  to?: string
  linkId?: number
  /** Segment code -> value, every one required. */
  segments: Record<string, string>
}

/** The query entries of a selection (strings, checked with patterns: no transforms). */
export const SELECTION_QUERY = {
  from: v.optional(DayString),
  to: v.optional(DayString),
  link: v.optional(IdString),
  questionnaire: v.optional(IdString),
}

type Range = { from?: string; to?: string }

/** A query schema whose range is in order: the end, when given, is not before the start. */
export function withRangeInOrder<S extends v.GenericSchema<unknown, Range>>(schema: S) {
  return v.pipe(
    schema,
    v.rawCheck<v.InferOutput<S>>(({ dataset, addIssue }) => {
      if (!dataset.typed) return
      const query = dataset.value as Range & Record<string, unknown>
      if (!query.from || !query.to || query.from <= query.to) return
      addIssue({
        message: 'range.order' satisfies MessageCode,
        path: [{ type: 'object', origin: 'value', input: query, key: 'to', value: query.to }],
      })
    }),
  )
}

/** A loose query schema (`segment.KEY=VALUE` entries pass through) whose range is in order. */
export const selectionQuerySchema = <E extends v.ObjectEntries>(entries: E) =>
  withRangeInOrder(v.looseObject(entries))

/** The shape of a query after its schema (strings, extra keys passed through). */
export type SelectionQuery = Record<string, unknown> & {
  from?: string
  to?: string
  link?: string
  questionnaire?: string
}

/** What a selection is checked against: a program's questionnaires, links and definitions. */
export interface SelectableQuestionnaire {
  id: number
  links: { id: number }[]
  versions: { definition: Definition }[]
}

const SEGMENT_PREFIX = 'segment.'
const SEGMENT_VALUE = /^[a-z0-9_.-]{1,64}$/

function segmentCodes(questionnaires: readonly SelectableQuestionnaire[]): Set<string> {
  const codes = new Set<string>()
  for (const q of questionnaires)
    for (const v of q.versions)
      for (const s of v.definition.sections)
        for (const question of s.questions)
          if (question.type === 'segment' && !question.personal) codes.add(question.code)
  return codes
}

/** The questionnaire id asked for, checked to be one of the program's. */
export function chosenQuestionnaire(
  query: SelectionQuery,
  questionnaires: readonly SelectableQuestionnaire[],
): number | undefined {
  if (query.questionnaire === undefined) return undefined
  const id = Number(query.questionnaire)
  if (!questionnaires.some((q) => q.id === id)) {
    throw AppError.invalid([fieldIssue('query.questionnaire', 'filter.questionnaire-of-program')])
  }
  return id
}

/**
 * The selection of a query over `questionnaires` (a program's, or the one chosen of them): the
 * link must be one of theirs and each `segment.KEY` must name one of their segment questions.
 * The period is the query's; a service may default it (a score's is the program's year).
 */
export function parseSelection(
  query: SelectionQuery,
  questionnaires: readonly SelectableQuestionnaire[],
  chosen?: number,
): Selection {
  const errors: FieldIssue[] = []
  const linkId = query.link === undefined ? undefined : Number(query.link)
  if (linkId !== undefined && !questionnaires.some((q) => q.links.some((l) => l.id === linkId))) {
    errors.push(
      fieldIssue('query.link', chosen ? 'filter.link-of-questionnaire' : 'filter.link-of-program'),
    )
  }
  const codes = segmentCodes(questionnaires)
  const segments: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith(SEGMENT_PREFIX)) continue
    const code = key.slice(SEGMENT_PREFIX.length)
    if (!codes.has(code)) {
      errors.push(fieldIssue(`query.${key}`, 'filter.no-segment', { code }))
    } else if (typeof value !== 'string' || !SEGMENT_VALUE.test(value)) {
      errors.push(fieldIssue(`query.${key}`, 'filter.segment-value'))
    } else segments[code] = value
  }
  if (errors.length > 0) throw AppError.invalid(errors)
  return {
    questionnaireIds: questionnaires.map((q) => q.id),
    from: query.from,
    to: query.to,
    linkId,
    segments,
  }
}

/** The one segment value of a selection that has exactly one (the segment aggregates hold it). */
export function oneSegment(selection: Selection): { code: string; value: string } | undefined {
  const entries = Object.entries(selection.segments)
  if (entries.length !== 1) return undefined
  const [code, value] = entries[0]!
  return { code, value }
}

/** Whether the raw rows are needed: the aggregates hold one segment value at a time, not two. */
export const needsRawRows = (selection: Selection) => Object.keys(selection.segments).length > 1
