// The login page: email and password, each asked for when left empty (nothing is sent then), one
// generic message for wrong credentials, and a wait message when the API refuses more attempts (429).
import { useAction, useNavigate, useSearchParams } from '@solidjs/router'
import { createSignal, Match, Switch } from 'solid-js'
import { login } from '../api/session'
import { Field } from '../../shared/Field'
import { t } from '../../shared/i18n'
import { LanguageSwitch } from '../../shared/LanguageSwitch'
import { ProblemAlert } from '../../shared/ProblemAlert'
import { ApiError } from '../../shared/problem'
import { createSubmission } from '../forms/submission'
import { usePageTitle } from '../shell/page-title'
import { LoginWait } from './LoginWait'

/** Only same-site paths are followed after login, never another origin. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export default function LoginPage() {
  const [params] = useSearchParams<{ next?: string }>()
  const navigate = useNavigate()
  const [email, setEmail] = createSignal('')
  const [password, setPassword] = createSignal('')
  const submission = createSubmission(useAction(login))
  /** Fields left empty at the last attempt: asked for, and the request is not sent. */
  const [missing, setMissing] = createSignal<{ email?: boolean; password?: boolean }>({})
  const status = () => {
    const e = submission.error()
    return e instanceof ApiError ? e.status : e ? -1 : 0
  }
  usePageTitle(() => t({ id: 'Masuk', en: 'Log in' }))

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const empty = { email: email().trim() === '', password: password() === '' }
    setMissing(empty)
    if (empty.email || empty.password) {
      submission.setError(undefined)
      return
    }
    const user = await submission.submit({ email: email().trim(), password: password() })
    if (user) navigate(safeNext(params.next), { replace: true })
  }

  return (
    <main id="main" class="login">
      <div class="login-card">
        <p class="login-brand">{t({ id: 'Dampak Quick Win', en: 'Quick-Win Impact' })}</p>
        <h1>{t({ id: 'Masuk ke konsol', en: 'Log in to the console' })}</h1>
        <form class="stack" onSubmit={onSubmit} novalidate>
          <Switch>
            <Match when={status() === 401}>
              <p class="alert alert-error" role="alert">
                {t({ id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' })}
              </p>
            </Match>
            <Match when={status() === 429}>
              <LoginWait seconds={(submission.error() as ApiError).retryAfter} />
            </Match>
            <Match when={status() !== 0}>
              <ProblemAlert error={submission.error()} />
            </Match>
          </Switch>
          <Field
            label={t({ id: 'Email', en: 'Email' })}
            error={
              missing().email ? t({ id: 'Isi email Anda.', en: 'Enter your email.' }) : undefined
            }
          >
            {(control) => (
              <input
                {...control}
                type="email"
                name="email"
                autocomplete="username"
                value={email()}
                onInput={(e) => {
                  setEmail(e.currentTarget.value)
                  setMissing({ ...missing(), email: false })
                }}
              />
            )}
          </Field>
          <Field
            label={t({ id: 'Kata sandi', en: 'Password' })}
            error={
              missing().password
                ? t({ id: 'Isi kata sandi Anda.', en: 'Enter your password.' })
                : undefined
            }
          >
            {(control) => (
              <input
                {...control}
                type="password"
                name="password"
                autocomplete="current-password"
                value={password()}
                onInput={(e) => {
                  setPassword(e.currentTarget.value)
                  setMissing({ ...missing(), password: false })
                }}
              />
            )}
          </Field>
          <button type="submit" class="button" disabled={submission.pending()}>
            {submission.pending()
              ? t({ id: 'Memeriksa…', en: 'Checking…' })
              : t({ id: 'Masuk', en: 'Log in' })}
          </button>
        </form>
        <LanguageSwitch class="button button-quiet login-language" />
      </div>
    </main>
  )
}
