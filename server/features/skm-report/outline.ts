// Chapters I-IV of a unit's SKM report as blocks: identity, legal basis and aims; method
// (population, Krejcie-Morgan target against respondents, period, channels, the IKM formula);
// respondent profile (each segment as a table and a chart); results in the regulation's layout.
import { formatCount, formatDecimal, formatInterval } from '../../domain/format/decimal'
import { longRange, periodName } from '../../domain/periods'
import { findDimension, SKM } from '../../domain/reference'
import { classifyMutu } from '../../domain/scoring'
import type { Block } from './document'
import type { UnitReport } from './model'
import { AIMS, ELEMENT_NOTE, LEGAL_BASIS, mutuRows } from './texts'

const d = (x: number | null | undefined, digits = 2) => formatDecimal(x, digits)
const pct = (count: number, base: number) => (base > 0 ? `${d((100 * count) / base, 1)}%` : '-')

/** "Triwulan II 2024 (1 April 2024 s.d. 30 Juni 2024)". */
export function periodText(p: UnitReport['period']): string {
  const name = periodName(p).id
  return p.kind === 'range' ? name : `${name} (${longRange(p.from, p.to).id})`
}

export function identity(r: UnitReport, n: string): Block[] {
  const dimension = findDimension(r.program.dimension)
  const N = r.program.targetPopulation
  return [
    { kind: 'heading', level: 2, text: `${n}.1 Identitas unit layanan` },
    {
      kind: 'table',
      columns: [
        { header: 'Keterangan', width: 2 },
        { header: 'Isi', width: 5 },
      ],
      rows: [
        ['Unit layanan (program)', r.program.name],
        ['Perangkat daerah', `${r.program.agencyName} (${r.program.agencyCode})`],
        ['Wilayah', `${r.region.name} (${r.region.code})`],
        ['Dimensi smart city', dimension ? dimension.name.id : r.program.dimension],
        ['Kuesioner', r.questionnaire.title],
        ['Periode survei', periodText(r.period)],
        ['Populasi sasaran', N ? `${formatCount(N)} orang` : 'belum diisi'],
      ],
    },
  ]
}

export function basisAndAims(n: string): Block[] {
  return [
    { kind: 'heading', level: 2, text: `${n}.2 Dasar hukum` },
    { kind: 'list', items: LEGAL_BASIS, ordered: true },
    { kind: 'heading', level: 2, text: `${n}.3 Maksud dan tujuan` },
    { kind: 'list', items: AIMS, ordered: true },
  ]
}

function sampleText(r: UnitReport): string {
  const { score } = r
  const target = score.sampleTarget
  const N = r.program.targetPopulation
  const how =
    target.method === 'fixed'
      ? `target tetap kuesioner: ${formatCount(target.target)} responden`
      : N
        ? `menurut Krejcie dan Morgan untuk populasi ${formatCount(N)} (tingkat kepercayaan 95%, margin of error 5%): ${formatCount(target.target)} responden`
        : `pedoman nasional tanpa populasi diketahui: ${formatCount(target.target)} responden`
  const ikmN = score.ikm?.n ?? 0
  const moe = score.marginOfError
  return [
    `Target sampel ${how}.`,
    `Responden pada periode ini: ${formatCount(score.n)}; ${formatCount(ikmN)} di antaranya menjawab unsur pelayanan (dasar IKM).`,
    score.adequate ? 'Target sampel tercapai.' : 'Target sampel belum tercapai.',
    moe === null
      ? ''
      : `Margin of error pada jumlah responden ini: ${d(100 * moe, 1)} poin persen.`,
  ]
    .filter(Boolean)
    .join(' ')
}

