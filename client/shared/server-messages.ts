// The API speaks English in its problem details and field messages (they are the contract other
// systems read); staff read the console in Indonesian first. Every message the server writes gets
// an Indonesian wording here, by pattern, and the English original is kept for the English
// interface. The console only: the citizen form gets bilingual messages from the domain itself.
import type { Bilingual } from './i18n'

type Rewrite = [RegExp, (...groups: string[]) => string]

/** Things the server says were not found ("The program was not found."). */
const NOUN: Record<string, string> = {
  'The program': 'Program',
  'The link': 'Tautan',
  'The questionnaire': 'Kuesioner',
  'The user': 'Pengguna',
  'The region': 'Wilayah',
  'This receipt': 'Tanda terima ini',
  'This questionnaire link': 'Tautan kuesioner ini',
}

const INDONESIAN: Rewrite[] = [
  // Definitions of questionnaires (server/domain/questionnaire).
  [/^The Indonesian text is required/, () => 'Teks Bahasa Indonesia wajib diisi.'],
  [/^A text has at most 5000/, () => 'Teks paling banyak 5000 karakter.'],
  [
    /^A code starts with a letter/,
    () => 'Kode diawali huruf; paling banyak 40 huruf, angka, atau garis bawah (_).',
  ],
  [
    /^An option value has/,
    () => 'Nilai pilihan: 1–64 huruf kecil, angka, titik, tanda hubung, atau garis bawah.',
  ],
  [/^A section id has/, () => 'ID bagian: 1–40 huruf, angka, tanda hubung, atau garis bawah.'],
  [/^List at least one option/, () => 'Tambahkan paling sedikit satu pilihan.'],
  [/^List at least one value/, () => 'Pilih paling sedikit satu nilai.'],
  [/^A weight must be greater than 0/, () => 'Bobot harus lebih dari 0.'],
  [/^Expected a whole number/, () => 'Isi dengan bilangan bulat.'],
  [/^A rating has at most 10 stars/, () => 'Rating paling banyak 10 bintang.'],
  [
    /^A questionnaire has at least one section/,
    () => 'Kuesioner perlu paling sedikit satu bagian.',
  ],
  [
    /^A questionnaire needs at least one question/,
    () => 'Tambahkan paling sedikit satu pertanyaan sebelum menerbitkan.',
  ],
  [
    /^Question code (\S+) is used twice/,
    (c) => `Kode ${c} sudah dipakai; kode pertanyaan harus unik.`,
  ],
  [/^Criterion code (\S+) is used twice/, (c) => `Kode kriteria ${c} sudah dipakai.`],
  [/^Section id (\S+) is used twice/, (c) => `ID bagian ${c} sudah dipakai.`],
  [/^Question (\S+) lists option (\S+) twice/, (_, o) => `Nilai pilihan ${o} dipakai dua kali.`],
  [/scale must go from a lower/, () => 'Nilai maksimum skala harus lebih besar dari minimum.'],
  [
    /scale (\S+) needs (\d+) labels, one per point, but has (\d+)/,
    (r, n, h) => `Skala ${r} perlu ${n} label (satu per titik); sekarang ${h}.`,
  ],
  [/max \((\S+)\) is below its min/, () => 'Nilai maksimum lebih kecil dari minimum.'],
  [
    /asks for at least (\d+) choices but has only (\d+)/,
    (n, h) => `Minimal ${n} pilihan diminta, tetapi hanya ada ${h} pilihan.`,
  ],
  [
    /maxSelect \((\S+)\) is below its minSelect/,
    () => 'Maksimum pilihan lebih kecil dari minimum.',
  ],
  [
    /is a segment question; segments/,
    () => 'Pertanyaan profil responden tidak pernah diberi skor.',
  ],
  [
    /is a (\S+) question and cannot be scored/,
    () =>
      'Jenis pertanyaan ini tidak dapat diberi skor (hanya likert, rating, NPS, ya/tidak, dan angka).',
  ],
  [
    /number question without both min and max/,
    () => 'Pertanyaan angka perlu nilai minimum dan maksimum agar dapat diberi skor.',
  ],
  [
    /refers to criterion (\S+), which is not in criteria/,
    (c) => `Kriteria ${c} tidak ada dalam daftar kriteria.`,
  ],
  [/showIf refers to itself/, () => 'Syarat tidak boleh merujuk ke pertanyaan ini sendiri.'],
  [
    /showIf refers to (\S+), which is not a question/,
    (c) => `Pertanyaan ${c} tidak ada di kuesioner ini.`,
  ],
  [
    /showIf refers to (\S+), which comes later/,
    (c) =>
      `Pertanyaan ${c} berada sesudah pertanyaan ini; syarat hanya boleh memakai jawaban sebelumnya.`,
  ],
  [
    /compares (\S+) with .*, but \S+ is answered with a number/,
    (c) => `${c} dijawab dengan angka; pilih nilai angka.`,
  ],
  [
    /compares text question (\S+) with a number/,
    (c) => `${c} adalah pertanyaan teks; bandingkan dengan teks.`,
  ],
  [
    /compares (\S+) with (.+), which is not one of its answers/,
    (c, v) => `${v} bukan salah satu jawaban ${c}.`,
  ],
  [
    /uses (\S+) on (\S+), a (\S+) question; comparisons need/,
    (_, c) => `Perbandingan lebih/kurang hanya untuk pertanyaan angka atau skala; ${c} bukan.`,
  ],

  // Field messages of the request schemas.
  [/^Enter a valid email address/, () => 'Masukkan alamat email yang benar.'],
  [/^Enter your password/, () => 'Masukkan kata sandi Anda.'],
  [/^Enter a name/, () => 'Isi nama.'],
  [/^Enter the agency name/, () => 'Isi nama perangkat daerah.'],
  [/^Enter the program name/, () => 'Isi nama program.'],
  [/^Describe the program in Indonesian/, () => 'Isi deskripsi program dalam Bahasa Indonesia.'],
  [/^Use at least (\d+) characters/, (n) => `Paling sedikit ${n} karakter.`],
  [
    /^Use 2 to 20 capital letters/,
    () => 'Pakai 2–20 huruf kapital, angka, "_" atau "-", mis. DPMPTSP.',
  ],
  [
    /^Use a Kemendagri kabupaten\/kota code/,
    () => 'Pakai kode kabupaten/kota Kemendagri, mis. 63.71.',
  ],
  [/^Use a two-digit province code/, () => 'Pakai kode provinsi dua angka, mis. 63.'],
  [
    /^No kabupaten\/kota has the Kemendagri code (\S+)\./,
    (c) => `Tidak ada kabupaten/kota dengan kode Kemendagri ${c}.`,
  ],
  [/^No province has the code (\S+)\./, (c) => `Tidak ada provinsi dengan kode ${c}.`],
  [/^No region has this id/, () => 'Wilayah ini tidak ada.'],
  [/^No agency has this id/, () => 'Perangkat daerah ini tidak ada.'],
  [/^The agency (\S+) is not an agency of (.+)\.$/, (a, r) => `${a} bukan perangkat daerah ${r}.`],
  [/^Must be one of the six dimension codes/, () => 'Pilih salah satu dari enam dimensi.'],
  [/^Not a smart-city dimension/, () => 'Bukan dimensi smart city.'],
  [/^Choose one of (.+)\.?$/, (list) => `Pilih salah satu: ${list}`],
  [/^Must be a year such as (\d+)/, (y) => `Isi tahun, mis. ${y}.`],
  [/^Must be a day as YYYY-MM-DD/, () => 'Isi tanggal dengan format TTTT-BB-HH.'],
  [/^Must be a positive whole number/, () => 'Isi bilangan bulat positif.'],
  [/^Must be 0 or more/, () => 'Isi 0 atau lebih.'],
  [/^Must be (\d+) to (\d+)/, (a, b) => `Isi ${a} sampai ${b}.`],
  [/^From 0 to 1/, () => 'Isi 0 sampai 1.'],
  [/^Must be an? (\S+) id/, () => 'Pengenal (id) tidak sah.'],
  [/^Must be a question code/, () => 'Isi kode pertanyaan.'],
  [/^Must be an option value of the segment/, () => 'Pilih salah satu nilai segmen.'],
  [/^Name the channel/, () => 'Beri nama saluran, mis. WhatsApp atau Loket.'],
  [/^A channel name has at most (\d+)/, (n) => `Nama saluran paling banyak ${n} karakter.`],
  [/^The link must close after it opens/, () => 'Waktu tutup harus sesudah waktu buka.'],
  [
    /^Use an ISO date-time with a time zone/,
    () => 'Isi tanggal dan jam lengkap dengan zona waktu.',
  ],
  [/^This is not a real date and time/, () => 'Tanggal dan jam ini tidak ada.'],
  [/^This link is not a link of the program/, () => 'Tautan ini bukan milik program ini.'],
  [/^This questionnaire is not one of the program/, () => 'Kuesioner ini bukan milik program ini.'],
  [
    /^The program has no segment question (\S+)/,
    (c) => `Program ini tidak punya pertanyaan segmen ${c}.`,
  ],
  [/^Choose a segment question/, () => 'Pilih pertanyaan segmen.'],
  [
    /^Choose a counted question other than/,
    () => 'Pilih pertanyaan lain yang dihitung, atau skor dampak.',
  ],
  [
    /^Choose a text question that is not marked personal/,
    () => 'Pilih pertanyaan teks yang bukan data pribadi.',
  ],
  [/^A range spans at most ten years/, () => 'Rentang paling panjang sepuluh tahun.'],
  [/^Not a response of this program/, () => 'Bukan tanggapan program ini.'],
  [/^A mark is a whole number from 1 to 5/, () => 'Nilai berupa bilangan bulat 1 sampai 5.'],
  [/^A mark is a number/, () => 'Nilai harus berupa angka.'],
  [/^A note has at most (\d+)/, (n) => `Catatan paling banyak ${n} karakter.`],
  [/^A reason has at most (\d+)/, (n) => `Alasan paling banyak ${n} karakter.`],
  [/^Not a quick-win criterion/, () => 'Bukan kriteria quick win.'],
  [/^A score is a number from 0 to 5/, () => 'Nilai berupa angka 0 sampai 5.'],
  [/^An override keeps a non-empty reason/, () => 'Nilai pengganti perlu alasan.'],
  [
    /^Overriding the computed (\S+) score needs a reason/,
    (c) => `Mengganti nilai ${c} hitungan perlu alasan.`,
  ],
  [
    /^There is no (\S+) override to explain/,
    (c) => `Tidak ada nilai pengganti ${c} yang perlu alasan.`,
  ],
  [/^(\S+) weight must be a number from 0 to 1/, (c) => `Bobot ${c} berupa angka 0 sampai 1.`],
  [/^weights must sum to 1, got (\S+)/, (s) => `Jumlah bobot harus 1; sekarang ${s}.`],
  // Problem details.
  [/^Some fields are not valid/, () => 'Beberapa isian tidak sah.'],
  [
    /^The draft cannot be published yet/,
    () => 'Draf belum dapat diterbitkan; perbaiki masalah berikut dulu.',
  ],
  [/^Must be a day that exists in the calendar/, () => 'Tanggal ini tidak ada di kalender.'],
  [/^(.+) was not found\.$/, (what) => `${NOUN[what] ?? what} tidak ditemukan.`],
  [/^No route for (.+)\.$/, (route) => `Tidak ada rute ${route}.`],
  [/^Your role does not allow this/, () => 'Peran Anda tidak mengizinkan ini.'],
  [
    /^This program belongs to another agency/,
    () =>
      'Program ini milik perangkat daerah lain; pemilik program hanya membuka program perangkat daerahnya.',
  ],
  [
    /^This program is in another region/,
    () => 'Program ini di wilayah lain; asesor hanya membuka program wilayahnya.',
  ],
  [
    /^Only admins and program owners (add|change) programs/,
    () => 'Hanya admin dan pemilik program yang dapat mengubah program.',
  ],
  [
    /^Program owners manage the programs of their own agency only/,
    () => 'Pemilik program hanya mengelola program perangkat daerahnya.',
  ],
  [/^Only admins export personal answers/, () => 'Hanya admin yang dapat mengunduh data pribadi.'],
  [
    /^Only admins and evaluators see the evaluation/,
    () => 'Hanya admin dan asesor yang dapat melihat evaluasi.',
  ],
  [
    /^Evaluators see the evaluation of their own region only/,
    () => 'Asesor hanya melihat evaluasi wilayahnya.',
  ],
  [
    /^Only evaluators of the program's region record assessments/,
    () => 'Hanya asesor wilayah program ini yang dapat menilai.',
  ],
  [/^A user with the email (\S+) already exists/, (e) => `Pengguna dengan email ${e} sudah ada.`],
  [
    /^The platform needs at least one active admin/,
    () => 'Platform memerlukan paling sedikit satu admin aktif.',
  ],
  [/^The region (.+) is already set up/, (r) => `Wilayah ${r} sudah terdaftar.`],
  [/^Request bodies are limited to (\d+) bytes/, (n) => `Isi permintaan paling besar ${n} bita.`],
  [/^Cross-site requests are not accepted/, () => 'Permintaan dari situs lain ditolak.'],
  [/^This questionnaire has not been published yet/, () => 'Kuesioner ini belum diterbitkan.'],
  [
    /^Something went wrong on our side/,
    () => 'Terjadi kesalahan di server; tidak ada data yang tersimpan setengah.',
  ],
  // valibot's own messages, for checks without a message of ours.
  [/^Invalid key: Expected .+ but received undefined/, () => 'Wajib diisi.'],
  [
    /^Invalid type: Expected (.+) but received (.+)$/,
    (e, r) => `Jenis isian salah: seharusnya ${e}, diterima ${r}.`,
  ],
  [
    /^Invalid length: Expected (.+) but received (.+)$/,
    (e, r) => `Panjang tidak sesuai: seharusnya ${e}, sekarang ${r}.`,
  ],
  [
    /^Invalid (\w+): Expected (.+) but received (.+)$/,
    (_, e, r) => `Isian tidak sesuai: seharusnya ${e}, diterima ${r}.`,
  ],
]

/** The message in both languages (Indonesian falls back to the English original). */
export function serverText(message: string): Bilingual {
  // Some details are written in both languages already: "Indonesian. / English."
  const both = /^(.+[.!?]) \/ (.+)$/.exec(message)
  if (both) return { id: both[1]!, en: both[2]! }
  for (const [pattern, say] of INDONESIAN) {
    const match = pattern.exec(message)
    if (match) return { id: say(...match.slice(1)), en: message }
  }
  return { id: message, en: message }
}
