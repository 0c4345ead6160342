// The evaluation sheet as XLSX (exceljs): Evaluasi (the five scores, weights, index), Program,
// Cakupan (coverage per component), Kriteria (criterion scores per program), Penilaian asesor (the assessors' means per criterion),
// Nilai per asesor (each assessor's own marks and notes) and Metode. Numbers are numbers with
// number formats, header rows bold and frozen, every text cell neutralised against formulas.
import ExcelJS from 'exceljs'
import { EVALUATION_DIMENSIONS, QUICKWIN_CRITERIA } from '../../domain/reference'
import type { AssessorMarks } from '../assessments/service'
import type { Evaluation } from '../evaluations/service'
import { safeCell } from './cell-safety'
import {
  PROGRAM_COLUMNS,
  programRows,
  programsOf,
  summaryRows,
  componentCoverageText,
  statusText,
  type Cell,
  type Column,
} from './evaluation-table'

function addSheet(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]) {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.format ? 14 : Math.max(14, Math.min(60, c.header.length + 6)),
    ...(c.format ? { style: { numFmt: c.format } } : {}),
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(row.map((cell) => safeCell(cell)))
  return sheet
}

const COVERAGE_COLUMNS: Column[] = [
  { key: 'komponen', header: 'Komponen' },
  { key: 'program', header: 'Program tahun ini', format: '0' },
  { key: 'berdata', header: 'Program berdata warga', format: '0' },
  { key: 'dinilai', header: 'Program dinilai asesor', format: '0' },
  { key: 'responden', header: 'Responden', format: '0' },
  { key: 'asesor', header: 'Asesor', format: '0' },
  { key: 'lengkap', header: 'Lengkap' },
  { key: 'keterangan', header: 'Keterangan' },
]

/** Coverage of each component and of the index, as numbers (empty where a count does not apply). */
function coverageRows(ev: Evaluation): Cell[][] {
  const codes = ['baseline', 'output', 'outcome', 'impact', 'quickwin'] as const
  const rows: Cell[][] = codes.map((code) => {
    const c = ev.coverage.components[code]
    const label = EVALUATION_DIMENSIONS.find((d) => d.code === code)!.name.id
    const yes = c.complete ? 'ya' : 'tidak'
    return [
      label,
      c.programs,
      c.withData,
      c.assessed,
      c.respondents,
      c.assessors,
      yes,
      componentCoverageText(ev, code),
    ]
  })
  const c = ev.coverage
  rows.push([
    'Indeks',
    c.programs,
    c.withData,
    c.assessed,
    c.respondents,
    c.assessors,
    c.complete ? 'ya' : 'tidak',
    `${statusText(ev)}; ${ev.versionLabel.id}`,
  ])
  return rows
}

function evaluationSheet(wb: ExcelJS.Workbook, ev: Evaluation) {
  const rows: Cell[][] = [
    ['wilayah', `${ev.region.name} (${ev.region.code})`, null, null, `tahun ${ev.year}`],
  ]
  for (const s of summaryRows(ev).filter((r) => r.kind !== 'dimensi')) {
    const code = s.kind === 'skor' ? s.component : undefined
    const weight = code ? ev.weights[code] : null
    const contribution = code ? (ev.contributions[code] ?? null) : null
    rows.push([s.kind, s.label, s.value, weight, s.note, contribution])
  }
  const sheet = addSheet(
    wb,
    'Evaluasi',
    [
      { key: 'jenis', header: 'Jenis' },
      { key: 'komponen', header: 'Komponen' },
      { key: 'nilai', header: 'Nilai', format: '0.00' },
      { key: 'bobot', header: 'Bobot', format: '0.00' },
      { key: 'keterangan', header: 'Keterangan / metode' },
      { key: 'kontribusi', header: 'Bobot x nilai', format: '0.00' },
    ],
    rows,
  )
  sheet.getColumn('keterangan').width = 70
}

function criteriaRows(ev: Evaluation): Cell[][] {
  return programsOf(ev).flatMap(({ program: p }) =>
    p.criteria.map((c) => [p.name, p.agency.code, c.code, c.label.id, c.n, c.score]),
  )
}

