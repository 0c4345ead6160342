// Downloads of the evaluation sheet in the four formats the API serves.
import { For } from 'solid-js'
import { evaluationExportUrl, type ExportFormat } from '../api/evaluations'
import { t } from '../../shared/i18n'

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'XLSX' },
  { format: 'csv', label: 'CSV' },
  { format: 'pdf', label: 'PDF' },
  { format: 'json', label: 'JSON' },
]

export function ExportLinks(props: { regionId: string; year: string }) {
  return (
    <nav class="export-links" aria-labelledby="export-title">
      <h3 id="export-title">{t({ id: 'Unduh lembar evaluasi', en: 'Download the sheet' })}</h3>
      <ul class="actions" role="list">
        <For each={FORMATS}>
          {(item) => (
            <li>
              <a
                class="button button-secondary"
                href={evaluationExportUrl(props.regionId, props.year, item.format)}
                download=""
              >
                <span class="visually-hidden">{t({ id: 'Unduh ', en: 'Download ' })}</span>
                {item.label}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  )
}
