// What a program's score is computed over: its questionnaires (with fixed sample targets), their
// published versions with parsed definitions, and their links.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { Definition } from '../../domain/questionnaire'
import * as repo from './repository'

export interface ScoringContext {
  questionnaires: { id: number; sample_target: number | null }[]
  /** By questionnaire, newest version first. */
  versions: { id: number; questionnaireId: number; definition: Definition }[]
  linkIds: number[]
}

/** The program's questionnaires, versions (parsed) and links. */
export async function loadScoringContext(
  db: Kysely<Database>,
  programId: number,
): Promise<ScoringContext> {
  const questionnaires = await repo.listQuestionnaireRows(db, programId)
  const ids = questionnaires.map((q) => q.id)
  const [versions, links] = await Promise.all([
    repo.listVersionRows(db, ids),
    repo.listLinkIds(db, ids),
  ])
  return {
    questionnaires,
    versions: versions.map((v) => ({
      id: v.id,
      questionnaireId: v.questionnaire_id,
      definition: JSON.parse(v.definition) as Definition,
    })),
    linkIds: links.map((l) => l.id),
  }
}