function assessorRows(ev: Evaluation): Cell[][] {
  return programsOf(ev).map(({ program: p }) => [
    p.name,
    p.agency.code,
    p.assessment.assessors,
    ...QUICKWIN_CRITERIA.criteria.map((c) => p.assessment.means[c.code] ?? null),
    p.quickwinMark,
    p.combined,
  ])
}

/** The program and its agency's code, first in each sheet with rows per program. */
const PROGRAM_KEY_COLUMNS: Column[] = [
  { key: 'program', header: 'Program' },
  { key: 'pd', header: 'Perangkat daerah' },
]

/** A column per quick-win criterion, in reference order, named in Indonesian. */
const criterionColumns = (format: Column['format']): Column[] =>
  QUICKWIN_CRITERIA.criteria.map((c) => ({ key: c.code, header: c.name.id, format }))

/** One row per program and assessor, in the order of the programs, then by name. */
function assessorMarkRows(ev: Evaluation, marks: readonly AssessorMarks[]): Cell[][] {
  const criterionNames = new Map(QUICKWIN_CRITERIA.criteria.map((c) => [c.code, c.name.id]))
  return programsOf(ev).flatMap(({ program: p }) =>
    marks
      .filter((m) => m.programId === p.id)
      .map((m) => [
        p.name,
        p.agency.code,
        m.assessor,
        ...QUICKWIN_CRITERIA.criteria.map((c) => m.marks[c.code] ?? null),
        m.notes.general ?? null,
        Object.entries(m.notes)
          .filter(([code, note]) => code !== 'general' && note.trim() !== '')
          .map(([code, note]) => `${criterionNames.get(code) ?? code}: ${note}`)
          .join('; ') || null,
        m.updatedAt,
      ]),
  )
}

/** The workbook as a buffer; `marks` are the assessments of the evaluation's programs. */
export async function evaluationXlsx(
  ev: Evaluation,
  marks: readonly AssessorMarks[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Platform survei dampak quick win'
  evaluationSheet(wb, ev)
  addSheet(wb, 'Cakupan', COVERAGE_COLUMNS, coverageRows(ev))
  const programs = programRows(ev).map((r) => PROGRAM_COLUMNS.map((c) => r[c.key] ?? null))
  addSheet(wb, 'Program', PROGRAM_COLUMNS, programs)
  addSheet(
    wb,
    'Kriteria',
    [
      ...PROGRAM_KEY_COLUMNS,
      { key: 'kode', header: 'Kode kriteria' },
      { key: 'kriteria', header: 'Kriteria' },
      { key: 'n', header: 'n', format: '0' },
      { key: 'skor', header: 'Skor kriteria (0-5)', format: '0.00' },
    ],
    criteriaRows(ev),
  )
  addSheet(
    wb,
    'Penilaian asesor',
    [
      ...PROGRAM_KEY_COLUMNS,
      { key: 'asesor', header: 'Jumlah asesor', format: '0' },
      ...criterionColumns('0.00'),
      { key: 'nilai', header: 'Nilai quick win (1-5)', format: '0.00' },
      { key: 'gabungan', header: 'Skor gabungan', format: '0.00' },
    ],
    assessorRows(ev),
  )
  addSheet(
    wb,
    'Nilai per asesor',
    [
      ...PROGRAM_KEY_COLUMNS,
      { key: 'asesor', header: 'Asesor' },
      ...criterionColumns('0'),
      { key: 'catatan', header: 'Catatan umum' },
      { key: 'catatan_kriteria', header: 'Catatan per kriteria' },
      { key: 'diperbarui', header: 'Diperbarui (UTC)' },
    ],
    assessorMarkRows(ev, marks),
  )
  const method = addSheet(
    wb,
    'Metode',
    [
      { key: 'topik', header: 'Topik' },
      { key: 'metode', header: 'Metode' },
    ],
    ev.method.map((m) => [m.title, m.text]),
  )
  method.getColumn('metode').width = 120
  method.getColumn('metode').alignment = { wrapText: true, vertical: 'top' }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
