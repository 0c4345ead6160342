// The dashboard's filters: period, channel (share link) and one select per segment question
// (kecamatan, age, gender, ...). Every change goes to the URL, which drives the data. Folded on a
// phone, so the figures come first; the active filters show as chips below either way.
import { For, Show } from 'solid-js'
import { Field } from '../../../shared/Field'
import { t } from '../../../shared/i18n'
import type { Analytics, DashboardQuery } from '../../api/analytics'
import { Options } from '../../forms/Options'
import { linkName } from '../charts/ChannelBars'
import { SEGMENT_PREFIX, type ParamChanges } from '../dashboard-params'
import { PeriodFields } from './PeriodFields'

export function FilterPanel(props: {
  analytics: Analytics
  query: DashboardQuery
  programYear: number
  timeZone: string
  onChange: (changes: ParamChanges) => void
  onClear: () => void
}) {
  const all = () => t({ id: 'Semua', en: 'All' })
  const activeCount = () => {
    const keys = Object.keys(props.query)
    return keys.filter((k) => k !== 'to').length + (props.query.to && !props.query.from ? 1 : 0)
  }
  const active = () => activeCount() > 0
  const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 48rem)').matches
  return (
    <details class="filter-details" open={wide}>
      <summary>
        {t({ id: 'Saringan', en: 'Filters' })}
        <Show when={active()}>
          {' '}
          ({activeCount()} {t({ id: 'aktif', en: 'active' })})
        </Show>
      </summary>
      <form
        class="filters dashboard-filters"
        role="search"
        aria-label={t({ id: 'Saring dasbor', en: 'Filter the dashboard' })}
        onSubmit={(e) => e.preventDefault()}
      >
        <PeriodFields
          from={props.query.from}
          to={props.query.to}
          programYear={props.programYear}
          timeZone={props.timeZone}
          onChange={props.onChange}
        />
        <Show when={props.analytics.links.length > 1 || props.query.link}>
          <Field label={t({ id: 'Saluran', en: 'Channel' })}>
            {(control) => (
              <select
                {...control}
                onChange={(e) => props.onChange({ link: e.currentTarget.value || undefined })}
              >
                <Options
                  items={props.analytics.links}
                  value={props.query.link}
                  key={(l) => String(l.id)}
                  label={(l) => linkName(props.analytics, l)}
                  empty={all()}
                />
              </select>
            )}
          </Field>
        </Show>
        <For each={props.analytics.segments}>
          {(segment) => (
            <Field label={t(segment.text)}>
              {(control) => (
                <select
                  {...control}
                  data-segment={segment.code}
                  onChange={(e) =>
                    props.onChange({
                      [SEGMENT_PREFIX + segment.code]: e.currentTarget.value || undefined,
                    })
                  }
                >
                  <Options
                    items={segment.values}
                    value={props.query[SEGMENT_PREFIX + segment.code]}
                    key={(v) => v.value}
                    label={(v) => t(v.label)}
                    empty={all()}
                  />
                </select>
              )}
            </Field>
          )}
        </For>
        <Show when={active()}>
          <button
            type="button"
            class="button button-secondary filters-reset"
            onClick={props.onClear}
          >
            {t({ id: 'Hapus saringan', en: 'Clear filters' })}
          </button>
        </Show>
      </form>
    </details>
  )
}
