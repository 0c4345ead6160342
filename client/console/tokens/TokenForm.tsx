// The form for a new API token: a name, its scopes (only those the user's role may hold) and its
// expiry date (90 days ahead by default, at most a year).
import { createSignal, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { SCOPE_TEXT, TOKEN_SCOPES, type TokenScope } from '../../../server/domain/integrations'
import type { NewToken } from '../api/tokens'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { FormActions } from '../forms/FormActions'
import { createSubmission } from '../forms/submission'
import { useCurrentUser } from '../shell/current-user'

const DAY_MS = 86_400_000
const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10)

export function TokenForm(props: {
  onSubmit: (input: NewToken) => Promise<unknown>
  onCancel: () => void
}) {
  const user = useCurrentUser()
  const allowed = () =>
    TOKEN_SCOPES.filter((s) => s !== 'write:questionnaires' || user().role !== 'evaluator')
  const [values, setValues] = createStore({ name: '', expires: day(90) })
  const [scopes, setScopes] = createSignal<TokenScope[]>(['read:analytics'])
  const submission = createSubmission(props.onSubmit)
  const errors = () => submission.fieldErrors()

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    // The end of the chosen day in the browser's time zone.
    const expiresAt = new Date(`${values.expires}T23:59:59`).toISOString()
    await submission.submit({ name: values.name, scopes: scopes(), expiresAt })
  }

  const toggle = (scope: TokenScope, on: boolean) =>
    setScopes((s) => (on ? [...s, scope] : s.filter((x) => x !== scope)))

  return (
    <form class="stack" onSubmit={onSubmit} novalidate>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} shownFields={['name', 'scopes', 'expiresAt']} />
      </Show>
      <div class="form-grid">
        <Field
          label={t({ id: 'Nama token', en: 'Token name' })}
          hint={t({
            id: 'Untuk apa token ini, mis. "Gudang data Bappeda".',
            en: 'What the token is for, e.g. "Bappeda data warehouse".',
          })}
          error={errors().name}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={100}
              value={values.name}
              onInput={(e) => setValues('name', e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          label={t({ id: 'Berlaku sampai', en: 'Valid until' })}
          hint={t({ id: 'Paling lama satu tahun.', en: 'At most one year.' })}
          error={errors().expiresAt}
          required
        >
          {(control) => (
            <input
              {...control}
              type="date"
              min={day(1)}
              max={day(365)}
              value={values.expires}
              onInput={(e) => setValues('expires', e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <fieldset class="stack" aria-describedby={errors().scopes ? 'token-scopes-error' : undefined}>
        <legend>{t({ id: 'Izin (scope)', en: 'Scopes' })}</legend>
        <For each={allowed()}>
          {(scope) => (
            <label class="integration-check">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                checked={scopes().includes(scope)}
                onChange={(e) => toggle(scope, e.currentTarget.checked)}
              />
              <span>
                <code>{scope}</code> — {t(SCOPE_TEXT[scope])}
              </span>
            </label>
          )}
        </For>
        <p id="token-scopes-error" class="field-error" role="alert">
          {errors().scopes ?? errors()['scopes.0'] ?? ''}
        </p>
      </fieldset>
      <FormActions
        pending={submission.pending()}
        submitLabel={{ id: 'Buat token', en: 'Create the token' }}
        onCancel={props.onCancel}
      />
    </form>
  )
}
