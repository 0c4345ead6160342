// The program list's filters: region, year, dimension, agency and search text, each kept in the
// URL's query string so a filtered list can be bookmarked and shared.
import { createAsync } from '@solidjs/router'
import { onCleanup, Show } from 'solid-js'
import { getAgencies, getRegions, type Dimension } from '../api/reference'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { Options } from '../forms/Options'
import { useCurrentUser } from '../shell/current-user'
import type { FilterChanges } from './filter-params'
import { selectableYears, type ProgramFilterParams } from './program-filter'

type SetParams = (changes: FilterChanges, opts?: { replace?: boolean }) => void

export function ProgramFilters(props: {
  params: Partial<ProgramFilterParams>
  setParams: SetParams
  dimensions: readonly Dimension[]
}) {
  const user = useCurrentUser()
  const regions = createAsync(() => getRegions().catch(() => []))
  const agencies = createAsync(() => getAgencies(props.params.region).catch(() => []))
  const all = () => t({ id: 'Semua', en: 'All' })
  const set = (key: keyof ProgramFilterParams, value: string, replace = false) =>
    props.setParams({ [key]: value || undefined, page: undefined }, { replace })

  let timer: ReturnType<typeof setTimeout> | undefined
  const onSearch = (value: string) => {
    clearTimeout(timer)
    timer = setTimeout(() => set('q', value.trim(), true), 300)
  }
  onCleanup(() => clearTimeout(timer))

  const active = () =>
    ['region', 'year', 'dimension', 'agency', 'q'].some(
      (k) => props.params[k as keyof ProgramFilterParams],
    )

  return (
    <form
      class="filters"
      role="search"
      aria-label={t({ id: 'Saring program', en: 'Filter programs' })}
      onSubmit={(e) => e.preventDefault()}
    >
      <Field label={t({ id: 'Cari', en: 'Search' })} class="filters-search">
        {(control) => (
          <input
            {...control}
            type="search"
            value={props.params.q ?? ''}
            placeholder={t({ id: 'Nama atau deskripsi', en: 'Name or description' })}
            onInput={(e) => onSearch(e.currentTarget.value)}
          />
        )}
      </Field>
      <Show when={(regions() ?? []).length > 1}>
        <Field label={t({ id: 'Wilayah', en: 'Region' })}>
          {(control) => (
            <select
              {...control}

              onChange={(e) =>
                props.setParams({
                  region: e.currentTarget.value || undefined,
                  agency: undefined,
                  page: undefined,
                })
              }
            >
              <Options
                items={regions()}
                value={props.params.region}
                key={(r) => String(r.id)}
                label={(r) => r.name}
                empty={all()}
              />
            </select>
          )}
        </Field>
      </Show>
      <Field label={t({ id: 'Tahun', en: 'Year' })}>
        {(control) => (
          <select {...control} onChange={(e) => set('year', e.currentTarget.value)}>
            <Options
              items={selectableYears()}
              value={props.params.year}
              key={String}
              label={String}
              empty={all()}
            />
          </select>
        )}
      </Field>
      <Field label={t({ id: 'Dimensi', en: 'Dimension' })}>
        {(control) => (
          <select {...control} onChange={(e) => set('dimension', e.currentTarget.value)}>
            <Options
              items={props.dimensions}
              value={props.params.dimension}
              key={(d) => d.code}
              label={(d) => t(d.name)}
              empty={all()}
            />
          </select>
        )}
      </Field>
      <Show when={user().role !== 'owner'}>
        <Field label={t({ id: 'Perangkat daerah', en: 'Agency' })}>
          {(control) => (
            <select {...control} onChange={(e) => set('agency', e.currentTarget.value)}>
              <Options
                items={agencies()}
                value={props.params.agency}
                key={(a) => String(a.id)}
                label={(a) => `${a.code} – ${a.name}`}
                empty={all()}
              />
            </select>
          )}
        </Field>
      </Show>
      <Show when={active()}>
        <button
          type="button"
          class="button button-secondary filters-reset"
          onClick={() =>
            props.setParams({
              region: undefined,
              year: undefined,
              dimension: undefined,
              agency: undefined,
              q: undefined,
              page: undefined,
            })
          }
        >
          {t({ id: 'Hapus saringan', en: 'Clear filters' })}
        </button>
      </Show>
    </form>
  )
}
