// The details of the API's problems and the field issues its services find (scope, conflicts,
// references to missing things), in Indonesian and English. `{@what}` names a noun by its code.
import type { MessageTemplate } from './message'
import { USER_MESSAGES } from './user-messages'

const NOUN_MESSAGES = {
  'noun.program': { id: 'Program', en: 'The program' },
  'noun.link': { id: 'Tautan', en: 'The link' },
  'noun.questionnaire': { id: 'Kuesioner', en: 'The questionnaire' },
  'noun.user': { id: 'Pengguna', en: 'The user' },
  'noun.region': { id: 'Wilayah', en: 'The region' },
  'noun.receipt': { id: 'Tanda terima ini', en: 'This receipt' },
  'noun.response': { id: 'Tanggapan', en: 'The response' },
  'noun.questionnaire-link': { id: 'Tautan kuesioner ini', en: 'This questionnaire link' },
  'scope-words.none': { id: 'tidak satu wilayah pun', en: 'no region' },
  'scope-words.national': { id: 'semua wilayah', en: 'every region' },
  'scope-words.province': { id: 'wilayah provinsi {code}', en: 'the regions of province {code}' },
  'scope-words.region': { id: 'wilayahnya sendiri', en: 'their own region' },
} satisfies Record<string, MessageTemplate>

