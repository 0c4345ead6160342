// What changed between a published version and the draft, by question code: the console shows it
// as "what changes since version N" before publishing, and publishing records it.
import { allQuestions } from './questions'
import type { Definition, Question, QuestionType } from './definition'

export interface QuestionSummary {
  code: string
  type: QuestionType
  /** Id of the section holding the question. */
  section: string
}

export interface QuestionChange {
  code: string
  /** The question's entries that differ (`text`, `scale`, `showIf`, ...) and `section` if moved. */
  fields: string[]
}

export interface DefinitionDiff {
  /** False only when the two definitions are the same in every respect. */
  hasChanges: boolean
  added: QuestionSummary[]
  removed: QuestionSummary[]
  changed: QuestionChange[]
  /**
   * Entries outside the questions that differ: `title`, `description`, `criteria`, ...,
   * `sections` (a section added, removed, retitled or moved) and `order` (questions reordered).
   */
  definitionFields: string[]
}

/** Deep equality of JSON-like values; a key holding `undefined` counts as absent. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => sameJson(item, b[i]))
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return keysOf(ra, rb).every((key) => sameJson(ra[key], rb[key]))
}

function keysOf(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = Object.keys(a).filter((k) => a[k] !== undefined)
  for (const k of Object.keys(b)) if (b[k] !== undefined && !keys.includes(k)) keys.push(k)
  return keys
}

function located(def: Definition): Map<string, { question: Question; section: string }> {
  const map = new Map<string, { question: Question; section: string }>()
  for (const section of def.sections) {
    for (const question of section.questions) {
      if (!map.has(question.code)) map.set(question.code, { question, section: section.id })
    }
  }
  return map
}

const summary = (q: Question, section: string): QuestionSummary => ({
  code: q.code,
  type: q.type,
  section,
})

function definitionFieldChanges(before: Definition, after: Definition): string[] {
  const a = before as unknown as Record<string, unknown>
  const b = after as unknown as Record<string, unknown>
  const fields = keysOf(a, b).filter((k) => k !== 'sections' && !sameJson(a[k], b[k]))
  const outline = (def: Definition) => def.sections.map(({ questions: _, ...rest }) => rest)
  if (!sameJson(outline(before), outline(after))) fields.push('sections')
  const common = (from: Definition, other: Set<string>) =>
    allQuestions(from)
      .map((q) => q.code)
      .filter((code) => other.has(code))
  const beforeCodes = new Set(allQuestions(before).map((q) => q.code))
  const afterCodes = new Set(allQuestions(after).map((q) => q.code))
  if (!sameJson(common(before, afterCodes), common(after, beforeCodes))) fields.push('order')
  return fields
}

/**
 * Compares `before` (the latest published version, or null when nothing is published yet) with
 * `after` (the draft). Questions are matched by code, since answers are keyed by it.
 */
export function diffDefinitions(before: Definition | null, after: Definition): DefinitionDiff {
  const next = located(after)
  if (before === null) {
    const added = [...next.values()].map(({ question, section }) => summary(question, section))
    return { hasChanges: true, added, removed: [], changed: [], definitionFields: [] }
  }
  const previous = located(before)
  const added: QuestionSummary[] = []
  const removed: QuestionSummary[] = []
  const changed: QuestionChange[] = []
  for (const [code, was] of previous) {
    const now = next.get(code)
    if (!now) {
      removed.push(summary(was.question, was.section))
      continue
    }
    const a = was.question as unknown as Record<string, unknown>
    const b = now.question as unknown as Record<string, unknown>
    const fields = keysOf(a, b).filter((k) => !sameJson(a[k], b[k]))
    if (was.section !== now.section) fields.push('section')
    if (fields.length > 0) changed.push({ code, fields })
  }
  for (const [code, now] of next) {
    if (!previous.has(code)) added.push(summary(now.question, now.section))
  }
  const definitionFields = definitionFieldChanges(before, after)
  const hasChanges = added.length + removed.length + changed.length + definitionFields.length > 0
  return { hasChanges, added, removed, changed, definitionFields }
}
