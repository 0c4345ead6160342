// Which regions a staff user reads, in one place: admins every region, owners their agency's
// region, evaluators the region, province or country an admin assigned them. A province is the
// first segment of the Kemendagri region code (`63` for `63.71` Kota Banjarmasin). Fails closed:
// an evaluator without a scope, or an unknown role, reads no region.
import type { SessionUser } from './context'

/** A filter on regions: every region ({}), one region, one province, or none (null). */
export type RegionFilter = { regionId?: number; provinceCode?: string } | null

/** The province code of a region code: `63.71` -> `63`. */
export const provinceOf = (regionCode: string) => regionCode.split('.')[0]!

/** The regions `user` reads as a filter. */
export function regionFilterOf(user: SessionUser): RegionFilter {
  if (user.role === 'admin') return {}
  if (user.role === 'owner') return user.regionId === null ? null : { regionId: user.regionId }
  if (user.role !== 'evaluator' || !user.scope) return null
  if (user.scope.kind === 'national') return {}
  if (user.scope.kind === 'province') return { provinceCode: user.scope.code }
  return user.regionId === null ? null : { regionId: user.regionId }
}

/** Whether `user` reads the region with this id and code. */
export function readsRegion(user: SessionUser, region: { id: number; code: string }): boolean {
  const filter = regionFilterOf(user)
  if (filter === null) return false
  if (filter.regionId !== undefined && filter.regionId !== region.id) return false
  if (filter.provinceCode !== undefined && provinceOf(region.code) !== filter.provinceCode)
    return false
  return true
}

/** The narrower of the user's filter and a requested one (null when they do not meet). */
export function narrowRegionFilter(
  filter: RegionFilter,
  asked: { regionId?: number; provinceCode?: string },
): RegionFilter {
  if (filter === null) return null
  if (
    asked.provinceCode !== undefined &&
    filter.provinceCode !== undefined &&
    asked.provinceCode !== filter.provinceCode
  )
    return null
  if (
    asked.regionId !== undefined &&
    filter.regionId !== undefined &&
    asked.regionId !== filter.regionId
  )
    return null
  return {
    ...filter,
    ...(asked.regionId !== undefined ? { regionId: asked.regionId } : {}),
    ...(asked.provinceCode !== undefined ? { provinceCode: asked.provinceCode } : {}),
  }
}

/** Words for the 403 an evaluator gets outside their scope. */
export function scopeWords(user: SessionUser): { scope: string; code?: string } {
  const scope = user.scope
  if (!scope) return { scope: 'scope-words.none' }
  if (scope.kind === 'national') return { scope: 'scope-words.national' }
  if (scope.kind === 'province') return { scope: 'scope-words.province', code: scope.code ?? '' }
  return { scope: 'scope-words.region' }
}
