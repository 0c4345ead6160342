// Finds a dimension's or an element's bilingual name in the /api/dimensions list.
import type { Dimension } from '../api/reference'

export function findDimensionIn(dimensions: readonly Dimension[] | undefined, code: string) {
  return dimensions?.find((d) => d.code === code)
}

export function findElementIn(dimensions: readonly Dimension[] | undefined, code: string) {
  const dimension = findDimensionIn(dimensions, code.split('.')[0] ?? '')
  return dimension?.elements.find((e) => e.code === code)
}
