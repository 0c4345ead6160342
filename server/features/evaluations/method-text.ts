// The method of the dimension evaluation in words (Indonesian), with this evaluation's own figures
// (weights, citizen weight, counts): the Metode sheet, the PDF's method section and the
// evaluation's `method`, so an assessor can recompute every number.
import { zoneName } from '../../domain/calendar'
import type { EvaluationWeights } from '../../domain/reference'

export interface MethodFacts {
  year: number
  /** The region's IANA zone: its calendar days and year. */
  timeZone: string
  weights: EvaluationWeights
  weightsFromReference: boolean
  citizenWeight: number
  programCount: number
  scoredCount: number
  dimensionsWithData: number
  assessedCount: number
  outcomeFrom: 'entered' | 'dimensions' | null
  overrides: { impact: boolean; quickwin: boolean }
  previousYear: number | null
}

export interface MethodEntry {
  topic: string
  title: string
  text: string
}

/** Decimal comma, as Indonesian reports print numbers. */
const id = (x: number) => String(x).replace('.', ',')

/** Every formula of the evaluation, in the order a reader needs them. */
export function evaluationMethod(f: MethodFacts): MethodEntry[] {
  const w = f.weights
  const rounding = 'Semua nilai dihitung tanpa pembulatan antara; tampilan dua desimal.'
  return [
    {
      topic: 'period',
      title: 'Data dan periode',
      text: `Respons warga yang dikirim pada tahun ${f.year} (hari kalender ${zoneName(f.timeZone)}, ${f.timeZone}) untuk ${f.programCount} program quick win tahun ${f.year}; setiap respons dinilai dengan versi kuesioner yang dijawabnya. ${rounding}`,
    },
    {
      topic: 'impact',
      title: 'Skor dampak program (0-5)',
      text: "Skor butir x' = (x - min) / (max - min) pada skala butir (butir terbalik: 1 - x'; ya = 1, tidak = 0). Nilai kriteria responden = rata-rata skor butir kriteria itu; skor responden = rata-rata tertimbang nilai kriteria yang dijawab (bobot dinormalkan ulang). Skor dampak = 5 x rata-rata skor responden; n = responden yang memiliki skor. Skor kriteria = 5 x rata-rata nilai kriteria responden.",
    },
    {
      topic: 'ci',
      title: 'Interval kepercayaan 95%',
      text: 'Rata-rata +/- t(0,975; n - 1) x SD / akar(n) x FPC, dengan SD sampel (pembagi n - 1) dan FPC = akar((N - n) / (N - 1)) bila populasi sasaran N program diketahui; dibatasi 0-5; tidak dihitung bila n < 2.',
    },
    {
      topic: 'sample',
      title: 'Target sampel dan kecukupan',
      text: 'Krejcie & Morgan: s = 3,841 x N x 0,5 x 0,5 / (0,05^2 x (N - 1) + 3,841 x 0,5 x 0,5), dibulatkan ke bilangan bulat terdekat; target tetap kuesioner didahulukan; tanpa N dipakai 50 responden per formulir (pedoman survei dampak nasional). Memadai = n >= target. Margin of error = 1,96 x akar(0,25 / n) x FPC.',
    },
    {
      topic: 'ikm',
      title: 'IKM (PermenPANRB 14/2017)',
      text: 'Untuk kuesioner SKM: NRR unsur = jumlah jawaban unsur (skala 1-4) / responden yang menjawabnya; IKM = jumlah NRR x 1/9 (bobot tepat 1/9, bukan 0,11); IKM konversi = IKM x 25. Mutu dari nilai konversi dibulatkan dua desimal: A (Sangat baik) >= 88,31; B (Baik) >= 76,61; C (Kurang baik) >= 65,00; D (Tidak baik) di bawahnya.',
    },
    {
      topic: 'nps',
      title: 'NPS',
      text: 'NPS = 100 x (promotor 9-10 - detraktor 0-6) / n jawaban; interval 95% = NPS +/- 1,96 x 100 x akar((pP + pD - (pP - pD)^2) / n).',
    },
    {
      topic: 'dimensions',
      title: 'Skor dimensi dan skor Impact wilayah',
      text: `Skor dimensi = rata-rata skor dampak program dimensi itu yang memiliki skor (setiap program dihitung sekali, berapa pun respondennya); ${f.scoredCount} dari ${f.programCount} program memiliki skor. Impact wilayah = rata-rata skor dimensi yang memiliki data (${f.dimensionsWithData} dari 6 dimensi).${f.overrides.impact ? ' Tahun ini Impact diganti (override) oleh evaluator dengan alasan tercatat; nilai hitungan tetap ditampilkan.' : ''}`,
    },
    {
      topic: 'quickwin',
      title: 'Nilai asesor dan skor Quick Win',
      text: `Asesor menilai sepuluh kriteria quick win pada skala 1-5. Rata-rata per kriteria = rata-rata nilai asesor yang menilainya; nilai quick win program = rata-rata dari rata-rata kriteria. Quick Win wilayah = rata-rata nilai quick win program yang dinilai (${f.assessedCount} program).${f.overrides.quickwin ? ' Tahun ini Quick Win diganti (override) oleh evaluator dengan alasan tercatat.' : ''}`,
    },
    {
      topic: 'combined',
      title: 'Skor gabungan program',
      text: `Skor gabungan = ${id(f.citizenWeight)} x skor dampak warga + ${id(1 - f.citizenWeight)} x nilai quick win asesor; bila salah satu tidak ada, dipakai yang ada.`,
    },
    {
      topic: 'outcome',
      title: 'Baseline, Output dan Outcome',
      text: `Baseline, Output dan Outcome (0-5) diisi evaluator dari telaah dokumen. ${f.outcomeFrom === 'dimensions' ? 'Outcome tahun ini = rata-rata nilai Outcome per dimensi yang diisi.' : 'Outcome dapat diisi menyeluruh atau per dimensi (lalu dirata-rata).'}`,
    },
    {
      topic: 'index',
      title: 'Indeks smart city',
      text: `Indeks = ${id(w.baseline)} x Baseline + ${id(w.output)} x Output + ${id(w.outcome)} x Outcome + ${id(w.impact)} x Impact + ${id(w.quickwin)} x Quick Win (bobot ${f.weightsFromReference ? 'acuan' : 'yang ditetapkan untuk tahun ini'}). Bila satu nilai belum ada, indeks tidak dihitung; indeks sementara = jumlah bobot x nilai yang ada / jumlah bobotnya.${f.previousYear ? ` Perubahan = indeks ${f.year} - indeks ${f.previousYear} (evaluasi sebelumnya, dihitung dengan cara yang sama).` : ''}`,
    },
  ]
}
