// Row types of what comes after measuring: follow-up plans and public results (published
// programs, approved comments). They join Kysely's Database (database.ts) by declaration merging,
// so that file stays within the 300 lines a source file may have.
import type { Generated } from 'kysely'

declare module './database' {
  interface Database {
    follow_ups: FollowUpTable
    program_publications: ProgramPublicationTable
    public_comments: PublicCommentTable
  }
}

export type FollowUpStatus = 'rencana' | 'berjalan' | 'selesai'

export interface FollowUpTable {
  id: Generated<number>
  program_id: number
  /** 'skm': an SKM element (U1..U9); 'impact': a criterion of the program's questionnaires. */
  target_kind: 'skm' | 'impact'
  target_code: string
  action: string
  /** The responsible unit (e.g. Bidang Pelayanan). */
  unit: string
  /** Target quarter, e.g. 2025-Q1. */
  due_quarter: string
  status: FollowUpStatus
  /** Evidence notes. */
  notes: string
  /** The calendar day the status last became selesai; null while not finished. */
  finished_on: string | null
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
}

export interface ProgramPublicationTable {
  program_id: number
  published: number
  /** When the results were last published; kept when unpublished. */
  published_at: string | null
  updated_at: string
  updated_by: number | null
}

/** A free-text answer the owner approved for the public results page. */
export interface PublicCommentTable {
  response_id: number
  code: string
  program_id: number
  approved_at: string
  approved_by: number | null
}
