// Who may read or change a questionnaire: decided by its program (admins; owners of the program's
// agency; evaluators of its region read). Unknown questionnaires answer 404.
import type { Kysely, Selectable } from 'kysely'
import type { Database, QuestionnaireTable } from '../../../db/database'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { getProgramForRead, getProgramForWrite, type Program } from '../programs/service'
import * as repo from './repository'

export type QuestionnaireRow = Selectable<QuestionnaireTable>

export interface Access {
  row: QuestionnaireRow
  program: Program
}

async function loadAccess(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
  check: typeof getProgramForRead,
): Promise<Access> {
  const row = await repo.findQuestionnaireRow(db, id)
  if (!row) throw AppError.notFound('questionnaire')
  return { row, program: await check(db, user, row.program_id) }
}

/** The questionnaire `id` and its program, if `user` may read it (404/403 otherwise). */
export const getQuestionnaireForRead = (db: Kysely<Database>, user: SessionUser, id: number) =>
  loadAccess(db, user, id, getProgramForRead)

/** The questionnaire `id` and its program, if `user` may change it (404/403 otherwise). */
export const getQuestionnaireForWrite = (db: Kysely<Database>, user: SessionUser, id: number) =>
  loadAccess(db, user, id, getProgramForWrite)
