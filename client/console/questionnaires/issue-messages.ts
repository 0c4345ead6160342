// The shared validation speaks English; program owners read Indonesian first. Known messages get
// an Indonesian wording here (the English original is kept for the English interface).
import type { Bilingual } from '../../shared/i18n'

type Rewrite = [RegExp, (...groups: string[]) => string]

const INDONESIAN: Rewrite[] = [
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
]

/** The message in both languages (Indonesian falls back to the English original). */
export function issueText(message: string): Bilingual {
  for (const [pattern, say] of INDONESIAN) {
    const match = pattern.exec(message)
    if (match) return { id: say(...match.slice(1)), en: message }
  }
  return { id: message, en: message }
}
