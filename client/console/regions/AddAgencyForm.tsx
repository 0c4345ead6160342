// Adds an agency (SKPD/OPD) to a region: a short code such as DPMPTSP and the full name.
import { useAction } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { addAgency } from '../api/reference'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { createSubmission } from '../forms/submission'

export function AddAgencyForm(props: { regionId: number; onDone: () => void }) {
  const [code, setCode] = createSignal('')
  const [name, setName] = createSignal('')
  const add = useAction(addAgency)
  const submission = createSubmission(add)

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const agency = await submission.submit({
      regionId: props.regionId,
      code: code().trim(),
      name: name().trim(),
    })
    if (agency) props.onDone()
  }

  return (
    <form class="stack agency-form" onSubmit={onSubmit} novalidate>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} shownFields={['code', 'name']} />
      </Show>
      <div class="form-grid">
        <Field
          label={t({ id: 'Kode', en: 'Code' })}
          hint={t({ id: 'Huruf kapital, mis. DPMPTSP.', en: 'Capital letters, e.g. DPMPTSP.' })}
          error={submission.fieldErrors().code}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autocapitalize="characters"
              maxlength="20"
              value={code()}
              onInput={(e) => setCode(e.currentTarget.value.toUpperCase())}
            />
          )}
        </Field>
        <Field label={t({ id: 'Nama', en: 'Name' })} error={submission.fieldErrors().name} required>
          {(control) => (
            <input
              {...control}
              type="text"
              maxlength="200"
              value={name()}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <div class="actions">
        <button type="submit" class="button" disabled={submission.pending()}>
          {t({ id: 'Simpan perangkat daerah', en: 'Save agency' })}
        </button>
        <button type="button" class="button button-secondary" onClick={() => props.onDone()}>
          {t({ id: 'Batal', en: 'Cancel' })}
        </button>
      </div>
    </form>
  )
}
