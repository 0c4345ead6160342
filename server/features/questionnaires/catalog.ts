// A program's questionnaires as the results read them: each with its published versions (frozen
// definitions, parsed) and its share links. Analytics, scores and the evaluation select and label
// responses with it; access to the program is the caller's to check.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { Definition } from '../../domain/questionnaire'
import * as repo from './repository'

export interface CatalogQuestionnaire {
  id: number
  title: string
  template: string
  /** A fixed sample target for this form, or null. */
  sampleTarget: number | null
  /** Published versions, oldest first. */
  versions: { id: number; version: number; publishedAt: string; definition: Definition }[]
  links: { id: number; channel: string }[]
}

/** The program's questionnaires in id order, with versions and links. */
export async function loadProgramQuestionnaires(
  db: Kysely<Database>,
  programId: number,
): Promise<CatalogQuestionnaire[]> {
  const rows = await repo.listQuestionnaireHeads(db, programId)
  const ids = rows.map((r) => r.id)
  const [versions, links] = await Promise.all([
    repo.listVersionDefinitions(db, ids),
    repo.listLinkChannels(db, ids),
  ])
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    template: r.template,
    sampleTarget: r.sample_target,
    versions: versions
      .filter((v) => v.questionnaire_id === r.id)
      .map((v) => ({
        id: v.id,
        version: v.version,
        publishedAt: v.published_at,
        definition: JSON.parse(v.definition) as Definition,
      })),
    links: links
      .filter((l) => l.questionnaire_id === r.id)
      .map((l) => ({ id: l.id, channel: l.channel })),
  }))
}
