// What a program's analytics are about: the questions of its questionnaires merged by code
// (metadata from the newest version that has the code), with the options of every version.
import { allQuestions, type Question } from '../../domain/questionnaire'
import type { CatalogQuestionnaire } from '../questionnaires/catalog'

export interface CatalogQuestion {
  code: string
  /** The question as the newest version that asks it words it. */
  question: Question
  /** Options of choice questions, merged over versions (newest wording first). */
  options: { value: string; label: { id: string; en?: string } }[]
}

export interface Catalog {
  questionnaires: CatalogQuestionnaire[]
  /** Every question of every version, in questionnaire then question order. */
  questions: CatalogQuestion[]
  byCode: Map<string, CatalogQuestion>
  /** Text code -> the versions that ask it as a non-personal text question (comments). */
  commentVersions: Map<string, number[]>
}

/** Counted in distributions: everything but free text and questions marked personal. */
export const isCounted = (q: Question) => q.type !== 'text' && !q.personal

/** Respondent attributes that may filter and break results down. */
export const isSegment = (q: Question) => q.type === 'segment' && !q.personal

/** Free-text questions whose answers the comments view may show. */
export const isComment = (q: Question) => q.type === 'text' && !q.personal

/**
 * The merged questions of `questionnaires`. Questions keep the order of the newest version; codes
 * found only in older versions follow.
 */
export function buildCatalog(questionnaires: CatalogQuestionnaire[]): Catalog {
  const byCode = new Map<string, CatalogQuestion>()
  const commentVersions = new Map<string, number[]>()
  for (const q of questionnaires) {
    for (const version of [...q.versions].reverse()) {
      for (const question of allQuestions(version.definition)) {
        mergeQuestion(byCode, question)
        if (isComment(question)) {
          commentVersions.set(question.code, [
            ...(commentVersions.get(question.code) ?? []),
            version.id,
          ])
        }
      }
    }
  }
  return { questionnaires, questions: [...byCode.values()], byCode, commentVersions }
}

function mergeQuestion(byCode: Map<string, CatalogQuestion>, question: Question): void {
  const options = 'options' in question ? question.options : []
  const known = byCode.get(question.code)
  if (!known) {
    byCode.set(question.code, { code: question.code, question, options: [...options] })
    return
  }
  // An older version's option that the newer one dropped still has answers to show.
  for (const option of options) {
    if (!known.options.some((o) => o.value === option.value)) known.options.push(option)
  }
}
