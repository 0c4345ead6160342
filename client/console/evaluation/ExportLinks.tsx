// Downloads of the evaluation sheet in the four formats the API serves.
import { evaluationExportUrl, type ExportFormat } from '../api/evaluations'
import { t } from '../../shared/i18n'
import { DownloadList } from '../forms/DownloadList'

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
      <DownloadList
        items={FORMATS.map((item) => ({
          name: item.format,
          label: item.label,
          href: evaluationExportUrl(props.regionId, props.year, item.format),
        }))}
      />
    </nav>
  )
}
