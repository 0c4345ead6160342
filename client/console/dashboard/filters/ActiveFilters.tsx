// The active filters as a line of chips (each removable on the dashboard, plain on paper), or
// "all responses" when there is none; the print view shows it so a meeting knows what it sees.
import { For, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import type { ActiveFilter } from './active-filters'

export function ActiveFilters(props: {
  filters: readonly ActiveFilter[]
  onRemove?: (filter: ActiveFilter) => void
}) {
  return (
    <div class="active-filters">
      <span class="active-filters-title">{t({ id: 'Saringan:', en: 'Filters:' })}</span>
      <Show
        when={props.filters.length > 0}
        fallback={<span>{t({ id: 'semua tanggapan', en: 'all responses' })}</span>}
      >
        <ul class="chips">
          <For each={props.filters}>
            {(filter) => (
              <li class="chip" data-filter={filter.key}>
                <span>
                  {filter.name}: <strong>{filter.value}</strong>
                </span>
                <Show when={props.onRemove}>
                  <button
                    type="button"
                    class="chip-remove"
                    aria-label={t({
                      id: `Hapus saringan ${filter.name}: ${filter.value}`,
                      en: `Remove the filter ${filter.name}: ${filter.value}`,
                    })}
                    onClick={() => props.onRemove!(filter)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  )
}
