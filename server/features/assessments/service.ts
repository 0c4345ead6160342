// Assessors' quick-win marks: every reader of a program sees the mean per criterion, the spread
// of the marks with a flag where assessors differ by 2 points or more, and the program's quick-win
// mark (the mean of those means); admins and evaluators also see who marked what. Only
// evaluators of the program's region record their own marks, audited before and after.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import {
  DISAGREEMENT_POINTS,
  markSpread,
  quickwinMark,
  type MarkSpread,
} from '../../domain/evaluation'
import { QUICKWIN_CRITERIA } from '../../domain/reference'
import { AppError, fieldIssue, said, type FieldIssue } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import { getProgramForRead } from '../programs/service'
import * as repo from './repository'
import type { AssessmentInput } from './schemas'

const CODES = new Set(QUICKWIN_CRITERIA.criteria.map((c) => c.code))

export const ASSESSMENT_METHOD = {
  id: 'Rata-rata per kriteria = rata-rata nilai 1-5 para asesor yang menilai kriteria itu; nilai quick win program = rata-rata dari rata-rata kriteria yang ada.',
  en: 'Mean per criterion = the mean of the 1-5 marks of the assessors who marked it; the program quick-win mark = the mean of the criterion means present.',
}

export interface CriterionSummary {
  code: string
  name: { id: string; en?: string }
  mean: number | null
  n: number
  /** The spread of the marks and whether assessors disagree; null when nobody marked it. */
  spread: MarkSpread | null
}

export interface AssessorSummary {
  /** Evaluators who recorded at least one mark. */
  assessors: number
  /** Their user ids (to count distinct assessors over several programs). */
  assessorIds: number[]
  criteria: CriterionSummary[]
  /** Criterion code -> mean mark, for the criteria marked at least once. */
  means: Record<string, number>
  quickwinMark: number | null
}

/** Means per criterion (reference order) over the given assessments of one program. */
export function summarizeAssessments(records: readonly repo.AssessmentRecord[]): AssessorSummary {
  const means: Record<string, number> = {}
  const criteria = QUICKWIN_CRITERIA.criteria.map((c) => {
    const marks = records.map((r) => r.marks[c.code]).filter((x): x is number => x !== undefined)
    const mean = marks.length > 0 ? marks.reduce((a, b) => a + b, 0) / marks.length : null
    if (mean !== null) means[c.code] = mean
    return { code: c.code, name: c.name, mean, n: marks.length, spread: markSpread(marks) }
  })
  const assessorIds = records
    .filter((r) => Object.keys(r.marks).length > 0)
    .map((r) => r.evaluatorId)
  return {
    assessors: assessorIds.length,
    assessorIds,
    criteria,
    means,
    quickwinMark: quickwinMark(means),
  }
}

/** Summaries of many programs' assessments, keyed by program id. */
export async function assessorSummaries(
  db: Kysely<Database>,
  programIds: number[],
): Promise<Map<number, AssessorSummary>> {
  const records = await repo.listAssessments(db, programIds)
  return new Map(
    programIds.map((id) => [id, summarizeAssessments(records.filter((r) => r.programId === id))]),
  )
}

/** The assessor guide of a criterion: its definition and what a 1, a 3 and a 5 look like. */
const GUIDE = new Map(
  QUICKWIN_CRITERIA.criteria.map((c) => [c.code, { definition: c.definition, levels: c.levels }]),
)

/** Who may see each assessor's own marks and notes: the evaluation's readers, not owners. */
const SEES_ASSESSORS = new Set(['admin', 'evaluator'])

/** GET /api/programs/:id/assessment for any reader of the program. */
export async function getAssessment(db: Kysely<Database>, user: SessionUser, programId: number) {
  await getProgramForRead(db, user, programId)
  const records = await repo.listAssessments(db, [programId])
  const mine = records.find((r) => r.evaluatorId === user.id)
  const { criteria, assessors, quickwinMark } = summarizeAssessments(records)
  const byAssessor = SEES_ASSESSORS.has(user.role)
    ? (await repo.listAssessorMarks(db, [programId])).filter((a) => Object.keys(a.marks).length)
    : null
  return {
    programId,
    scale: QUICKWIN_CRITERIA.scale,
    disagreementPoints: DISAGREEMENT_POINTS,
    criteria: criteria.map((c) => ({ ...c, ...GUIDE.get(c.code)! })),
    mine: mine ? { marks: mine.marks, notes: mine.notes, updatedAt: mine.updatedAt } : null,
    assessors,
    byAssessor: byAssessor?.map((a) => ({
      assessorId: a.assessorId,
      assessor: a.assessor,
      marks: a.marks,
      notes: a.notes,
      updatedAt: a.updatedAt,
    })),
    disagreements: criteria.filter((c) => c.spread?.disagreement).map((c) => c.code),
    quickwinMark,
    method: ASSESSMENT_METHOD,
  }
}

function checkCodes(input: AssessmentInput): void {
  const errors: FieldIssue[] = []
  for (const code of Object.keys(input.marks))
    if (!CODES.has(code)) errors.push(fieldIssue(`marks.${code}`, 'assessment.criterion'))
  for (const code of Object.keys(input.notes ?? {}))
    if (!CODES.has(code) && code !== 'general')
      errors.push(fieldIssue(`notes.${code}`, 'assessment.note-criterion'))
  if (errors.length > 0) throw AppError.invalid(errors)
}

/** Replaces the evaluator's own marks and notes on the program; audited. */
export async function putAssessment(
  db: Kysely<Database>,
  user: SessionUser,
  programId: number,
  input: AssessmentInput,
  now: Date,
) {
  if (user.role !== 'evaluator') throw AppError.forbidden(said('assessment.region-evaluators'))
  await getProgramForRead(db, user, programId)
  checkCodes(input)
  await db.transaction().execute(async (trx) => {
    const before = await repo.findAssessment(trx, programId, user.id)
    const after: repo.AssessmentRecord = {
      programId,
      evaluatorId: user.id,
      marks: input.marks,
      notes: input.notes ?? {},
      updatedAt: now.toISOString(),
    }
    await repo.saveAssessment(trx, after)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'assessment.put',
      objectType: 'assessment',
      objectId: `${programId}/${user.id}`,
      before: before ?? null,
      after,
    })
  })
  return getAssessment(db, user, programId)
}

/** Each assessor's own marks and notes on the programs (the evaluation XLSX lists them). */
export const listAssessorMarks = (db: Kysely<Database>, programIds: number[]) =>
  repo.listAssessorMarks(db, programIds)

export type { AssessorMarks } from './repository'
