// The comparison of a year and a region's trajectory as CSV, XLSX and PDF files: the same rows
// (across-tables.ts), the ranking rule, and a chart both drawn (PDF) and written as text (every
// format), so the ranks and figures read the same in a spreadsheet, LibreOffice and pdftotext.
import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import PDFDocument from 'pdfkit'
import type { Comparison, Trajectory } from '../evaluations/across'
import {
  CHANGE_COLUMNS,
  HISTORY_COLUMNS,
  ITEM_COLUMNS,
  changeRows,
  historyRows,
  itemRow,
  spbeRows,
} from './across-tables'
import { safeCell } from './cell-safety'
import type { Cell, Column } from './evaluation-table'
import { barChart, fmt, heading, table } from './pdf-drawing'

type Doc = InstanceType<typeof PDFDocument>

function csvOf(columns: Column[], rows: Record<string, Cell>[], note: string): string {
  const keys = [...columns.map((c) => c.key), 'catatan']
  const cells = rows.map((r) => keys.map((k) => safeCell(k === 'catatan' ? note : (r[k] ?? null))))
  return stringify(cells, { header: true, columns: keys, bom: true })
}

export function comparisonCsv(c: Comparison): string {
  return csvOf(ITEM_COLUMNS, c.items.map(itemRow), c.ranking.rule.id)
}

export function trajectoryCsv(t: Trajectory): string {
  return csvOf(ITEM_COLUMNS, t.items.map(itemRow), t.ranking.rule.id)
}

function sheet(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: Math.max(12, c.header.length + 2),
    style: c.format ? { numFmt: c.format } : {},
  }))
  ws.getRow(1).font = { bold: true }
  for (const row of rows) ws.addRow(row.map((cell) => safeCell(cell)))
  const chart = columns.findIndex((c) => c.key === 'grafik')
  if (chart >= 0) ws.getColumn(chart + 1).width = 30
  return ws
}

const itemCells = (items: Comparison['items']) =>
  items.map((i) => {
    const row = itemRow(i)
    return ITEM_COLUMNS.map((c) => row[c.key] ?? null)
  })

function ruleSheet(wb: ExcelJS.Workbook, rule: { id: string }) {
  const ws = sheet(
    wb,
    'Aturan peringkat',
    [{ key: 'aturan', header: 'Aturan peringkat' }],
    [[rule.id]],
  )
  ws.getColumn(1).width = 120
  ws.getColumn(1).alignment = { wrapText: true, vertical: 'top' }
}

export async function comparisonXlsx(c: Comparison): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Platform survei dampak quick win'
  sheet(wb, `Perbandingan ${c.year}`, ITEM_COLUMNS, itemCells(c.items))
  ruleSheet(wb, c.ranking.rule)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export async function trajectoryXlsx(t: Trajectory): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Platform survei dampak quick win'
  sheet(wb, 'Lintasan', ITEM_COLUMNS, itemCells(t.items))
  sheet(wb, 'Perubahan', CHANGE_COLUMNS, changeRows(t))
  sheet(
    wb,
    'Konteks SPBE',
    [
      { key: 'tahun', header: 'Tahun', format: '0' },
      { key: 'indeks', header: 'Indeks SPBE (0-5)', format: '0.00' },
      { key: 'grafik', header: 'Grafik (0-5)' },
      { key: 'sumber', header: 'Sumber (konteks, bukan bagian indeks smart city)' },
    ],
    spbeRows(t),
  )
  sheet(wb, 'Riwayat program', HISTORY_COLUMNS, historyRows(t))
  ruleSheet(wb, t.ranking.rule)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

function pdfDocument(title: string, build: (doc: Doc) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 40, bottom: 40, left: 36, right: 36 },
    compress: process.env.NODE_ENV !== 'test',
    info: { Title: title, Author: 'Platform survei dampak' },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.font('Helvetica-Bold').fontSize(16).fillColor('#1f2933').text(title)
  build(doc)
  doc.end()
  return done
}

