// Downloads of the comparison or the trajectory in the three formats the API serves.
import { For } from 'solid-js'
import type { AcrossFormat } from '../api/comparison'
import { t, type Bilingual } from '../../shared/i18n'

export function AcrossExportLinks(props: { what: Bilingual; href: (f: AcrossFormat) => string }) {
  return (
    <nav class="export-links" aria-label={t(props.what)}>
      <ul class="actions" role="list">
        <For each={['xlsx', 'csv', 'pdf'] as const}>
          {(format) => (
            <li>
              <a class="button button-secondary" href={props.href(format)} download="">
                <span class="visually-hidden">{t(props.what)} </span>
                {format.toUpperCase()}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  )
}
