// Programs and who may see or change them: admins everything, owners their own agency's programs,
// evaluators read those of their scope (a region, a province or all). Other features check access to a program through
// `getProgramForRead` / `getProgramForWrite`.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import { findDimension } from '../../domain/reference'
import { AppError, fieldIssue, said, type FieldIssue } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import {
  narrowRegionFilter,
  readsRegion,
  regionFilterOf,
  scopeWords,
} from '../../http/region-scope'
import { findAgency } from '../agencies/service'
import { recordAudit } from '../audit/service'
import { findRegion } from '../regions/service'
import * as repo from './repository'
import type { CreateProgramInput, UpdateProgramInput } from './schemas'
import type { CodedMessage } from '../../domain/messages'

export function toProgram(row: repo.ProgramDetailRow) {
  return {
    id: row.id,
    regionId: row.region_id,
    agencyId: row.agency_id,
    agencyCode: row.agency_code,
    agencyName: row.agency_name,
    dimension: row.dimension,
    element: row.element,
    year: row.year,
    name: row.name,
    description: { id: row.description_id, en: row.description_en },
    targetPopulation: row.target_population,
    /** The IANA zone of the program's region: its calendar days, periods and times. */
    timeZone: row.time_zone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export type Program = ReturnType<typeof toProgram>

/** What a user may read: everything (admin), one agency (owner), the evaluator's scope, or nothing. */
function readScope(
  user: SessionUser,
): Pick<repo.ProgramFilter, 'agencyId' | 'regionId' | 'provinceCode'> | null {
  if (user.role === 'owner') return user.agencyId === null ? null : { agencyId: user.agencyId }
  return regionFilterOf(user)
}

function outOfScope(user: SessionUser): CodedMessage {
  if (user.role === 'owner') return said('program.other-agency')
  if (user.role === 'evaluator') return said('program.out-of-scope', scopeWords(user))
  return said('program.out-of-reach')
}

/**
 * The program `id` if `user` may read it. An unknown id answers 404; a program outside the
 * user's scope (another agency's, another region's) answers 403, so an owner is told plainly that
 * the program is not theirs. Quick-win programs are public, so their existence is no secret;
 * nothing of the program is in the answer.
 */
export async function getProgramForRead(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
): Promise<Program> {
  const row = await repo.findProgramRow(db, id)
  if (row === undefined) throw AppError.notFound('program')
  const scope = readScope(user)
  const visible =
    scope !== null &&
    (scope.agencyId === undefined || scope.agencyId === row.agency_id) &&
    readsRegion(user, { id: row.region_id, code: row.region_code })
  if (!visible) throw AppError.forbidden(outOfScope(user))
  return toProgram(row)
}

/**
 * The programs that continue `program` over the years: those of its region with the same name
 * (case and spacing aside), by year, itself included. Access to `program` is checked by the caller.
 */
export async function listContinuations(db: Kysely<Database>, program: Program) {
  return (await repo.listSameNamedRows(db, program.regionId, program.name)).map(toProgram)
}

/** The program `id` without an access check, for public pages of published results. */
export async function findProgram(db: Kysely<Database>, id: number): Promise<Program | undefined> {
  const row = await repo.findProgramRow(db, id)
  return row && toProgram(row)
}

/** The program `id` if `user` may change it (and what hangs off it): admins, and owners of its agency. */
export async function getProgramForWrite(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
): Promise<Program> {
  if (user.role !== 'admin' && user.role !== 'owner') {
    throw AppError.forbidden(said('program.change-forbidden'))
  }
  return getProgramForRead(db, user, id)
}

export async function listPrograms(
  db: Kysely<Database>,
  user: SessionUser,
  filter: repo.ProgramFilter,
  page: { limit: number; offset: number },
) {
  const scope = readScope(user)
  const regions = scope && narrowRegionFilter(scope, filter)
  const outside =
    scope === null ||
    regions === null ||
    (scope.agencyId !== undefined &&
      filter.agencyId !== undefined &&
      filter.agencyId !== scope.agencyId)
  if (outside) return { items: [] as Program[], total: 0, ...page }
  const f = { ...filter, ...scope, ...regions }
  const [rows, total] = await Promise.all([
    repo.listProgramRows(db, f, page),
    repo.countPrograms(db, f),
  ])
  return { items: rows.map(toProgram), total, ...page }
}

type Placement = Pick<Program, 'regionId' | 'agencyId' | 'dimension' | 'element'>

/** The element belongs to the dimension, the region exists and the agency is one of its own. */
async function checkPlacement(db: Kysely<Database>, p: Placement): Promise<void> {
  const errors: FieldIssue[] = []
  const elements = findDimension(p.dimension)?.elements.map((e) => e.code) ?? []
  if (!elements.includes(p.element)) {
    errors.push(
      fieldIssue('element', 'program.element-outside', {
        elements: elements.join(', '),
        dimension: p.dimension,
      }),
    )
  }
  const region = await findRegion(db, p.regionId)
  if (!region) errors.push(fieldIssue('regionId', 'region.unknown-id'))
  const agency = await findAgency(db, p.agencyId)
  if (!agency) errors.push(fieldIssue('agencyId', 'agency.unknown-id'))
  else if (region && agency.regionId !== region.id) {
    errors.push(
      fieldIssue('agencyId', 'agency.other-region', { agency: agency.code, region: region.name }),
    )
  }
  if (errors.length > 0) throw AppError.invalid(errors)
}

/** One agency does not run two programs of the same name in one year (a later year continues it). */
async function refuseSameName(
  db: Kysely<Database>,
  p: { regionId: number; agencyId: number; year: number; name: string },
  self?: number,
): Promise<void> {
  const same = (await repo.listSameNamedRows(db, p.regionId, p.name)).find(
    (row) => row.agency_id === p.agencyId && row.year === p.year && row.id !== self,
  )
  if (same) {
    throw new AppError('conflict', said('program.same-name', { name: same.name, year: p.year }), [
      fieldIssue('name', 'program.name-taken'),
    ])
  }
}

function refuseOtherAgency(user: SessionUser, agencyId: number | undefined): void {
  if (user.role === 'owner' && agencyId !== undefined && agencyId !== user.agencyId) {
    throw AppError.forbidden(said('program.own-agency-only'))
  }
}

export async function createProgram(
  db: Kysely<Database>,
  user: SessionUser,
  input: CreateProgramInput,
  now: Date,
): Promise<Program> {
  if (user.role !== 'admin' && user.role !== 'owner') {
    throw AppError.forbidden(said('program.add-forbidden'))
  }
  refuseOtherAgency(user, input.agencyId)
  return db.transaction().execute(async (trx) => {
    await checkPlacement(trx, input)
    await refuseSameName(trx, input)
    const at = now.toISOString()
    const id = await repo.insertProgram(trx, {
      region_id: input.regionId,
      agency_id: input.agencyId,
      dimension: input.dimension,
      element: input.element,
      year: input.year,
      name: input.name.trim(),
      description_id: input.description.id,
      description_en: input.description.en ?? null,
      target_population: input.targetPopulation ?? null,
      created_at: at,
      updated_at: at,
    })
    const program = toProgram((await repo.findProgramRow(trx, id))!)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'program.create',
      objectType: 'program',
      objectId: id,
      after: program,
    })
    return program
  })
}

