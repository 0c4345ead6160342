// The columns of a raw-response export and one response as a row: receipt, time on the region's
// clock with its offset, version, channel, (the exclusion, when excluded responses are asked
// for), one column per question in the newest version's order (codes only older versions ask
// follow), and the respondent's impact score. Answers are codes, or with `labels` their labels in
// the wording of the version each response answered. Personal questions only when asked for.
import { localDateTime } from '../../domain/calendar'
import {
  allQuestions,
  answerLabel,
  type Definition,
  type Question,
} from '../../domain/questionnaire'
import type { ResponsePageRow } from './repository'

export type RawValue = string | number | null

export interface RawLayout {
  /** The question columns, in order, with the newest wording of each. */
  questions: Question[]
  /** Every column header in order. */
  headers: string[]
  includeExcluded: boolean
}

const NUMBERS = new Set(['rating', 'nps', 'number'])
const META = ['receipt', 'submitted_at', 'version', 'channel'] as const
const EXCLUSION = ['excluded', 'excluded_reason'] as const

/** Question columns in the newest version's order; older-only codes follow. */
export function rawLayout(
  definitions: Definition[],
  opts: { includePersonal: boolean; includeExcluded: boolean },
): RawLayout {
  const seen = new Map<string, Question>()
  for (const def of definitions)
    for (const q of allQuestions(def)) if (!seen.has(q.code)) seen.set(q.code, q)
  const questions = [...seen.values()].filter((q) => opts.includePersonal || !q.personal)
  return {
    questions,
    includeExcluded: opts.includeExcluded,
    headers: [
      ...META,
      ...(opts.includeExcluded ? EXCLUSION : []),
      ...questions.map((q) => q.code),
      'impact_score',
    ],
  }
}

function cell(value: unknown): RawValue {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return value.join('; ')
  if (typeof value === 'number' || typeof value === 'string') return value
  return String(value)
}

export interface RowContext {
  layout: RawLayout
  timeZone: string
  labels: boolean
  versions: Map<number, { version: number; questions: Map<string, Question> }>
  channels: Map<number, string>
}

/** The versions of a questionnaire as the rows need them. */
export function versionMap(versions: { id: number; version: number; definition: Definition }[]) {
  return new Map(
    versions.map((v) => [
      v.id,
      {
        version: v.version,
        questions: new Map(allQuestions(v.definition).map((q) => [q.code, q] as const)),
      },
    ]),
  )
}

/** A response as the export's values, in header order (impact on the 0-5 scale). */
export function rawRow(row: ResponsePageRow, ctx: RowContext): RawValue[] {
  const answers = JSON.parse(row.answers) as Record<string, unknown>
  const version = ctx.versions.get(row.version_id)
  const value = (q: Question): RawValue => {
    const answer = answers[q.code]
    // Numbers stay numbers; a scale point reads as its label ("4 - Sangat puas").
    if (!ctx.labels || NUMBERS.has(q.type)) return cell(answer)
    const asked = version?.questions.get(q.code) ?? q
    return answerLabel(asked, answer)?.id ?? null
  }
  return [
    row.receipt,
    localDateTime(row.submitted_at, ctx.timeZone),
    version?.version ?? null,
    ctx.channels.get(row.link_id) ?? null,
    ...(ctx.layout.includeExcluded
      ? [row.excluded_at === null ? 0 : 1, row.excluded_reason ?? null]
      : []),
    ...ctx.layout.questions.map(value),
    row.impact === null ? null : 5 * row.impact,
  ]
}
