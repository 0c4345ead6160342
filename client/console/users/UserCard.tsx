// One user in the list: name, email, role and scope, status; buttons to change the user and to
// activate or deactivate them.
import { useAction } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import type { Agency, Region } from '../api/reference'
import { updateUser, type User } from '../api/users'
import { t } from '../../shared/i18n'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { createSubmission } from '../forms/submission'
import { ROLE_LABELS } from '../shell/role-labels'
import { UserForm } from './UserForm'
import { userChangesOf, type UserFormValues } from './user-form-values'

export function UserCard(props: {
  user: User
  agencies: readonly Agency[]
  regions: readonly Region[]
  self: boolean
}) {
  const update = useAction(updateUser)
  const [editing, setEditing] = createSignal(false)
  const toggle = createSubmission(() => update(props.user.id, { active: !props.user.active }))
  const agency = () => props.agencies.find((a) => a.id === props.user.agencyId)
  const region = () => props.regions.find((r) => r.id === props.user.regionId)
  const scopeText = () => {
    const scope = props.user.scope
    if (scope?.kind === 'national') return t({ id: 'Nasional', en: 'National' })
    if (scope?.kind === 'province') {
      const name = props.regions.find((r) => r.provinceCode === scope.code)?.province
      return `${t({ id: 'Provinsi', en: 'Province' })} ${name ?? scope.code}`
    }
    return region()?.name ?? props.user.regionId ?? '–'
  }
  const headingId = () => `user-${props.user.id}`

  const onSave = async (values: UserFormValues) => {
    const changes = userChangesOf(props.user, values)
    if (Object.keys(changes).length > 0) await update(props.user.id, changes)
    setEditing(false)
  }

  return (
    <article
      class="card user-card"
      classList={{ 'user-inactive': !props.user.active }}
      aria-labelledby={headingId()}
    >
      <div class="card-head">
        <h2 id={headingId()} class="card-title">
          {props.user.name}
          <Show when={props.self}>
            <span class="muted"> ({t({ id: 'Anda', en: 'you' })})</span>
          </Show>
        </h2>
        <span class="badge" classList={{ 'badge-off': !props.user.active }}>
          {props.user.active
            ? t({ id: 'Aktif', en: 'Active' })
            : t({ id: 'Nonaktif', en: 'Inactive' })}
        </span>
      </div>
      <dl class="facts">
        <div>
          <dt>{t({ id: 'Email', en: 'Email' })}</dt>
          <dd class="break">{props.user.email}</dd>
        </div>
        <div>
          <dt>{t({ id: 'Peran', en: 'Role' })}</dt>
          <dd>{t(ROLE_LABELS[props.user.role])}</dd>
        </div>
        <Show when={props.user.role === 'owner'}>
          <div>
            <dt>{t({ id: 'Perangkat daerah', en: 'Agency' })}</dt>
            <dd>{agency() ? `${agency()!.code} – ${agency()!.name}` : props.user.agencyId}</dd>
          </div>
        </Show>
        <Show when={props.user.role === 'owner'}>
          <div>
            <dt>{t({ id: 'Wilayah', en: 'Region' })}</dt>
            <dd>{region()?.name ?? props.user.regionId ?? '–'}</dd>
          </div>
        </Show>
        <Show when={props.user.role === 'evaluator'}>
          <div>
            <dt>{t({ id: 'Cakupan', en: 'Scope' })}</dt>
            <dd>{scopeText()}</dd>
          </div>
        </Show>
      </dl>
      <Show when={toggle.error()}>
        <ProblemAlert error={toggle.error()} />
      </Show>
      <Show
        when={editing()}
        fallback={
          <div class="actions">
            <button type="button" class="button button-secondary" onClick={() => setEditing(true)}>
              {t({ id: 'Ubah', en: 'Edit' })}
              <span class="visually-hidden"> {props.user.name}</span>
            </button>
            <Show when={!props.self}>
              <button
                type="button"
                class="button button-secondary"
                disabled={toggle.pending()}
                onClick={() => toggle.submit()}
              >
                {props.user.active
                  ? t({ id: 'Nonaktifkan', en: 'Deactivate' })
                  : t({ id: 'Aktifkan', en: 'Activate' })}
                <span class="visually-hidden"> {props.user.name}</span>
              </button>
            </Show>
          </div>
        }
      >
        <UserForm
          user={props.user}
          submitLabel={t({ id: 'Simpan perubahan', en: 'Save changes' })}
          onSubmit={onSave}
          onCancel={() => setEditing(false)}
        />
      </Show>
    </article>
  )
}
