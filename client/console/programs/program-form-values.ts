// The program form's values (strings, as inputs hold them) and their conversion into the API's
// create and update bodies.
import type { Program, ProgramChanges, ProgramInput } from '../api/programs'

export interface ProgramFormValues {
  regionId: string
  agencyId: string
  dimension: string
  element: string
  year: string
  name: string
  descriptionId: string
  descriptionEn: string
  targetPopulation: string
}

export function formValuesOf(program?: Program): ProgramFormValues {
  return {
    regionId: program ? String(program.regionId) : '',
    agencyId: program ? String(program.agencyId) : '',
    dimension: program?.dimension ?? '',
    element: program?.element ?? '',
    year: String(program?.year ?? new Date().getFullYear()),
    name: program?.name ?? '',
    descriptionId: program?.description.id ?? '',
    descriptionEn: program?.description.en ?? '',
    targetPopulation: program?.targetPopulation == null ? '' : String(program.targetPopulation),
  }
}

/** A whole number typed by the user; anything else is sent as is, for the server to explain. */
function whole(value: string): number {
  const trimmed = value.trim().replace(/[.\s]/g, '')
  return trimmed === '' ? NaN : Number(trimmed)
}

export function programInputOf(v: ProgramFormValues): ProgramInput {
  return {
    regionId: whole(v.regionId),
    agencyId: whole(v.agencyId),
    dimension: v.dimension as ProgramInput['dimension'],
    element: v.element,
    year: whole(v.year),
    name: v.name.trim(),
    description: { id: v.descriptionId.trim(), en: v.descriptionEn.trim() || null },
    targetPopulation: v.targetPopulation.trim() === '' ? null : whole(v.targetPopulation),
  }
}

/** Only what changed, so an owner's save never touches fields they did not edit. */
export function programChangesOf(before: Program, v: ProgramFormValues): ProgramChanges {
  const next = programInputOf(v)
  const changes: ProgramChanges = {}
  if (next.regionId !== before.regionId) changes.regionId = next.regionId
  if (next.agencyId !== before.agencyId) changes.agencyId = next.agencyId
  if (next.dimension !== before.dimension) changes.dimension = next.dimension
  if (next.element !== before.element) changes.element = next.element
  if (next.year !== before.year) changes.year = next.year
  if (next.name !== before.name) changes.name = next.name
  if (
    next.description.id !== before.description.id ||
    (next.description.en ?? null) !== before.description.en
  ) {
    changes.description = next.description
  }
  if ((next.targetPopulation ?? null) !== before.targetPopulation)
    changes.targetPopulation = next.targetPopulation
  return changes
}

/** Messages for required fields left empty, keyed like the server's field paths. */
export function missingFields(v: ProgramFormValues, message: string): Record<string, string> {
  const empty: Record<string, boolean> = {
    regionId: !v.regionId,
    agencyId: !v.agencyId,
    dimension: !v.dimension,
    element: !v.element,
    year: !v.year.trim(),
    name: !v.name.trim(),
    'description.id': !v.descriptionId.trim(),
  }
  return Object.fromEntries(
    Object.entries(empty)
      .filter(([, e]) => e)
      .map(([k]) => [k, message]),
  )
}
