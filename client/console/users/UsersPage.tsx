// The users page (/users, admins): every user with their role and scope, and a form to add one.
import { createAsync, useAction } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { getAgencies, getRegions } from '../api/reference'
import { createUser, listUsers } from '../api/users'
import { t } from '../../shared/i18n'
import { AdminOnly } from '../shell/AdminOnly'
import { useCurrentUser } from '../shell/current-user'
import { usePageTitle } from '../shell/page-title'
import { UserCard } from './UserCard'
import { UserForm } from './UserForm'
import { newUserOf, type UserFormValues } from './user-form-values'

function UsersList() {
  const me = useCurrentUser()
  const users = createAsync(() => listUsers())
  const agencies = createAsync(() => getAgencies())
  const regions = createAsync(() => getRegions())
  const create = useAction(createUser)
  const [adding, setAdding] = createSignal(false)
  const [added, setAdded] = createSignal<string>()

  const onCreate = async (values: UserFormValues) => {
    const user = await create(newUserOf(values))
    setAdded(user.email)
    setAdding(false)
  }

  return (
    <>
      <div class="page-head">
        <h1>{t({ id: 'Pengguna', en: 'Users' })}</h1>
        <button
          type="button"
          class="button"
          aria-expanded={adding()}
          onClick={() => {
            setAdded(undefined)
            setAdding(!adding())
          }}
        >
          {adding()
            ? t({ id: 'Tutup formulir', en: 'Close the form' })
            : t({ id: 'Tambah pengguna', en: 'Add a user' })}
        </button>
      </div>
      <div role="status" class="status-slot">
        <Show when={added()}>
          <p class="alert alert-success">
            {t({ id: `Pengguna ${added()} ditambahkan.`, en: `User ${added()} added.` })}
          </p>
        </Show>
      </div>
      <Show when={adding()}>
        <section class="card" aria-labelledby="new-user-title">
          <h2 id="new-user-title">{t({ id: 'Pengguna baru', en: 'New user' })}</h2>
          <UserForm
            submitLabel={t({ id: 'Simpan pengguna', en: 'Save user' })}
            onSubmit={onCreate}
            onCancel={() => setAdding(false)}
          />
        </section>
      </Show>
      <ul class="card-grid" role="list">
        <For each={users()}>
          {(user) => (
            <li>
              <UserCard
                user={user}
                agencies={agencies() ?? []}
                regions={regions() ?? []}
                self={user.id === me().id}
              />
            </li>
          )}
        </For>
      </ul>
    </>
  )
}

export default function UsersPage() {
  usePageTitle(() => t({ id: 'Pengguna', en: 'Users' }))
  return (
    <AdminOnly>
      <UsersList />
    </AdminOnly>
  )
}
