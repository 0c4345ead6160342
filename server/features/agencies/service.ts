// Agencies: listed within the caller's scope, created by admins inside an existing region.
// `findAgency` is how other features check that an agency exists and where it belongs.
import type { Kysely } from 'kysely'
import type { AgencyRow, Database } from '../../../db/database'
import { AppError } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { recordAudit } from '../audit/service'
import { findRegion } from '../regions/service'
import * as repo from './repository'
import type { CreateAgencyInput } from './schemas'

export interface Agency {
  id: number
  regionId: number
  code: string
  name: string
  createdAt: string
}

export function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    regionId: row.region_id,
    code: row.code,
    name: row.name,
    createdAt: row.created_at,
  }
}

export async function findAgency(db: Kysely<Database>, id: number): Promise<Agency | undefined> {
  const row = await repo.findAgencyById(db, id)
  return row && toAgency(row)
}

/** Admins see every agency; owners their own; evaluators those of their region. */
export async function listAgencies(
  db: Kysely<Database>,
  user: SessionUser,
  filter: { regionId?: number },
): Promise<Agency[]> {
  let scope: { regionId?: number; agencyId?: number }
  if (user.role === 'admin') scope = {}
  else if (user.role === 'owner' && user.agencyId !== null) scope = { agencyId: user.agencyId }
  else if (user.role === 'evaluator' && user.regionId !== null) scope = { regionId: user.regionId }
  else return []
  if (filter.regionId !== undefined) {
    if (scope.regionId !== undefined && scope.regionId !== filter.regionId) return []
    scope = { ...scope, regionId: filter.regionId }
  }
  return (await repo.listAgencyRows(db, scope)).map(toAgency)
}

/** Adds an agency to a region; its code is unique within the region. Audited. */
export async function createAgency(
  db: Kysely<Database>,
  actor: SessionUser,
  input: CreateAgencyInput,
  now: Date,
): Promise<Agency> {
  return db.transaction().execute(async (trx) => {
    if (!(await findRegion(trx, input.regionId))) {
      throw AppError.invalid([{ path: 'regionId', message: 'No region has this id.' }])
    }
    if (await repo.findAgencyByCode(trx, input.regionId, input.code)) {
      throw new AppError(
        'conflict',
        `The region already has an agency with the code ${input.code}.`,
      )
    }
    const values = { ...input, name: input.name.trim(), createdAt: now.toISOString() }
    const id = await repo.insertAgency(trx, values)
    const agency: Agency = { id, ...values }
    await recordAudit(trx, now, {
      userId: actor.id,
      action: 'agency.create',
      objectType: 'agency',
      objectId: id,
      after: agency,
    })
    return agency
  })
}
