// Regions are added by picking a kabupaten/kota from the official Kemendagri list; its
// kecamatan come with it. Staff other than admins see their own region only.
import type { Kysely } from 'kysely'
import type { AppDeps } from '../../deps'
import { isTimeZone, timeZoneOfProvince } from '../../domain/calendar'
import type { Database, RegionRow } from '../../../db/database'
import { AppError, fieldIssue, said } from '../../http/app-error'
import type { SessionUser } from '../../http/context'
import { provinceOf, regionFilterOf, type RegionFilter } from '../../http/region-scope'
import { recordAudit } from '../audit/service'
import { findRegency, listDistricts, listProvinces, listRegencies } from './area-data'
import * as repo from './repository'

export function toRegion(row: RegionRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    province: row.province,
    provinceCode: provinceOf(row.code),
    timeZone: row.time_zone,
  }
}

/** Titles the all-caps official names the way the console shows them ("Kota Banjarmasin"). */
function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name
    .toLowerCase()
    .replace(/(^|[\s(-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
}

/** Adds the kabupaten/kota with Kemendagri code `code` and its kecamatan; audited. */
export async function addRegionFromCode(
  db: Kysely<Database>,
  actorId: number | null,
  code: string,
  now: Date,
) {
  const regency = findRegency(code)
  if (!regency) {
    throw AppError.invalid([fieldIssue('code', 'region.unknown-code', { code })])
  }
  if (await repo.findRegionByCode(db, code)) {
    throw new AppError('conflict', said('region.set-up', { code, name: regency.name }))
  }
  return db.transaction().execute(async (trx) => {
    const kecamatan = listDistricts(code).map((d) => ({ code: d.code, name: displayName(d.name) }))
    const region = {
      code,
      name: displayName(regency.name),
      kind: regency.kind,
      province: displayName(regency.province.name),
      timeZone: timeZoneOfProvince(code),
      createdAt: now.toISOString(),
    }
    const id = await repo.insertRegion(trx, region, kecamatan)
    const created = { id, ...region, kecamatanCount: kecamatan.length }
    await recordAudit(trx, now, {
      userId: actorId,
      action: 'region.create',
      objectType: 'region',
      objectId: id,
      after: created,
    })
    return {
      id,
      code,
      name: region.name,
      kind: region.kind,
      province: region.province,
      provinceCode: provinceOf(code),
      timeZone: region.timeZone,
      kecamatan,
    }
  })
}

/**
 * Changes a region's time zone (admin): its responses move to their calendar day in the new zone
 * and their aggregates are rebuilt (by the response writer, which owns the sums). Audited.
 */
export async function changeRegionTimeZone(
  deps: Pick<AppDeps, 'db' | 'responses' | 'now'>,
  user: SessionUser,
  id: number,
  timeZone: string,
) {
  if (user.role !== 'admin') throw AppError.forbidden(said('region.change-forbidden'))
  if (!isTimeZone(timeZone)) {
    throw AppError.invalid([fieldIssue('timeZone', 'time-zone.format')])
  }
  const before = await repo.findRegionById(deps.db, id)
  if (!before) throw AppError.notFound('region')
  if (before.time_zone !== timeZone) {
    await deps.db.transaction().execute(async (trx) => {
      await repo.updateRegionTimeZone(trx, id, timeZone)
      await recordAudit(trx, deps.now(), {
        userId: user.id,
        action: 'region.time_zone',
        objectType: 'region',
        objectId: id,
        before: { timeZone: before.time_zone },
        after: { timeZone },
      })
    })
    await deps.responses.rebucketRegion(id, timeZone)
  }
  return (await listRegions(deps.db, user)).find((r) => r.id === id)!
}

/** The region with this id (without kecamatan), for other features' existence checks. */
export async function findRegion(db: Kysely<Database>, id: number) {
  const row = await repo.findRegionById(db, id)
  return row && toRegion(row)
}

/** The region with this Kemendagri code, if it is set up. */
export async function findRegionByCode(db: Kysely<Database>, code: string) {
  const row = await repo.findRegionByCode(db, code)
  return row && toRegion(row)
}

/** The province of the official list with this code (`63`), with its display name. */
export function findAreaProvince(code: string) {
  const province = listProvinces().find((p) => p.code === code)
  return province && { code: province.code, name: displayName(province.name) }
}

/** The regions a filter names, by name (for comparisons and pickers); kecamatan not included. */
export async function listRegionsIn(db: Kysely<Database>, filter: RegionFilter) {
  if (filter === null) return []
  return (await repo.listRegionRowsIn(db, filter)).map(toRegion)
}

/**
 * Admins see every region; owners their agency's; evaluators those of their scope (a region, a
 * province, or all); none without one.
 */
export async function listRegions(db: Kysely<Database>, user: SessionUser) {
  const filter = regionFilterOf(user)
  if (filter === null) return []
  const rows = await repo.listRegionRowsIn(db, filter)
  const kecamatan = await repo.listKecamatanOfRegions(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((row) => ({
    ...toRegion(row),
    kecamatan: kecamatan
      .filter((k) => k.region_id === row.id)
      .map((k) => ({ code: k.code, name: k.name })),
  }))
}

/** Provinces of the official list, for the region picker. */
export function listAreaProvinces() {
  return listProvinces().map((p) => ({ code: p.code, name: displayName(p.name) }))
}

/** The kabupaten/kota of a province, each marked `added` when it is already set up. */
export async function listAreaRegencies(db: Kysely<Database>, provinceCode: string) {
  if (!listProvinces().some((p) => p.code === provinceCode)) {
    throw AppError.invalid([
      fieldIssue('query.province', 'province.unknown-code', { code: provinceCode }),
    ])
  }
  const added = new Set(await repo.listRegionCodes(db))
  return listRegencies(provinceCode).map((r) => ({
    code: r.code,
    name: displayName(r.name),
    kind: r.kind,
    added: added.has(r.code),
  }))
}
