// The owner's response workspace: every response of a questionnaire (or of a program across its
// questionnaires) as a keyset-paged table with the dashboard's filters, one response in full, a
// receipt looked up from anywhere in the console, and exclusions: one response or every response
// a filter matches taken out of every figure with a reason, and put back. Exclusions run on the
// response writer's thread, which owns the aggregate sums (responses/correction-store.ts); each
// is audited.
import type { AppDeps } from '../../deps'
import { AppError, fieldIssue } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import type { ExcludedFilter } from '../aggregates/read/raw-rows'
import { chosenQuestionnaire, parseSelection, type Selection } from '../aggregates/read/selection'
import { recordAudit } from '../audit/service'
import { getProgramForRead, getProgramForWrite, type Program } from '../programs/service'
import { loadProgramQuestionnaires } from '../questionnaires/catalog'
import { getQuestionnaireForRead } from '../questionnaires/service'
import { normalizeReceipt } from '../responses/receipt'
import { recordWebhookEvent } from '../webhooks/service'
import { decodeCursor, encodeCursor } from './cursor'
import * as repo from './repository'
import { responseDetail, responseItem, viewContext } from './response-view'
import type { ListQuery } from './schemas'

type Deps = Pick<AppDeps, 'db' | 'aggregates' | 'responses' | 'now' | 'changes' | 'webhooks'>

export type ListTarget = { questionnaireId: number } | { programId: number }

const EXCLUDED: Record<string, ExcludedFilter> = { '0': 'counted', '1': 'excluded', all: 'all' }
const DEFAULT_LIMIT = 50

/** The program (access checked), its questionnaires and the list's selection. */
async function resolveList(deps: Deps, user: SessionUser, target: ListTarget, query: ListQuery) {
  let program: Program
  let chosen: number | undefined
  if ('questionnaireId' in target) {
    program = (await getQuestionnaireForRead(deps.db, user, target.questionnaireId)).program
    chosen = target.questionnaireId
  } else program = await getProgramForRead(deps.db, user, target.programId)
  const all = await loadProgramQuestionnaires(deps.db, program.id)
  chosen ??= chosenQuestionnaire(query, all)
  const questionnaires = chosen === undefined ? all : all.filter((q) => q.id === chosen)
  const selection = parseSelection(query, questionnaires, chosen)
  let receipt: string | undefined
  if (query.receipt !== undefined) {
    receipt = normalizeReceipt(query.receipt) ?? undefined
    if (!receipt) {
      throw AppError.invalid([fieldIssue('query.receipt', 'receipt.format')])
    }
  }
  // Segment filters read response_segments, which the writer fills with the aggregates.
  if (Object.keys(selection.segments).length > 0) await deps.aggregates.settle()
  return {
    program,
    all,
    selection,
    receipt,
    excluded: EXCLUDED[query.excluded ?? '0'] ?? 'counted',
  }
}

/** GET /api/questionnaires/:id/responses and /api/programs/:id/responses: a page, newest first. */
export async function listResponses(
  deps: Deps,
  user: SessionUser,
  target: ListTarget,
  query: ListQuery,
) {
  const { program, all, selection, receipt, excluded } = await resolveList(
    deps,
    user,
    target,
    query,
  )
  const limit = query.limit ? Number(query.limit) : DEFAULT_LIMIT
  const before = query.after === undefined ? undefined : decodeCursor(query.after)
  // One keyset walk per questionnaire on its (questionnaire_id, id) index, merged here: a walk
  // over several at once would sort every match.
  const pages = await Promise.all(
    selection.questionnaireIds.map((id) =>
      repo.listPage(deps.db, { ...selection, questionnaireIds: [id] }, excluded, {
        before,
        limit: limit + 1,
        receipt,
      }),
    ),
  )
  const rows = pages.flat().sort((a, b) => b.id - a.id)
  const page = rows.slice(0, limit)
  const ctx = viewContext(all, program.timeZone, user.role === 'admin')
  return {
    items: page.map((row) => responseItem(row, ctx)),
    next: rows.length > limit ? encodeCursor(page.at(-1)!.id) : null,
  }
}

async function detailOf(deps: Deps, user: SessionUser, row: repo.ResponseRow, program: Program) {
  const all = await loadProgramQuestionnaires(deps.db, program.id)
  const by = row.excluded_by === null ? null : await repo.findUserName(deps.db, row.excluded_by)
  return responseDetail(
    row,
    viewContext(all, program.timeZone, user.role === 'admin'),
    by?.name ?? null,
  )
}

async function readableResponse(deps: Deps, user: SessionUser, id: number) {
  const row = await repo.findResponseRow(deps.db, id)
  if (!row) throw AppError.notFound('response')
  return { row, program: await getProgramForRead(deps.db, user, row.program_id) }
}

