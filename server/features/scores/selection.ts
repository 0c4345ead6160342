// The score's selection: the analytics' filters (aggregates/read/selection.ts) over the program's
// questionnaires, and a period that is the program's year unless a year or a day range is asked.
import { chosenQuestionnaire, parseSelection, type Selection } from '../aggregates/read/selection'
import type { Program } from '../programs/service'
import type { CatalogQuestionnaire } from '../questionnaires/catalog'
import type { ScoreQuery } from './schemas'

/** The whole calendar year of `year`. */
export function yearPeriod(year: number) {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** The selection of a score query; 422 with `query.*` paths when it names what the program lacks. */
export function scoreSelection(
  query: ScoreQuery,
  program: Program,
  all: CatalogQuestionnaire[],
): { selection: Selection; questionnaires: CatalogQuestionnaire[] } {
  const chosen = chosenQuestionnaire(query, all)
  const questionnaires = chosen === undefined ? all : all.filter((q) => q.id === chosen)
  const selection = parseSelection(query, questionnaires, chosen)
  if (query.from === undefined && query.to === undefined) {
    Object.assign(
      selection,
      yearPeriod(query.year !== undefined ? Number(query.year) : program.year),
    )
  }
  return { selection, questionnaires }
}