export function method(r: UnitReport, n: string): Block[] {
  const total = r.channels.reduce((sum, c) => sum + c.count, 0)
  return [
    { kind: 'heading', level: 2, text: `${n}.1 Populasi, sampel dan responden` },
    { kind: 'paragraph', text: sampleText(r) },
    { kind: 'heading', level: 2, text: `${n}.2 Waktu dan saluran pengisian` },
    {
      kind: 'paragraph',
      text: `Survei mencakup jawaban yang masuk pada ${periodText(r.period)}, dihitung per hari kalender wilayah. Responden mengisi kuesioner daring melalui saluran berikut; tanggapan yang dikecualikan (uji coba, spam, ganda) tidak dihitung.`,
    },
    {
      kind: 'table',
      columns: [
        { header: 'Saluran', width: 4 },
        { header: 'Responden', width: 2, align: 'right' },
        { header: 'Persentase', width: 2, align: 'right' },
      ],
      rows: [
        ...r.channels.map((c) => [c.channel, formatCount(c.count), pct(c.count, total)]),
        ['Jumlah', formatCount(total), pct(total, total)],
      ],
      strongRows: [r.channels.length],
    },
    { kind: 'heading', level: 2, text: `${n}.3 Pengolahan data dan perhitungan IKM` },
    { kind: 'paragraph', text: r.score.method.ikm?.id ?? ELEMENT_NOTE },
    {
      kind: 'table',
      columns: [
        { header: 'Nilai persepsi', width: 2, align: 'center' },
        { header: 'Nilai interval (NI)', width: 3, align: 'center' },
        { header: 'Nilai interval konversi (NIK)', width: 3, align: 'center' },
        { header: 'Mutu pelayanan', width: 2, align: 'center' },
        { header: 'Kinerja unit pelayanan', width: 3 },
      ],
      rows: mutuRows(),
      note: 'Sumber: Lampiran Peraturan Menteri PANRB Nomor 14 Tahun 2017. Mutu ditentukan dari nilai konversi yang dibulatkan dua desimal.',
    },
  ]
}

export function profile(r: UnitReport, n: string): Block[] {
  if (r.segments.length === 0) {
    return [{ kind: 'paragraph', text: 'Kuesioner ini tidak memuat pertanyaan profil responden.' }]
  }
  const base = r.score.n
  return r.segments.flatMap((s, i): Block[] => {
    const missing = Math.max(0, base - s.answered)
    const rows = s.values.map((v) => [v.label.id, formatCount(v.count), pct(v.count, base)])
    if (missing > 0) rows.push(['Tidak menjawab', formatCount(missing), pct(missing, base)])
    rows.push(['Jumlah', formatCount(base), pct(base, base)])
    return [
      { kind: 'heading', level: 2, text: `${n}.${i + 1} ${s.text.id}` },
      {
        kind: 'table',
        columns: [
          { header: 'Kategori', width: 4 },
          { header: 'Jumlah', width: 2, align: 'right' },
          { header: 'Persentase', width: 2, align: 'right' },
        ],
        rows,
        strongRows: [rows.length - 1],
      },
      {
        kind: 'bars',
        caption: `Gambar: responden menurut ${s.text.id.toLowerCase()} (persentase dari ${formatCount(base)} responden)`,
        bars: s.values.map((v) => ({
          label: v.label.id,
          share: base > 0 ? v.count / base : 0,
          text: pct(v.count, base),
        })),
      },
    ]
  })
}

