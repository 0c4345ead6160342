// The frame of every logged-in page: checks the session (/api/me; 401 sends the user to /login),
// then renders the header and the page inside one error boundary.
import {
  createAsync,
  revalidate,
  useLocation,
  useNavigate,
  type RouteSectionProps,
} from '@solidjs/router'
import { createEffect, ErrorBoundary, on, Show, Suspense } from 'solid-js'
import { getMe } from '../api/session'
import { whenUnauthenticated } from '../api/unwrap'
import { t } from '../../shared/i18n'
import { CurrentUserContext } from './current-user'
import { Header } from './Header'
import { Loading } from './Loading'
import { PageError } from './PageError'

export function Shell(props: RouteSectionProps) {
  const me = createAsync(() => getMe())
  const navigate = useNavigate()
  const location = useLocation()
  let main: HTMLElement | undefined

  whenUnauthenticated(() => void revalidate(getMe.key))
  createEffect(() => {
    if (me() !== null) return
    const next = location.pathname + location.search
    navigate(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`, {
      replace: true,
    })
  })

  // After moving to another page, keyboard and screen reader users start at its content.
  createEffect(
    on(
      () => location.pathname,
      () => main?.focus({ preventScroll: true }),
      { defer: true },
    ),
  )

  const skipToMain = (event: MouseEvent) => {
    event.preventDefault()
    main?.focus()
  }

  return (
    <Show when={me()} fallback={<Loading />}>
      {(user) => (
        <CurrentUserContext.Provider value={user}>
          <a class="skip-link" href="#main" onClick={skipToMain}>
            {t({ id: 'Langsung ke isi', en: 'Skip to content' })}
          </a>
          <Header />
          <main id="main" class="page" tabindex="-1" ref={main}>
            <ErrorBoundary fallback={(error, reset) => <PageError error={error} reset={reset} />}>
              <Suspense fallback={<Loading />}>{props.children}</Suspense>
            </ErrorBoundary>
          </main>
        </CurrentUserContext.Provider>
      )}
    </Show>
  )
}
