// Kysely's view of the database: one interface per table, the single source of truth for row
// types. Times are ISO-8601 UTC strings; booleans are 0/1 integers (portable to PostgreSQL).
import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

export interface RegionTable {
  id: Generated<number>
  /** Kemendagri code, e.g. `63.71` for Kota Banjarmasin. */
  code: string
  name: string
  kind: 'kota' | 'kabupaten'
  province: string
  created_at: string
}

export interface KecamatanTable {
  id: Generated<number>
  region_id: number
  /** Kemendagri code, e.g. `63.71.01`. */
  code: string
  name: string
}

export interface AgencyTable {
  id: Generated<number>
  region_id: number
  code: string
  name: string
  created_at: string
}

export interface ProgramTable {
  id: Generated<number>
  region_id: number
  agency_id: number
  dimension: string
  element: string
  year: number
  name: string
  description_id: string
  description_en: string | null
  target_population: number | null
  created_at: string
  updated_at: string
}

export type Role = 'admin' | 'owner' | 'evaluator'

export interface UserTable {
  id: Generated<number>
  email: string
  name: string
  password_hash: string
  role: Role
  agency_id: number | null
  region_id: number | null
  active: number
  created_at: string
  updated_at: string
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string
  user_id: number
  created_at: string
  expires_at: string
}

export interface AuditEventTable {
  id: Generated<number>
  at: string
  user_id: number | null
  action: string
  object_type: string
  object_id: string | null
  before: string | null
  after: string | null
}

export interface Database {
  regions: RegionTable
  kecamatan: KecamatanTable
  agencies: AgencyTable
  programs: ProgramTable
  users: UserTable
  sessions: SessionTable
  audit_events: AuditEventTable
}

export type RegionRow = Selectable<RegionTable>
export type AgencyRow = Selectable<AgencyTable>
export type ProgramRow = Selectable<ProgramTable>
export type NewProgram = Insertable<ProgramTable>
export type ProgramUpdate = Updateable<ProgramTable>
export type UserRow = Selectable<UserTable>
