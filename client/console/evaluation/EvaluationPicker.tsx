// Chooses the evaluation to show: the region (admins; an evaluator has one) and the year. The
// form moves to /evaluations/:regionId/:year on submit, so the choice stays in the URL.
import { createAsync, useNavigate } from '@solidjs/router'
import { createEffect, createSignal, on, Show, startTransition } from 'solid-js'
import { listPrograms } from '../api/programs'
import { getRegions } from '../api/reference'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { Options } from '../forms/Options'
import { useCurrentUser } from '../shell/current-user'
import { yearChoices } from './year-choices'

export function EvaluationPicker(props: { regionId: string; year: string }) {
  const user = useCurrentUser()
  const navigate = useNavigate()
  const isAdmin = () => user().role === 'admin'
  const [region, setRegion] = createSignal(props.regionId)
  const [year, setYear] = createSignal(props.year)
  // Back and forward change the URL under the form: follow it.
  createEffect(
    on([() => props.regionId, () => props.year], ([r, y]) => {
      setRegion(r)
      setYear(y)
    }),
  )
  const regions = createAsync(async () => (isAdmin() ? getRegions() : []))
  const programs = createAsync(() => listPrograms({ regionId: region(), limit: '200' }))
  const years = () =>
    yearChoices(
      (programs()?.items ?? []).map((p) => p.year),
      Number(year()),
    )
  const yearLabel = (choice: { year: number; programs: number }) =>
    choice.programs > 0
      ? `${choice.year} · ${t({ id: `${choice.programs} program`, en: `${choice.programs} program${choice.programs === 1 ? '' : 's'}` })}`
      : String(choice.year)

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    navigate(`/evaluations/${region()}/${year()}`)
  }

  return (
    <form class="evaluation-picker" onSubmit={onSubmit}>
      <Show when={isAdmin()}>
        <Field label={t({ id: 'Wilayah', en: 'Region' })}>
          {(control) => (
            <select
              {...control}
              onChange={(e) => {
                const next = e.currentTarget.value
                // A transition keeps the page on screen while the region's years load.
                void startTransition(() => setRegion(next))
              }}
            >
              <Options
                items={regions()}
                value={region()}
                key={(r) => String(r.id)}
                label={(r) => r.name}
              />
            </select>
          )}
        </Field>
      </Show>
      <Field label={t({ id: 'Tahun', en: 'Year' })}>
        {(control) => (
          <select {...control} onChange={(e) => setYear(e.currentTarget.value)}>
            <Options items={years()} value={year()} key={(c) => String(c.year)} label={yearLabel} />
          </select>
        )}
      </Field>
      <button type="submit" class="button button-secondary">
        {t({ id: 'Tampilkan', en: 'Show' })}
      </button>
    </form>
  )
}
