// Wraps admin pages: other roles get a clear "not allowed" message instead of the page.
import { Show, type JSX } from 'solid-js'
import { t } from '../../shared/i18n'
import { useCurrentUser } from './current-user'

export function AdminOnly(props: { children: JSX.Element }) {
  const user = useCurrentUser()
  return (
    <Show
      when={user().role === 'admin'}
      fallback={
        <section>
          <h1>{t({ id: 'Tidak diizinkan', en: 'Not allowed' })}</h1>
          <p>
            {t({
              id: 'Halaman ini hanya untuk admin.',
              en: 'This page is for administrators only.',
            })}
          </p>
        </section>
      }
    >
      {props.children}
    </Show>
  )
}
