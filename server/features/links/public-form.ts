// What the public form and submissions need from a slug: the link, its questionnaire and program,
// the version it serves (frozen, so parsed once and cached) and the link's state now.
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/database'
import type { Definition } from '../../domain/questionnaire'
import { linkState, resolveServedVersion, type LinkState } from './link-state'
import * as repo from './repository'

export interface OpenForm {
  link: repo.LinkRecord
  questionnaire: { id: number; programId: number; title: string; template: string }
  program: { id: number; name: string; regionId: number; timeZone: string }
  /** The served version; null only when nothing is published (state `unpublished`). */
  version: { id: number; version: number; definition: Definition } | null
  state: LinkState
}

/** The link with this slug, or null. */
export async function findLinkBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<repo.LinkRecord | null> {
  return (await repo.findLinkRecordBySlug(db, slug)) ?? null
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}

/**
 * Parsed definitions by version id. Versions never change, but ids repeat across databases
 * (tests), so an entry is used only when its stored JSON is the same string.
 */
const parsed = new Map<number, { json: string; definition: Definition }>()

function parseFrozen(id: number, json: string): Definition {
  const hit = parsed.get(id)
  if (hit && hit.json === json) return hit.definition
  if (parsed.size >= 500) parsed.delete(parsed.keys().next().value!)
  const definition = deepFreeze(JSON.parse(json) as Definition)
  parsed.set(id, { json, definition })
  return definition
}

/**
 * The form behind `slug` and the link's state at `now`, or null for an unknown slug. The
 * definition is deeply frozen and shared between calls: never mutate it.
 */
export async function findOpenFormBySlug(
  db: Kysely<Database>,
  slug: string,
  now: Date,
): Promise<OpenForm | null> {
  const link = await repo.findLinkRecordBySlug(db, slug)
  if (!link) return null
  const context = await repo.findLinkContext(db, link.questionnaireId)
  if (!context) return null
  const served = resolveServedVersion(link, await repo.listVersionNumbers(db, link.questionnaireId))
  const row = served && (await repo.findVersionDefinition(db, served.id))
  const version = row
    ? { id: row.id, version: row.version, definition: parseFrozen(row.id, row.definition) }
    : null
  return {
    link,
    questionnaire: {
      id: context.questionnaireId,
      programId: context.programId,
      title: context.title,
      template: context.template,
    },
    program: {
      id: context.programId,
      name: context.programName,
      regionId: context.regionId,
      timeZone: context.timeZone,
    },
    version,
    state: linkState(link, now, version !== null),
  }
}
