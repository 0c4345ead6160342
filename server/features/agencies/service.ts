// Agencies: listed within the caller's scope, created by admins inside an existing region.
// `findAgency` is how other features check that an agency exists and where it belongs.
import type { Kysely } from 'kysely'
import type { AgencyRow, Database } from '../../../db/database'
import { AppError, fieldIssue, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { narrowRegionFilter, regionFilterOf } from '../../http/region-scope'
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

/** Admins see every agency; owners their own; evaluators those of the regions of their scope. */
export async function listAgencies(
  db: Kysely<Database>,
  user: SessionUser,
  filter: { regionId?: number },
): Promise<Agency[]> {
  if (user.role === 'owner') {
    if (user.agencyId === null) return []
    const own = await repo.listAgencyRows(db, { agencyId: user.agencyId })
    return own
      .filter((a) => filter.regionId === undefined || a.region_id === filter.regionId)
      .map(toAgency)
  }
  const regions = narrowRegionFilter(regionFilterOf(user), filter)
  if (regions === null) return []
  return (await repo.listAgencyRows(db, regions)).map(toAgency)
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
      throw AppError.invalid([fieldIssue('regionId', 'region.unknown-id')])
    }
    if (await repo.findAgencyByCode(trx, input.regionId, input.code)) {
      throw new AppError('conflict', said('agency.code-taken', { code: input.code }))
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
