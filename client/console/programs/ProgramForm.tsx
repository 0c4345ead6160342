// The program form, for creating (admin) and editing (admin, owner of the agency): region, agency,
// dimension and element, year, name, bilingual description, target population. Server validation
// messages appear under their fields.
import { createAsync } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import type { Program } from '../api/programs'
import { getAgencies, getDimensions, getRegions } from '../api/reference'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { focusFirstInvalid } from '../forms/focus-first-invalid'
import { Options } from '../forms/Options'
import { createSubmission } from '../forms/submission'
import { findDimensionIn } from './dimension-lookup'
import { formValuesOf, missingFields, type ProgramFormValues } from './program-form-values'
import { FormActions } from '../forms/FormActions'

const FIELDS = [
  'regionId',
  'agencyId',
  'dimension',
  'element',
  'year',
  'name',
  'description.id',
  'description.en',
  'targetPopulation',
]

export function ProgramForm(props: {
  program?: Program
  submitLabel: string
  onSubmit: (values: ProgramFormValues) => Promise<unknown>
  onCancel?: () => void
}) {
  const [values, setValues] = createStore(formValuesOf(props.program))
  const [missing, setMissing] = createSignal<Record<string, string>>({})
  const regions = createAsync(() => getRegions())
  const agencies = createAsync(async () => (values.regionId ? getAgencies(values.regionId) : []))
  const dimensions = createAsync(() => getDimensions())
  const elements = () => findDimensionIn(dimensions(), values.dimension)?.elements ?? []
  const submission = createSubmission(props.onSubmit)
  const errors = () => ({ ...submission.fieldErrors(), ...missing() })
  const choose = t({ id: 'Pilih…', en: 'Choose…' })
  let form: HTMLFormElement | undefined

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const empty = missingFields(values, t({ id: 'Wajib diisi.', en: 'Required.' }))
    setMissing(empty)
    if (Object.keys(empty).length > 0) {
      submission.setError(undefined)
      return focusFirstInvalid(form)
    }
    await submission.submit({ ...values })
    if (submission.error()) focusFirstInvalid(form)
  }

  const onRegion = (regionId: string) => setValues({ regionId, agencyId: '' })
  const onDimension = (dimension: string) =>
    setValues({
      dimension,
      element: values.element.startsWith(`${dimension}.`) ? values.element : '',
    })

  return (
    <form class="program-form stack" onSubmit={onSubmit} novalidate ref={form}>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} shownFields={FIELDS} />
      </Show>
      <div class="form-grid">
        <Field label={t({ id: 'Wilayah', en: 'Region' })} error={errors().regionId} required>
          {(control) => (
            <select {...control} onChange={(e) => onRegion(e.currentTarget.value)}>
              <Options
                items={regions()}
                value={values.regionId}
                key={(r) => String(r.id)}
                label={(r) => r.name}
                empty={choose}
              />
            </select>
          )}
        </Field>
        <Field
          label={t({ id: 'Perangkat daerah', en: 'Agency' })}
          error={errors().agencyId}
          required
        >
          {(control) => (
            <select
              {...control}
              disabled={!values.regionId}
              onChange={(e) => setValues('agencyId', e.currentTarget.value)}
            >
              <Options
                items={agencies()}
                value={values.agencyId}
                key={(a) => String(a.id)}
                label={(a) => `${a.code} – ${a.name}`}
                empty={choose}
              />
            </select>
          )}
        </Field>
        <Field label={t({ id: 'Dimensi', en: 'Dimension' })} error={errors().dimension} required>
          {(control) => (
            <select {...control} onChange={(e) => onDimension(e.currentTarget.value)}>
              <Options
                items={dimensions()}
                value={values.dimension}
                key={(d) => d.code}
                label={(d) => t(d.name)}
                empty={choose}
              />
            </select>
          )}
        </Field>
        <Field label={t({ id: 'Elemen', en: 'Element' })} error={errors().element} required>
          {(control) => (
            <select
              {...control}
              disabled={!values.dimension}
              onChange={(e) => setValues('element', e.currentTarget.value)}
            >
              <Options
                items={elements()}
                value={values.element}
                key={(e) => e.code}
                label={(e) => t(e.name)}
                empty={choose}
              />
            </select>
          )}
        </Field>
        <Field label={t({ id: 'Tahun', en: 'Year' })} error={errors().year} required>
          {(control) => (
            <input
              {...control}
              type="number"
              inputmode="numeric"
              min="2000"
              max="2100"
              value={values.year}
              onInput={(e) => setValues('year', e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t({ id: 'Populasi sasaran', en: 'Target population' })}
          hint={t({
            id: 'Jumlah warga yang dilayani; menentukan target sampel.',
            en: 'Citizens served; sets the sample target.',
          })}
          error={errors().targetPopulation}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputmode="numeric"
              min="1"
              value={values.targetPopulation}
              onInput={(e) => setValues('targetPopulation', e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t({ id: 'Nama program', en: 'Program name' })}
          error={errors().name}
          required
          class="wide"
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxlength="200"
              value={values.name}
              onInput={(e) => setValues('name', e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t({ id: 'Deskripsi (Bahasa Indonesia)', en: 'Description (Indonesian)' })}
          error={errors()['description.id']}
          required
          class="wide"
        >
          {(control) => (
            <textarea
              {...control}
              rows="3"
              lang="id"
              value={values.descriptionId}
              onInput={(e) => setValues('descriptionId', e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t({ id: 'Deskripsi (Bahasa Inggris)', en: 'Description (English)' })}
          error={errors()['description.en']}
          class="wide"
        >
          {(control) => (
            <textarea
              {...control}
              rows="3"
              lang="en"
              value={values.descriptionEn}
              onInput={(e) => setValues('descriptionEn', e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <p class="form-note muted">{t({ id: '* wajib diisi', en: '* required' })}</p>
      <FormActions
        pending={submission.pending()}
        submitLabel={props.submitLabel}
        onCancel={props.onCancel}
      />
    </form>
  )
}
