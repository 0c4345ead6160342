// The evaluation sheet as CSV (csv-stringify): one row per program, then the summary rows; every
// text cell neutralised against formulas; numbers unrounded (the XLSX and PDF show 2 decimals).
import { stringify } from 'csv-stringify/sync'
import type { Evaluation } from '../evaluations/service'
import { safeCell } from './cell-safety'
import { PROGRAM_COLUMNS, programRows, summaryRows, type Cell } from './evaluation-table'

const COLUMNS = ['jenis_baris', ...PROGRAM_COLUMNS.map((c) => c.key), 'nilai', 'keterangan']

export function evaluationCsv(ev: Evaluation): string {
  const rows: Record<string, Cell>[] = [
    ...programRows(ev).map((r) => ({ jenis_baris: 'program', ...r })),
    ...summaryRows(ev).map((s) => ({
      jenis_baris: s.kind,
      ...(s.kind === 'dimensi' ? { dimensi: s.label } : { program: s.label }),
      nilai: s.value,
      keterangan: s.note,
    })),
  ]
  const safe = rows.map((r) => COLUMNS.map((key) => safeCell(r[key] ?? null)))
  // A BOM so that spreadsheet programs read the UTF-8 text right.
  return stringify(safe, { header: true, columns: COLUMNS, bom: true })
}
