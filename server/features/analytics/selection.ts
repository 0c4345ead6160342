// The responses an analytics request reads: the program (access checked), its questionnaires
// narrowed to the one asked for, their merged questions, and the selection of the query.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { SessionUser } from '../../http/context'
import {
  chosenQuestionnaire,
  parseSelection,
  type SelectionQuery,
} from '../aggregates/read/selection'
import { getProgramForRead } from '../programs/service'
import { loadProgramQuestionnaires } from '../questionnaires/catalog'
import { buildCatalog } from './catalog'

export async function resolveSelection(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number,
  query: SelectionQuery,
) {
  const program = await getProgramForRead(db, user, programId)
  const all = await loadProgramQuestionnaires(db, programId)
  const chosen = chosenQuestionnaire(query, all)
  const questionnaires = chosen === undefined ? all : all.filter((q) => q.id === chosen)
  const catalog = buildCatalog(questionnaires)
  const selection = parseSelection(query, questionnaires, chosen)
  return { program, catalog, selection, chosen }
}
