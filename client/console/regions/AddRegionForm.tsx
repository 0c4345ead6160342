// Adds a region by picking a province, then a kabupaten/kota from the official Kemendagri list;
// ones already set up are shown but cannot be picked again.
import { createAsync, useAction } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { addRegion, getProvinces, getRegencies } from '../api/reference'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { Options } from '../forms/Options'
import { createSubmission } from '../forms/submission'

export function AddRegionForm(props: { onAdded: (name: string) => void }) {
  const [province, setProvince] = createSignal('')
  const [regency, setRegency] = createSignal('')
  const provinces = createAsync(() => getProvinces())
  const regencies = createAsync(async () => (province() ? getRegencies(province()) : []))
  const add = useAction(addRegion)
  const submission = createSubmission(add)
  const choose = t({ id: 'Pilih…', en: 'Choose…' })
  const already = t({ id: ' (sudah ada)', en: ' (already added)' })

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (!regency()) return
    const region = await submission.submit(regency())
    if (region) {
      setRegency('')
      props.onAdded(region.name)
    }
  }

  return (
    <form class="stack" onSubmit={onSubmit} novalidate>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} shownFields={['code']} />
      </Show>
      <div class="form-grid">
        <Field label={t({ id: 'Provinsi', en: 'Province' })}>
          {(control) => (
            <select
              {...control}
              onChange={(e) => {
                setProvince(e.currentTarget.value)
                setRegency('')
              }}
            >
              <Options
                items={provinces()}
                value={province()}
                key={(p) => p.code}
                label={(p) => p.name}
                empty={choose}
              />
            </select>
          )}
        </Field>
        <Field
          label={t({ id: 'Kabupaten/kota', en: 'Regency/city' })}
          error={submission.fieldErrors().code}
        >
          {(control) => (
            <select
              {...control}
              disabled={!province()}
              onChange={(e) => setRegency(e.currentTarget.value)}
            >
              <Options
                items={regencies()}
                value={regency()}
                key={(r) => r.code}
                label={(r) => `${r.name} (${r.code})${r.added ? already : ''}`}
                disabled={(r) => r.added}
                empty={choose}
              />
            </select>
          )}
        </Field>
      </div>
      <div class="actions">
        <button type="submit" class="button" disabled={!regency() || submission.pending()}>
          {submission.pending()
            ? t({ id: 'Menambahkan…', en: 'Adding…' })
            : t({ id: 'Tambah wilayah', en: 'Add region' })}
        </button>
      </div>
    </form>
  )
}