/** Results: the regulation's table, each element with its mutu, the IKM and the impact score. */
export function results(r: UnitReport, n: string): Block[] {
  const ikm = r.score.ikm
  if (!ikm || ikm.value === null) {
    return [
      {
        kind: 'paragraph',
        text: 'Belum ada jawaban unsur pelayanan pada periode ini, sehingga IKM belum dapat dihitung.',
      },
    ]
  }
  const sums = SKM.elements.map((e) => r.sums.elements.get(e.code)?.sum ?? 0)
  const byCode = new Map(ikm.elements.map((e) => [e.code, e]))
  const cells = (f: (code: string, i: number) => string) => SKM.elements.map((e, i) => f(e.code, i))
  const regulation: Block = {
    kind: 'table',
    columns: [
      { header: 'Uraian', width: 3.2 },
      ...SKM.elements.map((e) => ({ header: e.code, width: 1, align: 'right' as const })),
    ],
    rows: [
      ['Jumlah nilai per unsur', ...cells((_, i) => formatCount(sums[i]!))],
      ['Jumlah responden', ...cells((code) => formatCount(byCode.get(code)?.n ?? 0))],
      ['NRR per unsur', ...cells((code) => d(byCode.get(code)?.nrr, 3))],
      ['NRR tertimbang per unsur', ...cells((code) => d(byCode.get(code)?.weighted, 3))],
    ],
    note: ELEMENT_NOTE,
  }
  const totals: Block = {
    kind: 'table',
    columns: [
      { header: 'Hasil', width: 5 },
      { header: 'Nilai', width: 3, align: 'right' },
    ],
    rows: [
      ['IKM (jumlah NRR tertimbang, skala 1-4)', d(ikm.value, 3)],
      ['IKM unit pelayanan (IKM x 25, skala 25-100)', d(ikm.converted, 2)],
      ['Mutu pelayanan', ikm.mutu ?? '-'],
      ['Kinerja unit pelayanan', ikm.kinerja?.id ?? '-'],
      ['Interval kepercayaan 95% IKM unit pelayanan', formatInterval(ikm.ci)],
    ],
    strongRows: [1, 2],
  }
  const elements: Block = {
    kind: 'table',
    columns: [
      { header: 'Kode', width: 1 },
      { header: 'Unsur pelayanan', width: 5 },
      { header: 'Responden', width: 1.6, align: 'right' },
      { header: 'NRR', width: 1.3, align: 'right' },
      { header: 'NRR x 25', width: 1.5, align: 'right' },
      { header: 'Mutu', width: 1.1, align: 'center' },
    ],
    rows: ikm.elements.map((e) => [
      e.code,
      e.name.id,
      formatCount(e.n),
      d(e.nrr, 3),
      d(e.converted, 2),
      classifyMutu(e.converted),
    ]),
  }
  const impact = r.score.impact
  return [
    { kind: 'heading', level: 2, text: `${n}.1 Nilai per unsur pelayanan` },
    {
      kind: 'paragraph',
      text: 'Tabel pengolahan menurut format lampiran PermenPANRB 14/2017 (baris per responden diringkas menjadi jumlah per unsur):',
    },
    regulation,
    totals,
    { kind: 'heading', level: 2, text: `${n}.2 Rincian unsur pelayanan` },
    elements,
    {
      kind: 'bars',
      caption: 'Gambar: nilai konversi per unsur (NRR x 25; sumbu dari 25 sampai 100)',
      bars: ikm.elements.map((e) => ({
        label: `${e.code} ${e.name.id}`,
        share: (e.converted - 25) / 75,
        text: d(e.converted, 2),
      })),
    },
    { kind: 'heading', level: 2, text: `${n}.3 Indeks Kepuasan Masyarakat` },
    {
      kind: 'figure',
      label: 'IKM unit pelayanan',
      value: `${d(ikm.converted, 2)} (mutu ${ikm.mutu}, ${ikm.kinerja?.id ?? ''})`,
      detail: `Interval kepercayaan 95%: ${formatInterval(ikm.ci)} dari ${formatCount(ikm.n)} responden${ikm.ciCrossesBound ? '; interval melintasi batas mutu, sehingga mutu belum pasti' : ''}.`,
    },
    ...(impact.score === null
      ? []
      : [
          {
            kind: 'figure' as const,
            label: 'Skor dampak program (0-5)',
            value: d(impact.score, 2),
            detail: `Interval kepercayaan 95%: ${formatInterval(impact.ci)} dari ${formatCount(impact.n)} responden; skala yang sama dengan indeks smart city.`,
          },
        ]),
  ]
}
