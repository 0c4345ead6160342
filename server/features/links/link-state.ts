// Whether a share link takes responses right now, and which published version it serves. Pure:
// the console shows the state, the public form and submissions enforce it.

export type LinkState = 'open' | 'not_open' | 'closed' | 'capped' | 'inactive' | 'unpublished'

/** What decides a link's state; times are ISO-8601 strings. */
export interface LinkLimits {
  active: boolean
  opensAt: string | null
  closesAt: string | null
  maxResponses: number | null
  responseCount: number
}

/**
 * The state of a link at `now`. The first rule that applies wins: switched off (`inactive`),
 * nothing published (`unpublished`), before `opensAt` (`not_open`), at or after `closesAt`
 * (`closed`), `maxResponses` reached (`capped`); otherwise `open`.
 */
export function linkState(link: LinkLimits, now: Date, hasPublishedVersion: boolean): LinkState {
  if (!link.active) return 'inactive'
  if (!hasPublishedVersion) return 'unpublished'
  const t = now.getTime()
  if (link.opensAt !== null && t < Date.parse(link.opensAt)) return 'not_open'
  if (link.closesAt !== null && t >= Date.parse(link.closesAt)) return 'closed'
  if (link.maxResponses !== null && link.responseCount >= link.maxResponses) return 'capped'
  return 'open'
}

/**
 * The version a link serves: the pinned one when the link is pinned, else the latest published
 * version (highest number); null when there is none.
 */
export function resolveServedVersion<V extends { id: number; version: number }>(
  link: { pinnedVersionId: number | null },
  versions: readonly V[],
): V | null {
  if (link.pinnedVersionId !== null) {
    return versions.find((v) => v.id === link.pinnedVersionId) ?? null
  }
  let latest: V | null = null
  for (const v of versions) if (latest === null || v.version > latest.version) latest = v
  return latest
}