const PDF_COLUMNS = [
  { header: 'Nas.', width: 30, align: 'right' as const },
  { header: 'Prov.', width: 30, align: 'right' as const },
  { header: 'Wilayah', width: 120 },
  { header: 'Tahun', width: 34, align: 'right' as const },
  { header: 'Sumber', width: 58 },
  { header: 'Status', width: 52 },
  { header: 'Baseline', width: 40, align: 'right' as const },
  { header: 'Output', width: 40, align: 'right' as const },
  { header: 'Outcome', width: 42, align: 'right' as const },
  { header: 'Impact', width: 40, align: 'right' as const },
  { header: 'Quick Win', width: 44, align: 'right' as const },
  { header: 'Indeks', width: 40, align: 'right' as const },
  { header: 'Versi / sumber', width: 200 },
]

function itemTable(doc: Doc, items: Comparison['items']) {
  const rows = items.map((i) => {
    const r = itemRow(i)
    return [
      i.rank.national === null ? '-' : String(i.rank.national),
      i.rank.province === null ? '-' : String(i.rank.province),
      i.regionName,
      String(i.year),
      String(r.sumber),
      String(r.status),
      fmt(i.scores.baseline),
      fmt(i.scores.output),
      fmt(i.scores.outcome),
      fmt(i.scores.impact),
      fmt(i.scores.quickwin),
      fmt(i.index),
      [r.versi, r.keterangan, r.cakupan].filter(Boolean).join('; '),
    ]
  })
  table(doc, PDF_COLUMNS, rows)
}

export function comparisonPdf(c: Comparison): Promise<Buffer> {
  return pdfDocument(`Perbandingan evaluasi smart city ${c.year}`, (doc) => {
    doc.font('Helvetica').fontSize(8.5).fillColor('#52606d').text(c.ranking.rule.id)
    heading(doc, 'Peringkat dan komponen')
    itemTable(doc, c.items)
    heading(doc, 'Indeks per wilayah (0-5)')
    const ranked = c.items.filter((i) => i.ranked)
    barChart(
      doc,
      ranked.map((i) => ({ label: `${i.rank.national}. ${i.regionName}`, value: i.index })),
    )
  })
}

export function trajectoryPdf(t: Trajectory): Promise<Buffer> {
  return pdfDocument(`Lintasan evaluasi smart city ${t.region.name}`, (doc) => {
    doc.font('Helvetica').fontSize(8.5).fillColor('#52606d').text(t.ranking.rule.id)
    heading(doc, 'Indeks per tahun (0-5)')
    barChart(
      doc,
      t.items.map((i) => ({
        label: `${i.year} ${i.source === 'published' ? 'terbit' : 'hitungan'}`,
        value: i.index,
      })),
    )
    heading(doc, 'Tahun demi tahun')
    itemTable(doc, t.items)
    table(
      doc,
      [
        { header: 'Tahun', width: 50 },
        { header: 'Dari', width: 50 },
        { header: 'Perubahan', width: 70, align: 'right' },
        { header: 'Komponen yang paling menggerakkan', width: 300 },
        { header: 'Kontribusi', width: 70, align: 'right' },
      ],
      changeRows(t).map((r) => [
        String(r[0]),
        String(r[1]),
        fmt(r[2] as number | null),
        String(r[3]),
        fmt(r[4] as number | null),
      ]),
    )
    heading(doc, 'Konteks: indeks SPBE (bukan bagian indeks smart city)', 11)
    if (t.context.spbe.length === 0) doc.fontSize(9).text('Tidak ada data SPBE.')
    else
      barChart(
        doc,
        t.context.spbe.map((s) => ({ label: `SPBE ${s.year}`, value: s.index })),
      )
    heading(doc, 'Riwayat program quick win yang berlanjut', 11)
    if (t.programs.length === 0)
      doc.fontSize(9).text('Belum ada program yang berlanjut lebih dari satu tahun.')
    for (const p of t.programs) {
      table(
        doc,
        [
          { header: `${p.name}: tahun`, width: 150 },
          { header: 'n', width: 40, align: 'right' },
          { header: 'Dampak (IK 95%)', width: 150 },
          { header: 'IKM konversi (IK 95%)', width: 150 },
        ],
        p.years.map((y) => [
          String(y.year),
          String(y.n),
          `${fmt(y.impact.score)} (${y.impact.ci ? `${fmt(y.impact.ci[0])}-${fmt(y.impact.ci[1])}` : '-'})`,
          y.ikm
            ? `${fmt(y.ikm.converted)} (${y.ikm.ci ? `${fmt(y.ikm.ci[0])}-${fmt(y.ikm.ci[1])}` : '-'})`
            : '-',
        ]),
      )
    }
  })
}
