// Any console path that matches no page.
import { A } from '@solidjs/router'
import { t } from '../../shared/i18n'
import { usePageTitle } from './page-title'

export function NotFoundPage() {
  const title = () => t({ id: 'Halaman tidak ditemukan', en: 'Page not found' })
  usePageTitle(title)
  return (
    <section>
      <h1>{title()}</h1>
      <p>
        <A href="/">{t({ id: 'Kembali ke daftar program', en: 'Back to the program list' })}</A>
      </p>
    </section>
  )
}
