// A select of agencies grouped by region, for assigning an owner to an agency.
import { For } from 'solid-js'
import type { Agency, Region } from '../api/reference'
import type { FieldControlProps } from '../../shared/Field'
import { t } from '../../shared/i18n'

export function AgencySelect(props: {
  control: FieldControlProps
  agencies: readonly Agency[]
  regions: readonly Region[]
  value: string
  onChange: (value: string) => void
}) {
  const agenciesOf = (regionId: number) => props.agencies.filter((a) => a.regionId === regionId)
  return (
    <select {...props.control} onChange={(e) => props.onChange(e.currentTarget.value)}>
      <option value="" selected={!props.value}>
        {t({ id: 'Pilih…', en: 'Choose…' })}
      </option>
      <For each={props.regions.filter((r) => agenciesOf(r.id).length > 0)}>
        {(region) => (
          <optgroup label={region.name}>
            <For each={agenciesOf(region.id)}>
              {(a) => (
                <option value={String(a.id)} selected={String(a.id) === props.value}>
                  {`${a.code} – ${a.name}`}
                </option>
              )}
            </For>
          </optgroup>
        )}
      </For>
    </select>
  )
}
