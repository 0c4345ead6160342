// How the parts of a questionnaire named in a diff read in the interface ("text" -> "teks").
import type { Bilingual } from '../../shared/i18n'

const FIELD_LABELS: Record<string, Bilingual> = {
  code: { id: 'kode', en: 'code' },
  type: { id: 'jenis', en: 'type' },
  text: { id: 'teks', en: 'text' },
  help: { id: 'petunjuk', en: 'help' },
  required: { id: 'wajib', en: 'required' },
  personal: { id: 'data pribadi', en: 'personal data' },
  showIf: { id: 'syarat tampil', en: 'display logic' },
  score: { id: 'skor', en: 'score' },
  scale: { id: 'skala', en: 'scale' },
  options: { id: 'pilihan', en: 'options' },
  min: { id: 'minimum', en: 'minimum' },
  max: { id: 'maksimum', en: 'maximum' },
  integer: { id: 'bilangan bulat', en: 'whole numbers' },
  maxLength: { id: 'panjang maksimum', en: 'maximum length' },
  multiline: { id: 'beberapa baris', en: 'several lines' },
  minSelect: { id: 'minimal dipilih', en: 'choose at least' },
  maxSelect: { id: 'maksimal dipilih', en: 'choose at most' },
  source: { id: 'sumber profil', en: 'profile source' },
  section: { id: 'pindah bagian', en: 'moved to another section' },
  title: { id: 'judul', en: 'title' },
  description: { id: 'pengantar', en: 'introduction' },
  thankYou: { id: 'ucapan terima kasih', en: 'thank-you text' },
  privacyNotice: { id: 'pemberitahuan privasi', en: 'privacy notice' },
  kind: { id: 'jenis kuesioner', en: 'questionnaire kind' },
  criteria: { id: 'kriteria skor', en: 'score criteria' },
  sections: {
    id: 'bagian (judul, urutan, tambah/hapus)',
    en: 'sections (titles, order, added/removed)',
  },
  order: { id: 'urutan pertanyaan', en: 'question order' },
}

/** The label of a field named in a diff; unknown names are shown as they are. */
export const diffFieldLabel = (field: string): Bilingual => FIELD_LABELS[field] ?? { id: field }