/** GET /api/responses/:id: one response in full (readers of its program). */
export async function getResponse(deps: Deps, user: SessionUser, id: number) {
  const { row, program } = await readableResponse(deps, user, id)
  return detailOf(deps, user, row, program)
}

/** GET /api/responses/receipt/:receipt: the response a citizen's receipt names, in scope. */
export async function getResponseByReceipt(deps: Deps, user: SessionUser, typed: string) {
  const receipt = normalizeReceipt(typed)
  const found = receipt && (await repo.findResponseIdByReceipt(deps.db, receipt))
  if (!found) throw AppError.notFound('receipt')
  return getResponse(deps, user, found.id)
}

/** POST / DELETE /api/responses/:id/exclusion: one response out of every figure, or back in. */
export async function setExclusion(
  deps: Deps,
  user: SessionUser,
  id: number,
  change: { exclude: true; reason: string } | { exclude: false },
) {
  const found = await repo.findResponseRow(deps.db, id)
  if (!found) throw AppError.notFound('response')
  const program = await getProgramForWrite(deps.db, user, found.program_id)
  const at = deps.now()
  const changed = change.exclude
    ? await deps.responses.exclude([id], {
        reason: change.reason,
        by: user.id,
        at: at.toISOString(),
      })
    : await deps.responses.restore([id])
  if (changed > 0) {
    await recordAudit(deps.db, at, {
      userId: user.id,
      action: change.exclude ? 'response.exclude' : 'response.restore',
      objectType: 'response',
      objectId: id,
      after: change.exclude ? { reason: change.reason } : undefined,
    })
    await exclusionEvent(deps, at, {
      programId: program.id,
      questionnaireId: found.questionnaire_id,
      ids: [id],
      count: changed,
      change,
    })
    // Published results (and their cache) must follow.
    deps.changes.changed(program.id)
  }
  return detailOf(deps, user, (await repo.findResponseRow(deps.db, id))!, program)
}

/**
 * POST / DELETE /api/questionnaires/:id/exclusions: every response the list's filters match
 * excluded with one reason, or every excluded one they match restored. Audited once, with the
 * filters and the count.
 */
export async function setExclusions(
  deps: Deps,
  user: SessionUser,
  questionnaireId: number,
  query: ListQuery,
  change: { exclude: true; reason: string } | { exclude: false },
): Promise<number> {
  const { program } = await getQuestionnaireForRead(deps.db, user, questionnaireId)
  await getProgramForWrite(deps.db, user, program.id)
  const { selection, receipt } = await resolveList(deps, user, { questionnaireId }, query)
  const ids = await repo.listMatchingIds(
    deps.db,
    selection,
    change.exclude ? 'counted' : 'excluded',
    receipt,
  )
  const at = deps.now()
  const changed =
    ids.length === 0
      ? 0
      : change.exclude
        ? await deps.responses.exclude(ids, {
            reason: change.reason,
            by: user.id,
            at: at.toISOString(),
          })
        : await deps.responses.restore(ids)
  if (changed > 0) {
    const filters = filtersOf(selection, receipt)
    await exclusionEvent(deps, at, {
      programId: program.id,
      questionnaireId,
      ids,
      count: changed,
      change,
      filters,
    })
    deps.changes.changed(program.id)
  }
  await recordAudit(deps.db, at, {
    userId: user.id,
    action: change.exclude ? 'responses.exclude' : 'responses.restore',
    objectType: 'questionnaire',
    objectId: questionnaireId,
    after: {
      filters: filtersOf(selection, receipt),
      count: changed,
      ...('reason' in change ? { reason: change.reason } : {}),
    },
  })
  return changed
}

/** Responses listed by id in an exclusion event; a larger bulk change names its filters only. */
const EVENT_IDS_MAX = 1000

/** response.excluded / response.restored for the program's webhooks, sent at once. */
async function exclusionEvent(
  deps: Deps,
  at: Date,
  e: {
    programId: number
    questionnaireId: number
    ids: number[]
    /** How many changed (as audited): a concurrent change may have taken some of `ids`. */
    count: number
    change: { exclude: true; reason: string } | { exclude: false }
    filters?: ReturnType<typeof filtersOf>
  },
) {
  await recordWebhookEvent(deps.db, at, {
    programId: e.programId,
    type: e.change.exclude ? 'response.excluded' : 'response.restored',
    data: {
      programId: e.programId,
      questionnaireId: e.questionnaireId,
      count: e.count,
      responseIds: e.ids.length <= EVENT_IDS_MAX ? e.ids : null,
      filters: e.filters ?? null,
      ...('reason' in e.change ? { reason: e.change.reason } : {}),
    },
  })
  deps.webhooks.nudge()
}

const filtersOf = (s: Selection, receipt?: string) => ({
  from: s.from ?? null,
  to: s.to ?? null,
  link: s.linkId ?? null,
  segments: s.segments,
  receipt: receipt ?? null,
})
