// The fixed wording of the SKM report (Indonesian, the language agencies sign it in): legal basis,
// aims, the mutu table of PermenPANRB 14/2017, and how a change or an effect is read out.
import type { ChangeDirection } from '../../domain/scoring'
import { SKM } from '../../domain/reference'
import { formatDecimal } from '../../domain/format/decimal'

export const LEGAL_BASIS = [
  'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.',
  'Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.',
  'Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (pengolahan jawaban responden).',
]

export const AIMS = [
  'Mengukur tingkat kepuasan masyarakat atas pelayanan yang diterima, dinyatakan sebagai Indeks Kepuasan Masyarakat (IKM) dan mutu pelayanan.',
  'Mengetahui unsur pelayanan yang masih lemah sebagai dasar rencana tindak lanjut perbaikan.',
  'Menilai perubahan kinerja pelayanan dibanding periode sebelumnya dan hasil tindak lanjut yang telah dilaksanakan.',
  'Memenuhi kewajiban melaksanakan survei sekurang-kurangnya sekali setahun serta mempublikasikan hasil dan metodenya kepada masyarakat.',
]

export const ELEMENT_NOTE =
  'NRR (nilai rata-rata) per unsur = jumlah nilai unsur / jumlah responden yang menjawab unsur itu. NRR tertimbang = NRR x bobot 1/9 (bobot tepat, tanpa pembulatan 0,111). IKM = jumlah NRR tertimbang (skala 1-4); IKM unit pelayanan = IKM x 25 (skala 25-100). Angka dicetak dibulatkan; perhitungan tanpa pembulatan antara.'

/** The mutu table of the regulation: perception, IKM interval, converted interval, mutu, kinerja. */
export function mutuRows(): string[][] {
  return SKM.categories.map((c) => [
    String(c.perception),
    `${formatDecimal(c.interval[0], 4)} - ${formatDecimal(c.interval[1], 4)}`,
    `${formatDecimal(c.converted[0], 2)} - ${formatDecimal(c.converted[1], 2)}`,
    c.mutu,
    c.kinerja.id,
  ])
}

const DIRECTION: Record<ChangeDirection, string> = {
  up: 'naik bermakna',
  down: 'turun bermakna',
  none: 'tidak berubah bermakna',
}

/** How a change with its interval reads: naik/turun bermakna, tidak berubah bermakna, or why not. */
export function changeWords(change: { direction: ChangeDirection } | null): string {
  return change ? DIRECTION[change.direction] : 'belum dapat dibandingkan (data kurang)'
}

export const VERDICT: Record<string, string> = {
  up: 'naik bermakna',
  down: 'turun bermakna',
  none: 'tidak berubah bermakna',
  not_yet: 'belum dapat dinilai: triwulan sesudah tindakan belum dimulai',
  not_enough_data: 'belum dapat dinilai: kurang dari 2 responden di salah satu masa',
}

export const STATUS: Record<string, string> = {
  rencana: 'Rencana',
  berjalan: 'Berjalan',
  selesai: 'Selesai',
}

export const EFFECT_METHOD =
  'Tindakan yang selesai dinilai dengan membandingkan triwulan sebelum triwulan penyelesaiannya dengan masa sejak triwulan berikutnya sampai akhir periode laporan (triwulan penyelesaian tidak dihitung karena mencampur jawaban sebelum dan sesudah perubahan). Perubahan disertai interval kepercayaan 95% (Welch); disebut bermakna bila seluruh interval berada di atas atau di bawah nol.'

export const CHANGE_METHOD =
  'Perubahan = nilai periode ini - nilai periode sebelumnya, dengan interval kepercayaan 95% Welch atas jawaban responden kedua periode (untuk IKM: rata-rata unsur tiap responden x 25). Perubahan disebut bermakna bila seluruh interval berada di atas atau di bawah nol.'
