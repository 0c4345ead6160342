// Regions are added by picking a kabupaten/kota from the official Kemendagri list; its
// kecamatan come with it.
import type { Kysely } from 'kysely'
import type { Database, RegionRow } from '../../../db/database'
import { AppError } from '../../http/app-error'
import { recordAudit } from '../audit/repository'
import { findRegency, listDistricts } from './area-data'
import * as repo from './repository'

export function toRegion(row: RegionRow) {
  return { id: row.id, code: row.code, name: row.name, kind: row.kind, province: row.province }
}

/** Titles the all-caps official names the way the console shows them ("Kota Banjarmasin"). */
function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
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
    throw AppError.invalid([{ path: 'code', message: `No kabupaten/kota has the Kemendagri code ${code}.` }])
  }
  if (await repo.findRegionByCode(db, code)) {
    throw new AppError('conflict', `The region ${code} (${regency.name}) is already set up.`)
  }
  return db.transaction().execute(async (trx) => {
    const kecamatan = listDistricts(code).map((d) => ({ code: d.code, name: displayName(d.name) }))
    const region = {
      code,
      name: displayName(regency.name),
      kind: regency.kind,
      province: displayName(regency.province.name),
      createdAt: now.toISOString(),
    }
    const id = await repo.insertRegion(trx, region, kecamatan)
    const created = { id, ...region, kecamatanCount: kecamatan.length }
    await recordAudit(trx, now, { userId: actorId, action: 'region.create', objectType: 'region', objectId: id, after: created })
    return { id, code, name: region.name, kind: region.kind, province: region.province, kecamatan }
  })
}
