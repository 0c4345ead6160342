// Downloads of what the owner is looking at: the questionnaire's responses that match the
// filters and the status shown, as CSV, XLSX (with a Kodebook sheet) or JSON, with answer labels
// or codes; the codebook beside the CSV, and SPSS syntax that reads the codes CSV with variable
// and value labels. Admins may include answers marked personal (audited).
import { createSignal, createUniqueId, Show } from 'solid-js'
import { t } from '../../../shared/i18n'
import { downloadUrl, type DownloadFormat, type ResponseQuery } from '../../api/responses'
import { DownloadList } from '../../forms/DownloadList'

const FILES: { format: DownloadFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'XLSX' },
  { format: 'json', label: 'JSON' },
]

export function DownloadPanel(props: {
  questionnaireId: string
  /** The list's filters and status (excluded), as the table shows them. */
  query: ResponseQuery
  zone: string
  isAdmin: boolean
  receiptActive: boolean
}) {
  const name = createUniqueId()
  const [labels, setLabels] = createSignal(true)
  const [personal, setPersonal] = createSignal(false)
  const base = () => {
    const { receipt: _receipt, ...query } = props.query
    return personal() ? { ...query, includePersonal: '1' } : query
  }
  const url = (format: DownloadFormat, withLabels = labels()) =>
    downloadUrl(props.questionnaireId, format, withLabels ? { ...base(), labels: '1' } : base())

  return (
    <section class="card downloads" aria-labelledby="downloads-title">
      <h3 id="downloads-title">{t({ id: 'Unduh tanggapan', en: 'Download the responses' })}</h3>
      <p class="muted">
        {t({
          id: `Tanggapan kuesioner ini yang cocok dengan saringan dan status di atas; satu kolom per pertanyaan, waktu ${props.zone} dengan selisih UTC-nya.`,
          en: `This questionnaire's responses that match the filters and status above; one column per question, times in ${props.zone} with their UTC offset.`,
        })}
      </p>
      <Show when={props.receiptActive}>
        <p class="muted">
          {t({
            id: 'Pencarian tanda terima tidak berlaku untuk unduhan.',
            en: 'The receipt search does not apply to downloads.',
          })}
        </p>
      </Show>
      <fieldset class="choice-group">
        <legend>{t({ id: 'Isi jawaban', en: 'Answers as' })}</legend>
        <label class="choice">
          <input type="radio" name={name} checked={labels()} onChange={() => setLabels(true)} />{' '}
          {t({ id: 'Label (teks pilihan)', en: 'Labels (option text)' })}
        </label>
        <label class="choice">
          <input type="radio" name={name} checked={!labels()} onChange={() => setLabels(false)} />{' '}
          {t({ id: 'Kode', en: 'Codes' })}
        </label>
      </fieldset>
      <Show when={props.isAdmin}>
        <label class="choice">
          <input
            type="checkbox"
            checked={personal()}
            onChange={(e) => setPersonal(e.currentTarget.checked)}
          />{' '}
          {t({
            id: 'Sertakan jawaban data pribadi (tercatat di jejak audit)',
            en: 'Include answers marked personal (recorded in the audit trail)',
          })}
        </label>
      </Show>
      <DownloadList
        items={FILES.map((f) => ({ name: f.format, label: f.label, href: url(f.format) }))}
      />
      <h4>{t({ id: 'Untuk SPSS, PSPP atau R', en: 'For SPSS, PSPP or R' })}</h4>
      <DownloadList
        items={[
          {
            name: 'csv-codes',
            label: t({ id: 'CSV berkode', en: 'Codes CSV' }),
            href: url('csv', false),
          },
          {
            name: 'codebook',
            label: t({ id: 'Kodebook (CSV)', en: 'Codebook (CSV)' }),
            href: url('codebook', false),
          },
          {
            name: 'sps',
            label: t({ id: 'Sintaks SPSS (.sps)', en: 'SPSS syntax (.sps)' }),
            href: url('sps', false),
          },
        ]}
      />
      <p class="muted form-note">
        {t({
          id: 'Sintaks SPSS membaca CSV berkode dengan nama berkas aslinya: simpan keduanya di folder yang sama.',
          en: 'The SPSS syntax reads the codes CSV by its file name: keep both in the same folder.',
        })}
      </p>
    </section>
  )
}