/** Changes the fields sent; the result must satisfy the same rules as a new program. Audited. */
export async function updateProgram(
  db: Kysely<Database>,
  user: SessionUser,
  id: number,
  input: UpdateProgramInput,
  now: Date,
): Promise<Program> {
  return db.transaction().execute(async (trx) => {
    const before = await getProgramForWrite(trx, user, id)
    refuseOtherAgency(user, input.agencyId)
    await checkPlacement(trx, {
      regionId: input.regionId ?? before.regionId,
      agencyId: input.agencyId ?? before.agencyId,
      dimension: input.dimension ?? before.dimension,
      element: input.element ?? before.element,
    })
    await refuseSameName(
      trx,
      {
        regionId: input.regionId ?? before.regionId,
        agencyId: input.agencyId ?? before.agencyId,
        year: input.year ?? before.year,
        name: input.name ?? before.name,
      },
      id,
    )
    await repo.updateProgramRow(trx, id, {
      region_id: input.regionId,
      agency_id: input.agencyId,
      dimension: input.dimension,
      element: input.element,
      year: input.year,
      name: input.name?.trim(),
      ...(input.description
        ? { description_id: input.description.id, description_en: input.description.en ?? null }
        : {}),
      ...(input.targetPopulation !== undefined
        ? { target_population: input.targetPopulation }
        : {}),
      updated_at: now.toISOString(),
    })
    const after = toProgram((await repo.findProgramRow(trx, id))!)
    await recordAudit(trx, now, {
      userId: user.id,
      action: 'program.update',
      objectType: 'program',
      objectId: id,
      before,
      after,
    })
    return after
  })
}
