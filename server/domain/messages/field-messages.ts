// Field messages of the API's request schemas (query strings, ids, names, marks), in Indonesian
// and English. A schema gives the code as its message; the HTTP layer sends the code, its
// parameters and the English wording.
import type { MessageTemplate } from './message'

export const FIELD_MESSAGES = {
  'agency.code-format': {
    id: 'Pakai 2–20 huruf kapital, angka, "_" atau "-", mis. DPMPTSP.',
    en: 'Use 2 to 20 capital letters, digits, "_" or "-", e.g. DPMPTSP.',
  },
  'agency.name-required': { id: 'Isi nama perangkat daerah.', en: 'Enter the agency name.' },
  'date.format': {
    id: 'Isi tanggal dengan format TTTT-BB-HH.',
    en: 'Must be a day as YYYY-MM-DD.',
  },
  'date.not-real': {
    id: 'Tanggal ini tidak ada di kalender.',
    en: 'Must be a day that exists in the calendar.',
  },
  'datetime.format': {
    id: 'Isi tanggal dan jam lengkap dengan zona waktu, mis. 2024-07-01T08:00:00+07:00.',
    en: 'Use an ISO date-time with a time zone, e.g. 2024-07-01T08:00:00+07:00.',
  },
  'dimension.unknown': {
    id: 'Pilih salah satu dari enam dimensi.',
    en: 'Must be one of the six dimension codes.',
  },
  'email.invalid': { id: 'Masukkan alamat email yang benar.', en: 'Enter a valid email address.' },
  'excluded.filter': {
    id: 'Pakai 0 (dihitung), 1 (dikecualikan), atau all.',
    en: 'Use 0 (counted), 1 (excluded) or all.',
  },
  'exclusion.reason-required': {
    id: 'Tuliskan alasannya (misalnya: uji coba, spam, ganda).',
    en: 'Give the reason (for example: test, spam, duplicate).',
  },
  'flag.filter': { id: 'Pakai 0, 1, atau all.', en: 'Use 0, 1 or all.' },
  'flag.value': { id: 'Pakai 1 atau 0.', en: 'Use 1 or 0.' },
  'id.agency': { id: 'Pengenal perangkat daerah tidak sah.', en: 'Must be an agency id.' },
  'id.event': { id: 'Pengenal peristiwa tidak sah.', en: 'Must be an event id.' },
  'id.program': { id: 'Pengenal program tidak sah.', en: 'Must be a program id.' },
  'id.questionnaire': { id: 'Pengenal kuesioner tidak sah.', en: 'Must be a questionnaire id.' },
  'id.region': { id: 'Pengenal wilayah tidak sah.', en: 'Must be a region id.' },
  'id.user': { id: 'Pengenal pengguna tidak sah.', en: 'Must be a user id.' },
  'idempotency.format': {
    id: 'Kunci idempotensi harus UUID buatan klien.',
    en: 'The idempotency key must be a UUID made by the client.',
  },
  'limit.1-100': { id: 'Isi 1 sampai 100.', en: 'Must be 1 to 100.' },
  'limit.1-200': { id: 'Isi 1 sampai 200.', en: 'Must be 1 to 200.' },
  'limit.1-500': { id: 'Isi 1 sampai 500.', en: 'Must be 1 to 500.' },
  'link.channel-required': {
    id: 'Beri nama saluran, mis. WhatsApp atau Loket.',
    en: 'Name the channel, e.g. WhatsApp or Loket.',
  },
  'link.channel-too-long': {
    id: 'Nama saluran paling banyak 60 karakter.',
    en: 'A channel name has at most 60 characters.',
  },
  'mark.number': { id: 'Nilai harus berupa angka.', en: 'A mark is a number.' },
  'mark.range': {
    id: 'Nilai berupa bilangan bulat 1 sampai 5.',
    en: 'A mark is a whole number from 1 to 5.',
  },
  'name.required': { id: 'Isi nama.', en: 'Enter a name.' },
  'note.too-long': {
    id: 'Catatan paling banyak 2000 karakter.',
    en: 'A note has at most 2000 characters.',
  },
  'password.required': { id: 'Masukkan kata sandi Anda.', en: 'Enter your password.' },
  'password.too-short': { id: 'Paling sedikit 10 karakter.', en: 'Use at least 10 characters.' },
  'program.description-required': {
    id: 'Isi deskripsi program dalam Bahasa Indonesia.',
    en: 'Describe the program in Indonesian.',
  },
  'program.name-required': { id: 'Isi nama program.', en: 'Enter the program name.' },
  'province.code-format': {
    id: 'Pakai kode provinsi dua angka, mis. 63.',
    en: 'Use a two-digit province code such as 63.',
  },
  'province.code-format-15': {
    id: 'Pakai kode provinsi, mis. 15.',
    en: 'Use a province code such as 15.',
  },
  'question.code': { id: 'Isi kode pertanyaan.', en: 'Must be a question code.' },
  'question.code-or-segment': {
    id: 'Isi kode pertanyaan atau segment.KUNCI.',
    en: 'Must be a question code or segment.KEY.',
  },
  'reason.required': { id: 'Tuliskan alasannya.', en: 'Give a reason.' },
  'reason.too-long-2000': {
    id: 'Alasan paling banyak 2000 karakter.',
    en: 'A reason has at most 2000 characters.',
  },
  'reason.too-long-500': {
    id: 'Alasan paling banyak 500 karakter.',
    en: 'A reason has at most 500 characters.',
  },
  'receipt.format': {
    id: 'Tanda terima terdiri dari 8 huruf dan angka.',
    en: 'A receipt has 8 letters and digits.',
  },
  'regency.kind': { id: 'Pakai kota atau kabupaten.', en: 'Use kota or kabupaten.' },
  'region.code-format': {
    id: 'Pakai kode kabupaten/kota Kemendagri, mis. 63.71.',
    en: 'Use a Kemendagri kabupaten/kota code such as 63.71.',
  },
  'scope.code-format': {
    id: 'Pakai kode provinsi (63) atau kode kabupaten/kota (63.71).',
    en: 'Use a province code (63) or a region code (63.71).',
  },
  'scope.kind': {
    id: 'Pakai region, province, atau national.',
    en: 'Use region, province or national.',
  },
  'score.range': { id: 'Nilai berupa angka 0 sampai 5.', en: 'A score is a number from 0 to 5.' },
  'source.required': { id: 'Sebutkan sumbernya.', en: 'Name the source.' },
  'text.max-1000': { id: 'Paling banyak 1000 karakter.', en: 'At most 1000 characters.' },
  'time-zone.format': {
    id: 'Pakai zona waktu IANA, mis. Asia/Makassar.',
    en: 'Use an IANA time zone such as Asia/Makassar.',
  },
  'value.positive-whole': {
    id: 'Isi bilangan bulat positif.',
    en: 'Must be a positive whole number.',
  },
  'value.zero-or-more': { id: 'Isi 0 atau lebih.', en: 'Must be 0 or more.' },
  'value.zero-to-one': { id: 'Isi 0 sampai 1.', en: 'From 0 to 1.' },
  'year.format': { id: 'Isi tahun, mis. 2024.', en: 'Must be a year such as 2024.' },
} satisfies Record<string, MessageTemplate>
