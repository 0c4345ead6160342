// The user form, for creating (email, name, role, agency or evaluator scope, initial password) and
// for changing a user (name, role, agency or scope, optional new password).
import { createAsync } from '@solidjs/router'
import { Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { getAgencies, getProvinces, getRegions } from '../api/reference'
import type { User } from '../api/users'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { focusFirstInvalid } from '../forms/focus-first-invalid'
import { Options } from '../forms/Options'
import { createSubmission } from '../forms/submission'
import { ROLE_LABELS } from '../shell/role-labels'
import { AgencySelect } from './AgencySelect'
import { userValuesOf, type UserFormValues } from './user-form-values'
import { FormActions } from '../forms/FormActions'

const FIELDS = ['email', 'name', 'role', 'agencyId', 'regionId', 'scope', 'scope.code', 'password']
const SCOPES = [
  { kind: 'region', label: { id: 'Satu wilayah', en: 'One region' } },
  { kind: 'province', label: { id: 'Satu provinsi', en: 'One province' } },
  { kind: 'national', label: { id: 'Nasional', en: 'National' } },
] as const
const ROLES = ['admin', 'owner', 'evaluator'] as const

export function UserForm(props: {
  user?: User
  submitLabel: string
  onSubmit: (values: UserFormValues) => Promise<unknown>
  onCancel?: () => void
}) {
  const [values, setValues] = createStore(userValuesOf(props.user))
  const regions = createAsync(() => getRegions())
  const agencies = createAsync(() => getAgencies())
  const provinces = createAsync(() => getProvinces())
  const submission = createSubmission(props.onSubmit)
  const errors = () => submission.fieldErrors()
  const creating = () => !props.user
  let form: HTMLFormElement | undefined

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    await submission.submit({ ...values })
    if (submission.error()) focusFirstInvalid(form)
  }

  return (
    <form class="stack" onSubmit={onSubmit} novalidate ref={form}>
      <Show when={submission.error()}>
        <ProblemAlert error={submission.error()} shownFields={FIELDS} />
      </Show>
      <div class="form-grid">
        <Show when={creating()}>
          <Field label={t({ id: 'Email', en: 'Email' })} error={errors().email} required>
            {(control) => (
              <input
                {...control}
                type="email"
                autocomplete="off"
                value={values.email}
                onInput={(e) => setValues('email', e.currentTarget.value)}
              />
            )}
          </Field>
        </Show>
        <Field label={t({ id: 'Nama', en: 'Name' })} error={errors().name} required>
          {(control) => (
            <input
              {...control}
              type="text"
              autocomplete="off"
              value={values.name}
              onInput={(e) => setValues('name', e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label={t({ id: 'Peran', en: 'Role' })} error={errors().role} required>
          {(control) => (
            <select
              {...control}
              onChange={(e) => setValues('role', e.currentTarget.value as UserFormValues['role'])}
            >
              <Options
                items={ROLES}
                value={values.role}
                key={(r) => r}
                label={(r) => t(ROLE_LABELS[r])}
              />
            </select>
          )}
        </Field>
        <Show when={values.role === 'owner'}>
          <Field
            label={t({ id: 'Perangkat daerah', en: 'Agency' })}
            error={errors().agencyId}
            required
          >
            {(control) => (
              <AgencySelect
                control={control}
                agencies={agencies() ?? []}
                regions={regions() ?? []}
                value={values.agencyId}
                onChange={(v) => setValues('agencyId', v)}
              />
            )}
          </Field>
        </Show>
        <Show when={values.role === 'evaluator'}>
          <Field
            label={t({ id: 'Cakupan evaluator', en: 'Evaluator scope' })}
            error={errors().scope}
          >
            {(control) => (
              <select
                {...control}
                onChange={(e) =>
                  setValues('scopeKind', e.currentTarget.value as UserFormValues['scopeKind'])
                }
              >
                <Options
                  items={SCOPES}
                  value={values.scopeKind}
                  key={(s) => s.kind}
                  label={(s) => t(s.label)}
                />
              </select>
            )}
          </Field>
        </Show>
        <Show when={values.role === 'evaluator' && values.scopeKind === 'province'}>
          <Field
            label={t({ id: 'Provinsi', en: 'Province' })}
            error={errors()['scope.code']}
            required
          >
            {(control) => (
              <select
                {...control}
                onChange={(e) => setValues('provinceCode', e.currentTarget.value)}
              >
                <Options
                  items={provinces()}
                  value={values.provinceCode}
                  key={(p) => p.code}
                  label={(p) => p.name}
                  empty={t({ id: 'Pilih…', en: 'Choose…' })}
                />
              </select>
            )}
          </Field>
        </Show>
        <Show when={values.role === 'evaluator' && values.scopeKind === 'region'}>
          <Field label={t({ id: 'Wilayah', en: 'Region' })} error={errors().regionId} required>
            {(control) => (
              <select {...control} onChange={(e) => setValues('regionId', e.currentTarget.value)}>
                <Options
                  items={regions()}
                  value={values.regionId}
                  key={(r) => String(r.id)}
                  label={(r) => r.name}
                  empty={t({ id: 'Pilih…', en: 'Choose…' })}
                />
              </select>
            )}
          </Field>
        </Show>
        <Field
          label={
            creating()
              ? t({ id: 'Kata sandi awal', en: 'Initial password' })
              : t({ id: 'Kata sandi baru (opsional)', en: 'New password (optional)' })
          }
          hint={t({ id: 'Minimal 10 karakter.', en: 'At least 10 characters.' })}
          error={errors().password}
          required={creating()}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autocomplete="new-password"
              value={values.password}
              onInput={(e) => setValues('password', e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <FormActions
        pending={submission.pending()}
        submitLabel={props.submitLabel}
        onCancel={props.onCancel}
      />
    </form>
  )
}
