// The console header: app name, navigation by role, the receipt look-up, the current user,
// language and logout.
import { A, useAction, useNavigate } from '@solidjs/router'
import { Show } from 'solid-js'
import { logout } from '../api/session'
import { t } from '../../shared/i18n'
import { LanguageSwitch } from '../../shared/LanguageSwitch'
import { ReceiptLookup } from '../responses/ReceiptLookup'
import { useCurrentUser } from './current-user'
import { ROLE_LABELS } from './role-labels'

export function Header() {
  const user = useCurrentUser()
  const navigate = useNavigate()
  const doLogout = useAction(logout)

  const onLogout = async () => {
    try {
      await doLogout()
    } finally {
      navigate('/login', { replace: true })
    }
  }

  return (
    <header class="app-header">
      <div class="app-header-inner">
        <a href="/" class="brand">
          {t({ id: 'Dampak Quick Win', en: 'Quick-Win Impact' })}
        </a>
        <nav class="app-nav" aria-label={t({ id: 'Menu utama', en: 'Main menu' })}>
          <A href="/" end>
            {t({ id: 'Program', en: 'Programs' })}
          </A>
          <Show when={user().role === 'admin' || user().role === 'evaluator'}>
            <A href="/evaluations">{t({ id: 'Evaluasi', en: 'Evaluation' })}</A>
            <A href="/comparison">{t({ id: 'Perbandingan', en: 'Comparison' })}</A>
          </Show>
          <Show when={user().role === 'admin'}>
            <A href="/users">{t({ id: 'Pengguna', en: 'Users' })}</A>
            <A href="/regions">{t({ id: 'Wilayah', en: 'Regions' })}</A>
          </Show>
        </nav>
        <ReceiptLookup id="header-receipt" class="header-receipt" />
        <div class="app-user">
          <p class="app-user-name">
            <span>{user().name}</span>
            <span class="app-user-role">{t(ROLE_LABELS[user().role])}</span>
          </p>
          <LanguageSwitch class="button button-quiet" />
          <button type="button" class="button button-quiet" onClick={onLogout}>
            {t({ id: 'Keluar', en: 'Log out' })}
          </button>
        </div>
      </div>
    </header>
  )
}
