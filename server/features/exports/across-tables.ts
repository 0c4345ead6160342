// The comparison of a year and a region's trajectory as rows shared by their CSV, XLSX and PDF
// exports, with a chart written as text (a bar of blocks on the 0-5 scale and the value), so a
// screen reader, a spreadsheet and pdftotext read the chart as well as the eye does.
import { componentShortName } from '../../domain/reference'
import type { Comparison, Trajectory } from '../evaluations/across'
import type { Cell, Column } from './evaluation-table'

type Item = Comparison['items'][number]

const BAR_CELLS = 20

/** A 0-5 value as a text bar of 20 cells and its value with a decimal comma: "█████░░░ 3,57". */
export function textBar(value: number | null): string {
  if (value === null) return 'tidak ada indeks'
  const filled = Math.round((Math.max(0, Math.min(5, value)) / 5) * BAR_CELLS)
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)} ${value.toFixed(2).replace('.', ',')}`
}

const SOURCE = { computed: 'dihitung platform', published: 'terbit' }
const STATUS = { final: 'final', provisional: 'sementara' }

export const ITEM_COLUMNS: Column[] = [
  { key: 'peringkat_nasional', header: 'Peringkat nasional', format: '0' },
  { key: 'peringkat_provinsi', header: 'Peringkat provinsi', format: '0' },
  { key: 'wilayah', header: 'Wilayah' },
  { key: 'kode', header: 'Kode' },
  { key: 'provinsi', header: 'Provinsi' },
  { key: 'tahun', header: 'Tahun', format: '0' },
  { key: 'sumber', header: 'Sumber angka' },
  { key: 'status', header: 'Status' },
  { key: 'versi', header: 'Versi' },
  { key: 'baseline', header: 'Baseline', format: '0.00' },
  { key: 'output', header: 'Output', format: '0.00' },
  { key: 'outcome', header: 'Outcome', format: '0.00' },
  { key: 'impact', header: 'Impact', format: '0.00' },
  { key: 'quickwin', header: 'Quick Win', format: '0.00' },
  { key: 'indeks', header: 'Indeks', format: '0.00' },
  { key: 'grafik', header: 'Grafik indeks (0-5)' },
  { key: 'cakupan', header: 'Cakupan' },
  { key: 'keterangan', header: 'Sumber dan catatan' },
]

function coverageOf(item: Item): string | null {
  const c = item.coverage
  if (!c) return null
  return `${c.withData}/${c.programs} program berdata (${c.respondents} responden), ${c.assessed}/${c.programs} dinilai (${c.assessors} asesor)`
}

function noteOf(item: Item): string | null {
  const p = item.published
  if (!p) return item.ranked ? null : 'tanpa peringkat: wilayah ini diperingkat dengan angka lain'
  const rank = p.rank ? `; peringkat menurut sumber: ${p.rank.national} dari ${p.rank.of}` : ''
  const note = p.note ? `; ${p.note}` : ''
  return `${p.source}${p.publishedAt ? ` (${p.publishedAt})` : ''}${rank}${note}`
}

export function itemRow(item: Item): Record<string, Cell> {
  return {
    peringkat_nasional: item.rank.national,
    peringkat_provinsi: item.rank.province,
    wilayah: item.regionName,
    kode: item.regionCode,
    provinsi: item.province,
    tahun: item.year,
    sumber: SOURCE[item.source],
    status: STATUS[item.status],
    versi: item.versionLabel.id,
    baseline: item.scores.baseline ?? null,
    output: item.scores.output ?? null,
    outcome: item.scores.outcome ?? null,
    impact: item.scores.impact ?? null,
    quickwin: item.scores.quickwin ?? null,
    indeks: item.index,
    grafik: textBar(item.index),
    cakupan: coverageOf(item),
    keterangan: noteOf(item),
  }
}

export const CHANGE_COLUMNS: Column[] = [
  { key: 'tahun', header: 'Tahun', format: '0' },
  { key: 'dari', header: 'Dibanding tahun', format: '0' },
  { key: 'perubahan', header: 'Perubahan indeks', format: '0.00' },
  { key: 'penggerak', header: 'Komponen yang paling menggerakkan' },
  { key: 'kontribusi', header: 'Kontribusinya', format: '0.00' },
]

export function changeRows(tr: Trajectory): Cell[][] {
  return tr.changes.map((c) => [
    c.year,
    c.previousYear,
    c.change,
    c.movedMost
      ? `${componentShortName(c.movedMost.component)} (${c.weighted ? 'bobot x nilai' : 'selisih nilai, bobot tidak diketahui'})`
      : 'tidak dapat ditentukan: komponen tidak lengkap',
    c.movedMost?.contribution ?? null,
  ])
}

export function spbeRows(tr: Trajectory): Cell[][] {
  return tr.context.spbe.map((s) => [s.year, s.index, textBar(s.index), s.source])
}

export function historyRows(tr: Trajectory): Cell[][] {
  return tr.programs.flatMap((p) =>
    p.years.map((y) => [
      p.name,
      y.year,
      y.n,
      y.impact.score,
      y.impact.ci?.[0] ?? null,
      y.impact.ci?.[1] ?? null,
      y.ikm?.converted ?? null,
      y.ikm?.ci?.[0] ?? null,
      y.ikm?.ci?.[1] ?? null,
      y.ikm?.mutu ?? null,
    ]),
  )
}

export const HISTORY_COLUMNS: Column[] = [
  { key: 'program', header: 'Program' },
  { key: 'tahun', header: 'Tahun', format: '0' },
  { key: 'n', header: 'n respons', format: '0' },
  { key: 'dampak', header: 'Skor dampak (0-5)', format: '0.00' },
  { key: 'dampak_bawah', header: 'IK 95% bawah', format: '0.00' },
  { key: 'dampak_atas', header: 'IK 95% atas', format: '0.00' },
  { key: 'ikm', header: 'IKM konversi', format: '0.00' },
  { key: 'ikm_bawah', header: 'IKM IK 95% bawah', format: '0.00' },
  { key: 'ikm_atas', header: 'IKM IK 95% atas', format: '0.00' },
  { key: 'mutu', header: 'Mutu' },
]
