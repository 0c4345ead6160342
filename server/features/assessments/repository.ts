// Assessments: one row per program and evaluator, marks and notes stored as JSON.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'

export interface AssessmentRecord {
  programId: number
  evaluatorId: number
  marks: Record<string, number>
  notes: Record<string, string>
  updatedAt: string
}

type Row = Database['assessments']

const toRecord = (row: Row): AssessmentRecord => ({
  programId: row.program_id,
  evaluatorId: row.evaluator_id,
  marks: JSON.parse(row.marks) as Record<string, number>,
  notes: JSON.parse(row.notes) as Record<string, string>,
  updatedAt: row.updated_at,
})

export async function listAssessments(
  db: Kysely<Database>,
  programIds: number[],
): Promise<AssessmentRecord[]> {
  if (programIds.length === 0) return []
  const rows = await db
    .selectFrom('assessments')
    .selectAll()
    .where('program_id', 'in', programIds)
    .orderBy('program_id')
    .orderBy('evaluator_id')
    .execute()
  return rows.map(toRecord)
}

export async function findAssessment(db: Kysely<Database>, programId: number, evaluatorId: number) {
  const row = await db
    .selectFrom('assessments')
    .selectAll()
    .where('program_id', '=', programId)
    .where('evaluator_id', '=', evaluatorId)
    .executeTakeFirst()
  return row && toRecord(row)
}

export async function saveAssessment(db: Kysely<Database>, record: AssessmentRecord) {
  const values = {
    marks: JSON.stringify(record.marks),
    notes: JSON.stringify(record.notes),
    updated_at: record.updatedAt,
  }
  await db
    .insertInto('assessments')
    .values({ program_id: record.programId, evaluator_id: record.evaluatorId, ...values })
    .onConflict((oc) => oc.columns(['program_id', 'evaluator_id']).doUpdateSet(values))
    .execute()
}

/** Each assessor's marks and notes on the given programs, with the assessor's name. */
export async function listAssessorMarks(db: Kysely<Database>, programIds: number[]) {
  if (programIds.length === 0) return []
  const rows = await db
    .selectFrom('assessments as a')
    .innerJoin('users as u', 'u.id', 'a.evaluator_id')
    .select(['a.program_id', 'a.evaluator_id', 'u.name', 'a.marks', 'a.notes', 'a.updated_at'])
    .where('a.program_id', 'in', programIds)
    .orderBy('a.program_id')
    .orderBy('u.name')
    .execute()
  return rows.map((row) => ({
    programId: row.program_id,
    assessorId: row.evaluator_id,
    assessor: row.name,
    marks: JSON.parse(row.marks) as Record<string, number>,
    notes: JSON.parse(row.notes) as Record<string, string>,
    updatedAt: row.updated_at,
  }))
}

export type AssessorMarks = Awaited<ReturnType<typeof listAssessorMarks>>[number]
