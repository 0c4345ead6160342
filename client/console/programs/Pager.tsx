// Previous/next page links for a long program list; hidden when everything fits on one page.
import { Show } from 'solid-js'
import { t } from '../../shared/i18n'

export function Pager(props: {
  total: number
  offset: number
  limit: number
  onPage: (page: number) => void
}) {
  const page = () => Math.floor(props.offset / props.limit) + 1
  const pages = () => Math.max(1, Math.ceil(props.total / props.limit))
  return (
    <Show when={pages() > 1}>
      <nav class="pager" aria-label={t({ id: 'Halaman', en: 'Pages' })}>
        <button
          type="button"
          class="button button-secondary"
          disabled={page() <= 1}
          onClick={() => props.onPage(page() - 1)}
        >
          {t({ id: 'Sebelumnya', en: 'Previous' })}
        </button>
        <span>
          {t({ id: `Halaman ${page()} dari ${pages()}`, en: `Page ${page()} of ${pages()}` })}
        </span>
        <button
          type="button"
          class="button button-secondary"
          disabled={page() >= pages()}
          onClick={() => props.onPage(page() + 1)}
        >
          {t({ id: 'Berikutnya', en: 'Next' })}
        </button>
      </nav>
    </Show>
  )
}
