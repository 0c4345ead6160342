// A polite loading indicator for pages and sections waiting on the API.
import { t } from '../../shared/i18n'

export function Loading() {
  return (
    <p class="loading" role="status">
      {t({ id: 'Memuat…', en: 'Loading…' })}
    </p>
  )
}
