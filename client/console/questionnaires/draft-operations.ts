// Structural edits of a draft definition (they mutate the object given, as inside a store's
// produce): add, move, duplicate and remove questions and sections, with fresh unique codes.
import { allQuestions, type Definition, type Question } from '../../../server/domain/questionnaire'
import { newQuestion } from './question-types'

/** A deep copy that also works on store proxies (which structuredClone refuses). */
export const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const codesOf = (def: Definition) => new Set(allQuestions(def).map((q) => q.code))

/** A code not in `used`: `base` when free, else base followed by the lowest free number. */
function freeCode(used: Set<string>, base: string): string {
  if (base !== 'Q' && !used.has(base)) return base
  const stem = base === 'Q' ? 'Q' : `${base}_`
  let n = base === 'Q' ? used.size + 1 : 2
  while (used.has(`${stem}${n}`)) n++
  return `${stem}${n}`.slice(0, 40)
}

/** A question code not used in the definition yet (Q1, Q2, ... or a copy's `code_2`). */
export const freshCode = (def: Definition, base = 'Q') => freeCode(codesOf(def), base)

function freshSectionId(def: Definition): string {
  const used = new Set(def.sections.map((s) => s.id))
  let n = def.sections.length + 1
  while (used.has(`bagian-${n}`)) n++
  return `bagian-${n}`
}

export function addQuestion(def: Definition, section: number): Question {
  const question = newQuestion(freshCode(def))
  def.sections[section].questions.push(question)
  return question
}

export function addSection(def: Definition): void {
  const n = def.sections.length + 1
  def.sections.push({
    id: freshSectionId(def),
    title: { id: `Bagian ${n}`, en: `Section ${n}` },
    questions: [],
  })
}

/**
 * Moves a question one place up (-1) or down (+1); past the start or end of its section it goes
 * to the end of the previous or the start of the next section. Answers where it landed.
 */
export function moveQuestion(def: Definition, s: number, q: number, by: -1 | 1) {
  const list = def.sections[s].questions
  const [question] = list.splice(q, 1)
  if (q + by >= 0 && q + by <= list.length) {
    list.splice(q + by, 0, question)
    return { section: s, index: q + by }
  }
  const target = def.sections[s + by]
  if (!target) {
    list.splice(q, 0, question)
    return { section: s, index: q }
  }
  if (by < 0) target.questions.push(question)
  else target.questions.unshift(question)
  return { section: s + by, index: by < 0 ? target.questions.length - 1 : 0 }
}

export function moveSection(def: Definition, s: number, by: -1 | 1): number {
  if (s + by < 0 || s + by >= def.sections.length) return s
  const [section] = def.sections.splice(s, 1)
  def.sections.splice(s + by, 0, section)
  return s + by
}

/** A copy right after the question, with a fresh code (conditions on it are not copied over). */
export function duplicateQuestion(def: Definition, s: number, q: number): Question {
  const copy = copyOf(def.sections[s].questions[q])
  copy.code = freshCode(def, copy.code)
  def.sections[s].questions.splice(q + 1, 0, copy)
  return copy
}

/** A copy of the section right after it; its questions get fresh codes. */
export function duplicateSection(def: Definition, s: number): void {
  const copy = copyOf(def.sections[s])
  copy.id = freshSectionId(def)
  copy.title = { id: `${copy.title.id} (salinan)`, en: copy.title.en && `${copy.title.en} (copy)` }
  const used = codesOf(def)
  for (const question of copy.questions) {
    question.code = freeCode(used, question.code)
    used.add(question.code)
  }
  def.sections.splice(s + 1, 0, copy)
}
