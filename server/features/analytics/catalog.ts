// What a program's analytics are about: its questionnaires with their published versions, their
// links, and the questions merged by code (metadata from the newest version that has the code).
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { allQuestions, type Definition, type Question } from '../../domain/questionnaire'
import * as repo from './repository'

export interface CatalogQuestion {
  code: string
  /** The question as the newest version that asks it words it. */
  question: Question
  /** Options of choice questions, merged over versions (newest wording first). */
  options: { value: string; label: { id: string; en?: string } }[]
}

export interface Catalog {
  questionnaires: {
    id: number
    title: string
    versions: { id: number; version: number; publishedAt: string }[]
  }[]
  links: { id: number; questionnaireId: number; channel: string }[]
  /** Every question of every version, in questionnaire then questionnaire order. */
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
 * Loads the catalog of a program's questionnaires (all of them, or `only` one). Questions keep
 * the order of the newest version; codes found only in older versions follow.
 */
export async function loadCatalog(
  db: Kysely<Database>,
  programId: number,
  only?: number,
): Promise<Catalog> {
  const rows = (await repo.listQuestionnaireRows(db, programId)).filter(
    (q) => only === undefined || q.id === only,
  )
  const ids = rows.map((r) => r.id)
  const [versions, links] = await Promise.all([
    repo.listVersionRows(db, ids),
    repo.listLinkRows(db, ids),
  ])
  const byCode = new Map<string, CatalogQuestion>()
  const commentVersions = new Map<string, number[]>()
  for (const row of rows) {
    const own = versions.filter((v) => v.questionnaire_id === row.id).reverse()
    for (const version of own) {
      const def = JSON.parse(version.definition) as Definition
      for (const question of allQuestions(def)) {
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
  return {
    questionnaires: rows.map((r) => ({
      id: r.id,
      title: r.title,
      versions: versions
        .filter((v) => v.questionnaire_id === r.id)
        .map((v) => ({ id: v.id, version: v.version, publishedAt: v.published_at })),
    })),
    links: links.map((l) => ({
      id: l.id,
      questionnaireId: l.questionnaire_id,
      channel: l.channel,
    })),
    questions: [...byCode.values()],
    byCode,
    commentVersions,
  }
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
