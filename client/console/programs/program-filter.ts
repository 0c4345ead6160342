// The program filters as they live in the URL (?region=&year=&dimension=&agency=&q=&page=) and
// their translation into the API's query.
import type { ProgramQuery } from '../api/programs'

export const PAGE_SIZE = 100

export interface ProgramFilterParams {
  region?: string
  year?: string
  dimension?: string
  agency?: string
  q?: string
  page?: string
}

const DIGITS = /^\d+$/

/** Drops malformed values, so a hand-edited URL gives a list rather than a 422. */
export function programQueryFrom(params: Partial<ProgramFilterParams>): ProgramQuery {
  const page = DIGITS.test(params.page ?? '') ? Math.max(1, Number(params.page)) : 1
  const query: ProgramQuery = { limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) }
  if (DIGITS.test(params.region ?? '')) query.regionId = params.region
  if (DIGITS.test(params.agency ?? '')) query.agencyId = params.agency
  if (/^\d{4}$/.test(params.year ?? '')) query.year = params.year
  if (params.dimension) query.dimension = params.dimension as ProgramQuery['dimension']
  const q = params.q?.trim()
  if (q) query.q = q.slice(0, 100)
  return query
}

/** Years offered in the filter and the form: next year back to 2015. */
export function selectableYears(): number[] {
  const last = new Date().getFullYear() + 1
  return Array.from({ length: last - 2015 + 1 }, (_, i) => last - i)
}
