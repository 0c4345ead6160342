// Every interface text of the citizen form, in Indonesian and English, in one place so the wording
// can be reviewed together. Questionnaire texts come from the definition instead.
import type { Bilingual } from '../shared/i18n'

type Text = { id: string; en: string }
const both = (id: string, en: string): Text => ({ id, en })

export const TEXT = {
  questionnaire: both('Kuesioner', 'Questionnaire'),
  privacyTitle: both('Privasi Anda', 'Your privacy'),
  privacyDefault: both(
    'Kuesioner ini tidak meminta nama atau kontak Anda. Jawaban hanya dipakai untuk menilai mutu dan dampak layanan, diolah secara agregat, dan disimpan paling lama lima tahun sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
    'This questionnaire does not ask for your name or contact details. Answers are used only to assess the quality and impact of the service, analysed in aggregate, and kept for at most five years under Law No. 27 of 2022 on Personal Data Protection.',
  ),
  requiredNote: both(
    'Semua pertanyaan wajib dijawab, kecuali yang bertanda opsional.',
    'Every question needs an answer unless it is marked optional.',
  ),
  optional: both('opsional', 'optional'),
  personalOptional: both('data pribadi, opsional', 'personal data, optional'),
  autosaved: both(
    'Jawaban tersimpan otomatis di perangkat ini.',
    'Your answers are saved on this device as you go.',
  ),
  back: both('Kembali', 'Back'),
  next: both('Lanjut', 'Next'),
  submit: both('Kirim jawaban', 'Send answers'),
  sending: both('Mengirim…', 'Sending…'),
  clearChoice: both('Hapus pilihan', 'Clear choice'),
  choose: both('Pilih…', 'Choose…'),
  yes: both('Ya', 'Yes'),
  no: both('Tidak', 'No'),
  npsLow: both('0 = sangat tidak mungkin', '0 = not at all likely'),
  npsHigh: both('10 = sangat mungkin', '10 = extremely likely'),
  fixCount: (n: number) =>
    both(
      `Periksa ${n} pertanyaan yang ditandai.`,
      n === 1 ? 'Check the marked question.' : `Check the ${n} marked questions.`,
    ),
  sectionOf: (n: number, total: number) =>
    both(`Bagian ${n} dari ${total}`, `Part ${n} of ${total}`),
  stars: (n: number, max: number) => both(`${n} dari ${max} bintang`, `${n} of ${max} stars`),
  charsLeft: (n: number) => both(`Sisa ${n} karakter`, `${n} characters left`),
  range: (min: number, max: number) =>
    both(`Angka ${min} sampai ${max}`, `A number from ${min} to ${max}`),
  failed: both(
    'Jawaban belum dapat dikirim. Jawaban Anda tetap tersimpan di perangkat ini; silakan coba lagi.',
    'Your answers could not be sent. They are still saved on this device; please try again.',
  ),
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>
