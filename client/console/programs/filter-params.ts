// The program filters as URL search params. Changes made while an earlier one is still loading
// build on it (the router updates the URL only when the new page's data is in), so picking a
// region and then a year on a slow connection keeps both.
import { useLocation, useSearchParams } from '@solidjs/router'
import { createEffect, on } from 'solid-js'
import type { ProgramFilterParams } from './program-filter'

export type FilterChanges = Partial<Record<keyof ProgramFilterParams, string | undefined>>

export function useProgramFilterParams() {
  const [params, setParams] = useSearchParams<Partial<ProgramFilterParams>>()
  const location = useLocation()
  let intended: FilterChanges | undefined
  createEffect(
    on(
      () => location.search,
      () => (intended = undefined),
      { defer: true },
    ),
  )

  const setFilters = (changes: FilterChanges, opts: { replace?: boolean } = {}) => {
    intended = { ...(intended ?? { ...params }), ...changes }
    setParams(intended, { replace: opts.replace ?? false, scroll: false })
  }
  return [params, setFilters] as const
}
