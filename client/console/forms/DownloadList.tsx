// Download links shown as buttons (the evaluation sheet, a questionnaire's responses): each says
// "Unduh" to screen readers and carries its name in data-download.
import { For } from 'solid-js'
import { t } from '../../shared/i18n'

export interface DownloadItem {
  name: string
  label: string
  href: string
}

export function DownloadList(props: { items: readonly DownloadItem[] }) {
  return (
    <ul class="actions download-list" role="list">
      <For each={props.items}>
        {(item) => (
          <li>
            <a
              class="button button-secondary"
              href={item.href}
              download=""
              data-download={item.name}
            >
              <span class="visually-hidden">{t({ id: 'Unduh ', en: 'Download ' })}</span>
              {item.label}
            </a>
          </li>
        )}
      </For>
    </ul>
  )
}