const DETAIL_MESSAGES = {
  'not-found': { id: '{@what} tidak ditemukan.', en: '{@what} was not found.' },
  'route.unknown': { id: 'Tidak ada rute {route}.', en: 'No route for {route}.' },
  'role.forbidden': {
    id: 'Peran Anda tidak mengizinkan ini.',
    en: 'Your role does not allow this.',
  },
  'fields.invalid': { id: 'Beberapa isian tidak sah.', en: 'Some fields are not valid.' },
  'login.required': {
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Silakan masuk terlebih dahulu. / Please log in.',
  },
  'login.wrong': {
    id: 'Email atau kata sandi salah.',
    en: 'Email atau kata sandi salah. / Wrong email or password.',
  },
  'login.too-many': {
    id: 'Terlalu banyak percobaan masuk. Coba lagi nanti.',
    en: 'Terlalu banyak percobaan masuk. Coba lagi nanti. / Too many login attempts; try again later.',
  },
  'request.cross-site': {
    id: 'Permintaan dari situs lain ditolak.',
    en: 'Cross-site requests are not accepted.',
  },
  'request.too-large': {
    id: 'Isi permintaan paling besar {max} bita.',
    en: 'Request bodies are limited to {max} bytes.',
  },
  'request.length-header': {
    id: 'Header Content-Length bukan angka.',
    en: 'The Content-Length header is not a number.',
  },
  'request.malformed': {
    id: 'Permintaan tidak dapat dibaca.',
    en: 'The request could not be read.',
  },
  'health.database': {
    id: 'Basis data tidak menjawab.',
    en: 'The database does not answer.',
  },
  'submissions.too-many': {
    id: 'Terlalu banyak kiriman dari alamat ini; coba lagi dalam {seconds} detik.',
    en: 'Too many submissions from this address; try again in {seconds} s.',
  },
  'receipts.too-many': {
    id: 'Terlalu banyak pencarian tanda terima dari alamat ini; coba lagi dalam {seconds} detik.',
    en: 'Too many receipt look-ups from this address; try again in {seconds} s.',
  },
  'submission.refused': { id: 'Kiriman ditolak.', en: 'The submission was refused.' },
  'submission.answers-invalid': {
    id: 'Beberapa jawaban perlu diperbaiki.',
    en: 'Some answers need attention.',
  },
  'submission.key-reused': {
    id: 'Kunci idempotensi ini sudah dipakai untuk formulir lain.',
    en: 'This idempotency key was already used for another form.',
  },
  'honeypot.filled': {
    id: 'Isian ini harus dibiarkan kosong.',
    en: 'This field must be left empty.',
  },
  'questionnaire.unpublished': {
    id: 'Kuesioner ini belum diterbitkan.',
    en: 'This questionnaire has not been published yet.',
  },
  'questionnaire.draft-invalid': {
    id: 'Draf kuesioner bermasalah.',
    en: 'The questionnaire draft has problems.',
  },
  'questionnaire.not-publishable': {
    id: 'Draf belum dapat diterbitkan; perbaiki masalah berikut dulu.',
    en: 'The draft cannot be published yet; fix these problems first.',
  },
  'questionnaire.nothing-new': {
    id: 'Draf sama dengan versi {version}; tidak ada yang baru untuk diterbitkan.',
    en: 'The draft is the same as version {version}; there is nothing new to publish.',
  },
  'questionnaire.version-not-found': {
    id: 'Versi {version} kuesioner tidak ditemukan.',
    en: 'Version {version} of the questionnaire was not found.',
  },
  'program.other-agency': {
    id: 'Program ini milik perangkat daerah lain; pemilik program hanya membuka program perangkat daerahnya.',
    en: "This program belongs to another agency; owners read their own agency's programs only.",
  },
  'program.out-of-scope': {
    id: 'Program ini di luar cakupan Anda; asesor ini membuka program {@scope}.',
    en: 'This program is outside your scope; this evaluator reads the programs of {@scope}.',
  },
  'program.out-of-reach': {
    id: 'Program ini di luar jangkauan Anda.',
    en: 'This program is out of reach.',
  },
  'program.change-forbidden': {
    id: 'Hanya admin dan pemilik program yang dapat mengubah program.',
    en: 'Only admins and program owners change programs.',
  },
  'program.add-forbidden': {
    id: 'Hanya admin dan pemilik program yang dapat menambah program.',
    en: 'Only admins and program owners add programs.',
  },
  'program.own-agency-only': {
    id: 'Pemilik program hanya mengelola program perangkat daerahnya.',
    en: 'Program owners manage the programs of their own agency only.',
  },
  'program.same-name': {
    id: 'Perangkat daerah ini sudah punya program bernama {name} pada {year}.',
    en: 'The agency already has a program named {name} in {year}.',
  },
  'program.name-taken': {
    id: 'Program lain dari perangkat daerah dan tahun ini sudah memakai nama ini.',
    en: 'Another program of this agency and year has this name.',
  },
  'program.element-outside': {
    id: 'Pilih salah satu dari {elements} untuk {dimension}.',
    en: 'Choose one of {elements} for {dimension}.',
  },
  'region.unknown-id': { id: 'Wilayah ini tidak ada.', en: 'No region has this id.' },
  'agency.unknown-id': { id: 'Perangkat daerah ini tidak ada.', en: 'No agency has this id.' },
  'agency.other-region': {
    id: '{agency} bukan perangkat daerah {region}.',
    en: 'The agency {agency} is not an agency of {region}.',
  },
  'agency.code-taken': {
    id: 'Wilayah ini sudah punya perangkat daerah dengan kode {code}.',
    en: 'The region already has an agency with the code {code}.',
  },
  'region.unknown-code': {
    id: 'Tidak ada kabupaten/kota dengan kode Kemendagri {code}.',
    en: 'No kabupaten/kota has the Kemendagri code {code}.',
  },
  'region.set-up': {
    id: 'Wilayah {code} ({name}) sudah terdaftar.',
    en: 'The region {code} ({name}) is already set up.',
  },
  'region.change-forbidden': {
    id: 'Hanya admin yang dapat mengubah wilayah.',
    en: 'Only admins change a region.',
  },
  'province.unknown-code': {
    id: 'Tidak ada provinsi dengan kode {code}.',
    en: 'No province has the code {code}.',
  },
  'link.not-real-time': {
    id: 'Tanggal dan jam ini tidak ada.',
    en: 'This is not a real date and time.',
  },
  'link.close-after-open': {
    id: 'Waktu tutup harus sesudah waktu buka.',
    en: 'The link must close after it opens.',
  },
  'link.version-unpublished': {
    id: 'Versi {version} belum diterbitkan; terbitkan dulu sebelum tautan dikunci ke versi itu.',
    en: 'Version {version} has not been published; publish it before pinning a link to it.',
  },
  'weights.range': {
    id: 'Bobot {code} berupa angka 0 sampai 1.',
    en: '{code} weight must be a number from 0 to 1',
  },
  'weights.unknown': {
    id: 'Dimensi evaluasi {code} tidak dikenal.',
    en: 'unknown evaluation dimension {code}',
  },
  'weights.sum': {
    id: 'Jumlah bobot harus 1; sekarang {sum}.',
    en: 'weights must sum to 1, got {sum}',
  },
  'range.order': {
    id: 'Akhir rentang tidak boleh sebelum awalnya.',
    en: 'The end of the range must not be before its start.',
  },
  'range.ten-years': {
    id: 'Rentang paling panjang sepuluh tahun.',
    en: 'A range spans at most ten years.',
  },
  'filter.questionnaire-of-program': {
    id: 'Kuesioner ini bukan milik program ini.',
    en: 'This questionnaire is not one of the program.',
  },
  'filter.link-of-questionnaire': {
    id: 'Tautan ini bukan milik kuesioner yang dipilih.',
    en: 'This link is not a link of the chosen questionnaire.',
  },
  'filter.link-of-program': {
    id: 'Tautan ini bukan milik program ini.',
    en: 'This link is not a link of the program.',
  },
  'filter.no-segment': {
    id: 'Program ini tidak punya pertanyaan segmen {code}.',
    en: 'The program has no segment question {code}.',
  },
  'filter.segment-value': {
    id: 'Pilih salah satu nilai segmen.',
    en: 'Must be an option value of the segment.',
  },
  'filter.cursor': {
    id: 'Ini bukan penanda halaman daftar ini.',
    en: 'This is not a page cursor of this list.',
  },
  'crosstab.by': {
    id: 'Pilih pertanyaan tertutup atau segment.KUNCI untuk memecah hasil.',
    en: 'Choose a closed question or segment.KEY to break the results down by.',
  },
  'crosstab.other': {
    id: 'Pilih pertanyaan tertutup selain {code}, atau dampak.',
    en: 'Choose a closed question other than {code}, or impact.',
  },
  'comments.question': {
    id: 'Pilih pertanyaan teks yang bukan data pribadi.',
    en: 'Choose a text question that is not marked personal.',
  },
  'comments.response': {
    id: 'Bukan tanggapan program ini.',
    en: 'Not a response of this program.',
  },
  'export.personal-admins': {
    id: 'Hanya admin yang dapat mengunduh data pribadi.',
    en: 'Only admins export personal answers.',
  },
  'assessment.criterion': { id: 'Bukan kriteria quick win.', en: 'Not a quick-win criterion.' },
  'assessment.note-criterion': {
    id: 'Bukan kriteria quick win maupun catatan umum.',
    en: 'Not a quick-win criterion nor general.',
  },
  'assessment.region-evaluators': {
    id: 'Hanya asesor wilayah program ini yang dapat menilai.',
    en: "Only evaluators of the program's region record assessments.",
  },
  'evaluation.evaluators-only': {
    id: 'Hanya admin dan asesor yang dapat melihat evaluasi.',
    en: 'Only admins and evaluators see evaluations.',
  },
  'evaluation.evaluators-only-one': {
    id: 'Hanya admin dan asesor yang dapat melihat evaluasi.',
    en: 'Only admins and evaluators see the evaluation.',
  },
  'evaluation.out-of-scope': {
    id: 'Asesor ini hanya melihat evaluasi {@scope}.',
    en: 'This evaluator sees the evaluations of {@scope} only.',
  },
  'evaluation.finalised': {
    id: 'Evaluasi {year} sudah final sebagai versi {version}; buka kembali (dengan alasan) untuk mengubahnya.',
    en: 'The {year} evaluation is finalised as version {version}; reopen it (with a reason) to change it.',
  },
  'evaluation.not-finalised': {
    id: 'Evaluasi {year} belum final.',
    en: 'The {year} evaluation is not finalised.',
  },
  'override.reason-needed': {
    id: 'Mengganti nilai {code} hitungan perlu alasan.',
    en: 'Overriding the computed {code} score needs a reason.',
  },
  'override.none': {
    id: 'Tidak ada nilai pengganti {code} yang perlu alasan.',
    en: 'There is no {code} override to explain.',
  },
  'override.reason-empty': {
    id: 'Nilai pengganti perlu alasan.',
    en: 'An override keeps a non-empty reason.',
  },
  'dimension.not-smart-city': {
    id: 'Bukan dimensi smart city; pakai {codes}.',
    en: 'Not a smart-city dimension; use {codes}.',
  },
} satisfies Record<string, MessageTemplate>

export const PROBLEM_MESSAGES = { ...NOUN_MESSAGES, ...DETAIL_MESSAGES, ...USER_MESSAGES }
