// The columns of a raw-response export and one response as a row: receipt, time, version,
// channel, every question code (union over versions, newest wording's order first), the segment
// questions, and the respondent's impact score. Personal questions only when asked for.
import type { Definition, Question } from '../../domain/questionnaire'
import type { ResponsePageRow } from './repository'

export type RawValue = string | number | null

export interface RawLayout {
  questions: string[]
  segments: string[]
  /** Every column header in order. */
  headers: string[]
}

/** Question codes in definition order, newest version first; older-only codes follow. */
export function rawLayout(definitions: Definition[], includePersonal: boolean): RawLayout {
  const seen = new Map<string, Question>()
  for (const def of definitions)
    for (const s of def.sections)
      for (const q of s.questions) if (!seen.has(q.code)) seen.set(q.code, q)
  const kept = [...seen.values()].filter((q) => includePersonal || !q.personal)
  const questions = kept.filter((q) => q.type !== 'segment').map((q) => q.code)
  const segments = kept.filter((q) => q.type === 'segment').map((q) => q.code)
  return {
    questions,
    segments,
    headers: [
      'receipt',
      'submitted_at',
      'version',
      'channel',
      ...questions,
      ...segments,
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
  versions: Map<number, number>
  channels: Map<number, string>
}

/** A response as the export's values, in header order (impact on the 0-5 scale). */
export function rawRow(row: ResponsePageRow, ctx: RowContext): RawValue[] {
  const answers = JSON.parse(row.answers) as Record<string, unknown>
  return [
    row.receipt,
    row.submitted_at,
    ctx.versions.get(row.version_id) ?? null,
    ctx.channels.get(row.link_id) ?? null,
    ...ctx.layout.questions.map((code) => cell(answers[code])),
    ...ctx.layout.segments.map((code) => cell(answers[code])),
    row.impact === null ? null : 5 * row.impact,
  ]
}
