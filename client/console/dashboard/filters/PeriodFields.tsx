// The period filter: a preset (all dates, last 7/30/90 days, the program's year, this year) and
// the first and last day, which refuse a range that ends before it starts.
import { createSignal, For, Show } from 'solid-js'
import { Field } from '../../../shared/Field'
import { t } from '../../../shared/i18n'
import type { ParamChanges } from '../dashboard-params'
import { matchPreset, presetPeriod, PRESET_KEYS, type PresetKey } from '../period'

const PRESET_LABELS: Record<PresetKey, { id: string; en: string }> = {
  all: { id: 'Semua tanggal', en: 'All dates' },
  last7: { id: '7 hari terakhir', en: 'Last 7 days' },
  last30: { id: '30 hari terakhir', en: 'Last 30 days' },
  last90: { id: '90 hari terakhir', en: 'Last 90 days' },
  programYear: { id: 'Tahun program', en: 'Program year' },
  thisYear: { id: 'Tahun ini', en: 'This year' },
}

export function PeriodFields(props: {
  from?: string
  to?: string
  programYear: number
  timeZone: string
  onChange: (changes: ParamChanges) => void
}) {
  const [error, setError] = createSignal<string>()
  const preset = () =>
    matchPreset({ from: props.from, to: props.to }, props.programYear, props.timeZone)
  const label = (key: PresetKey) =>
    key === 'programYear'
      ? `${t(PRESET_LABELS[key])} (${props.programYear})`
      : t(PRESET_LABELS[key])
  const setDay = (key: 'from' | 'to', value: string) => {
    const range = { from: props.from, to: props.to, [key]: value || undefined }
    if (range.from && range.to && range.from > range.to) {
      setError(
        t({
          id: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
          en: 'The last day must not be before the first day.',
        }),
      )
      return
    }
    setError(undefined)
    props.onChange({ [key]: value || undefined })
  }

  return (
    <>
      <Field label={t({ id: 'Periode', en: 'Period' })}>
        {(control) => (
          <select
            {...control}
            onChange={(e) => {
              const key = e.currentTarget.value as PresetKey | ''
              if (!key) return
              setError(undefined)
              const p = presetPeriod(key, props.programYear, props.timeZone)
              props.onChange({ from: p.from, to: p.to })
            }}
          >
            <For each={PRESET_KEYS}>
              {(key) => (
                <option value={key} selected={preset() === key}>
                  {label(key)}
                </option>
              )}
            </For>
            <Show when={!preset()}>
              <option value="" selected>
                {t({ id: 'Rentang tanggal sendiri', en: 'Custom dates' })}
              </option>
            </Show>
          </select>
        )}
      </Field>
      <Field label={t({ id: 'Dari tanggal', en: 'From' })} error={error()}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={props.from ?? ''}
            onChange={(e) => setDay('from', e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t({ id: 'Sampai tanggal', en: 'To' })}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={props.to ?? ''}
            onChange={(e) => setDay('to', e.currentTarget.value)}
          />
        )}
      </Field>
    </>
  )
}
