// Follow-up plans (rencana tindak lanjut) of a program: read by its readers (admin, its agency's
// owners, its region's evaluators), entered and changed by admins and its owners, every change
// audited (the history is the audit trail), each finished action with whether its target moved.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { AppDeps } from '../../deps'
import { localDay, todayIn } from '../../domain/calendar'
import { AppError, fieldIssue } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { objectHistory, recordAudit } from '../audit/service'
import { getProgramForRead, getProgramForWrite, type Program } from '../programs/service'
import { loadProgramQuestionnaires, type CatalogQuestionnaire } from '../questionnaires/catalog'
import { readFollowUpEffects, type FollowUpEffect } from './effects'
import * as repo from './repository'
import type { CreateFollowUpInput, UpdateFollowUpInput } from './schemas'
import { followUpTargets, targetLabel, type FollowUpTarget } from './targets'

type Deps = Pick<AppDeps, 'db' | 'aggregates' | 'changes' | 'now'>

function toFollowUp(row: repo.FollowUpRow, targets: FollowUpTarget[]) {
  return {
    id: row.id,
    programId: row.program_id,
    target: {
      kind: row.target_kind,
      code: row.target_code,
      label: targetLabel(targets, row.target_kind, row.target_code),
    },
    action: row.action,
    unit: row.unit,
    dueQuarter: row.due_quarter,
    status: row.status,
    notes: row.notes,
    finishedOn: row.finished_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export type FollowUp = ReturnType<typeof toFollowUp> & { effect?: FollowUpEffect }

/**
 * A program's follow-ups in entry order, each finished one with its effect judged up to `asOf`.
 * Access must have been checked and the aggregates settled by the caller (reports, public pages).
 */
export async function followUpsOfProgram(
  db: Kysely<Database>,
  programId: number,
  questionnaires: CatalogQuestionnaire[],
  asOf: string,
): Promise<FollowUp[]> {
  const rows = await repo.listFollowUpRows(db, programId)
  const targets = followUpTargets(questionnaires)
  const effects = await readFollowUpEffects(db, questionnaires, rows, asOf)
  return rows.map((row, i) => {
    const effect = effects.get(i)
    return { ...toFollowUp(row, targets), ...(effect ? { effect } : {}) }
  })
}

/** GET /api/programs/:id/follow-ups: the list with effects as of today, and the targets. */
export async function listFollowUps(deps: Deps, user: SessionUser, programId: number) {
  const program = await getProgramForRead(deps.db, user, programId)
  const questionnaires = await loadProgramQuestionnaires(deps.db, programId)
  await deps.aggregates.settle()
  const asOf = todayIn(program.timeZone, deps.now().getTime())
  const items = await followUpsOfProgram(deps.db, programId, questionnaires, asOf)
  return { items, asOf, targets: followUpTargets(questionnaires) }
}

async function checkTarget(
  db: Kysely<Database>,
  program: Program,
  target: { kind: string; code: string },
): Promise<FollowUpTarget[]> {
  const targets = followUpTargets(await loadProgramQuestionnaires(db, program.id))
  if (!targets.some((t) => t.kind === target.kind && t.code === target.code)) {
    const codes = targets.filter((t) => t.kind === target.kind).map((t) => t.code)
    throw AppError.invalid([
      codes.length > 0
        ? fieldIssue('target.code', 'follow-up.target-choose', { codes: codes.join(', ') })
        : fieldIssue('target.code', 'follow-up.no-criteria'),
    ])
  }
  return targets
}

/** POST /api/programs/:id/follow-ups (admin, the program's owners); audited. */
export async function createFollowUp(
  deps: Deps,
  user: SessionUser,
  programId: number,
  input: CreateFollowUpInput,
) {
  const now = deps.now()
  const created = await deps.db.transaction().execute(async (trx) => {
    const program = await getProgramForWrite(trx, user, programId)
    const targets = await checkTarget(trx, program, input.target)
    const at = now.toISOString()
    const status = input.status ?? 'rencana'
    const id = await repo.insertFollowUp(trx, {
      program_id: programId,
      target_kind: input.target.kind,
      target_code: input.target.code,
      action: input.action.trim(),
      unit: input.unit.trim(),
      due_quarter: input.dueQuarter,
      status,
      notes: input.notes?.trim() ?? '',
      finished_on: status === 'selesai' ? localDay(at, program.timeZone) : null,
      created_at: at,
      updated_at: at,
      created_by: user.id,
      updated_by: user.id,
    })
    const followUp = toFollowUp((await repo.findFollowUpRow(trx, id))!, targets)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'follow_up.create',
      objectType: 'follow_up',
      objectId: id,
      after: followUp,
    })
    return followUp
  })
  deps.changes.changed(programId)
  return created
}

/** PATCH /api/follow-ups/:id (admin, the program's owners); audited. */
export async function updateFollowUp(
  deps: Deps,
  user: SessionUser,
  id: number,
  input: UpdateFollowUpInput,
) {
  const now = deps.now()
  const updated = await deps.db.transaction().execute(async (trx) => {
    const row = await repo.findFollowUpRow(trx, id)
    if (!row) throw AppError.notFound('follow-up')
    const program = await getProgramForWrite(trx, user, row.program_id)
    const target = input.target ?? { kind: row.target_kind, code: row.target_code }
    const targets = await checkTarget(trx, program, target)
    const at = now.toISOString()
    const status = input.status ?? row.status
    const finishedOn =
      status !== 'selesai'
        ? null
        : row.status === 'selesai'
          ? row.finished_on
          : localDay(at, program.timeZone)
    await repo.updateFollowUpRow(trx, id, {
      target_kind: input.target?.kind,
      target_code: input.target?.code,
      action: input.action?.trim(),
      unit: input.unit?.trim(),
      due_quarter: input.dueQuarter,
      status: input.status,
      notes: input.notes?.trim(),
      finished_on: finishedOn,
      updated_at: at,
      updated_by: user.id,
    })
    const before = toFollowUp(row, targets)
    const after = toFollowUp((await repo.findFollowUpRow(trx, id))!, targets)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'follow_up.update',
      objectType: 'follow_up',
      objectId: id,
      before,
      after,
    })
    return after
  })
  deps.changes.changed(updated.programId)
  return updated
}

const HISTORY_FIELDS = ['target', 'action', 'unit', 'dueQuarter', 'status', 'notes'] as const

/** GET /api/follow-ups/:id/history: every change, oldest first, with the fields it changed. */
export async function followUpHistory(db: Kysely<Database>, user: SessionUser, id: number) {
  const row = await repo.findFollowUpRow(db, id)
  if (!row) throw AppError.notFound('follow-up')
  await getProgramForRead(db, user, row.program_id)
  const events = await objectHistory(db, 'follow_up', id)
  const items = events.map((e) => {
    const before = (e.before ?? {}) as Record<string, unknown>
    const after = (e.after ?? {}) as Record<string, unknown>
    const changes = HISTORY_FIELDS.filter(
      (f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]),
    ).map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    return { id: e.id, at: e.at, action: e.action, user: e.user, changes }
  })
  return { items }
}
