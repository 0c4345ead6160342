// The evaluation as a printable A4 report in Indonesian (pdfkit): region and year, the index with
// its status and version, the five scores and their coverage, a bar chart of the dimension scores, a table per dimension, the method, and
// page numbers. Content streams are left uncompressed under NODE_ENV=test so tests read the text.
import PDFDocument from 'pdfkit'
import type { Evaluation } from '../evaluations/service'
import { componentCoverageText, coverageText, statusText, summaryRows } from './evaluation-table'
import { barChart, fmt, heading, table, type TableColumn } from './pdf-drawing'

type Doc = InstanceType<typeof PDFDocument>

function title(doc: Doc, ev: Evaluation) {
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#1f2933').text('Laporan Evaluasi Smart City')
  doc
    .font('Helvetica')
    .fontSize(12)
    .text(`${ev.region.name} (${ev.region.code}) - Tahun ${ev.year}`)
  doc.fontSize(9).fillColor('#52606d')
  doc.text(
    'Dimensi evaluasi Gerakan Menuju 100 Smart City dan dampak program quick win bagi warga.',
  )
  doc.moveDown(0.8).fillColor('#1f2933').font('Helvetica-Bold').fontSize(14)
  doc.text(
    ev.index !== null
      ? `Indeks smart city: ${fmt(ev.index)}`
      : `Indeks smart city: belum lengkap (indeks sementara ${fmt(ev.partialIndex)})`,
  )
  doc.font('Helvetica-Bold').fontSize(10)
  doc.fillColor(ev.status === 'final' ? '#1f2933' : '#8a1c1c').text(`Status: ${statusText(ev)}`)
  doc.fillColor('#1f2933').font('Helvetica').fontSize(10)
  doc.text(`Versi: ${ev.versionLabel.id}`)
  if (ev.previous) {
    const sign = ev.change !== null && ev.change > 0 ? '+' : ''
    doc.text(
      `Indeks ${ev.previous.year}: ${fmt(ev.previous.index)}; perubahan: ${ev.change === null ? '-' : sign + fmt(ev.change)}`,
    )
  }
}

function components(doc: Doc, ev: Evaluation) {
  heading(doc, 'Lima komponen evaluasi (0-5)')
  const rows = summaryRows(ev)
    .filter((r) => r.kind === 'skor')
    .map((r) => [
      r.label,
      fmt(r.value),
      fmt(ev.weights[r.component!]),
      fmt(ev.contributions[r.component!]),
      r.note,
    ])
  const columns: TableColumn[] = [
    { header: 'Komponen', width: 70 },
    { header: 'Nilai', width: 40, align: 'right' },
    { header: 'Bobot', width: 40, align: 'right' },
    { header: 'Bobot x nilai', width: 55, align: 'right' },
    { header: 'Sumber', width: 310 },
  ]
  table(doc, columns, rows)
  doc.fontSize(8.5).text(`Bobot warga pada skor gabungan program: ${fmt(ev.citizenWeight)}.`)
  heading(doc, 'Cakupan', 11)
  const coverage = (['baseline', 'output', 'outcome', 'impact', 'quickwin'] as const).map(
    (code) => [
      summaryRows(ev).find((r) => r.kind === 'skor' && r.component === code)!.label,
      componentCoverageText(ev, code),
    ],
  )
  coverage.push(['Indeks', coverageText(ev)])
  table(
    doc,
    [
      { header: 'Komponen', width: 90 },
      { header: 'Cakupan', width: 425 },
    ],
    coverage,
  )
}

const PROGRAM_COLUMNS: TableColumn[] = [
  { header: 'Program', width: 93 },
  { header: 'OPD', width: 52 },
  { header: 'Elemen', width: 66 },
  { header: 'n', width: 28, align: 'right' },
  { header: 'Dampak', width: 34, align: 'right' },
  { header: 'IK 95%', width: 56, align: 'center' },
  { header: 'Target', width: 32, align: 'right' },
  { header: 'IKM (mutu)', width: 46, align: 'center' },
  { header: 'NPS', width: 32, align: 'right' },
  { header: 'Asesor', width: 32, align: 'right' },
  { header: 'Gabungan', width: 42, align: 'right' },
]

function dimensionTables(doc: Doc, ev: Evaluation) {
  for (const d of ev.dimensions) {
    heading(
      doc,
      `${d.name.id}: ${fmt(d.score)} (${d.scoredCount} dari ${d.programCount} program)`,
      11,
    )
    if (d.programs.length === 0) {
      doc.fontSize(9).text('Belum ada program pada dimensi ini.')
      continue
    }
    const rows = d.programs.map((p) => [
      p.name,
      p.agency.code,
      p.elementName.id,
      String(p.n),
      fmt(p.impactScore),
      p.ci ? `${fmt(p.ci[0])}-${fmt(p.ci[1])}` : '-',
      `${p.sampleTarget.target}${p.adequate ? '' : '*'}`,
      p.ikm ? `${fmt(p.ikm.converted)} (${p.ikm.mutu})` : '-',
      fmt(p.nps?.score, 1),
      fmt(p.quickwinMark),
      fmt(p.combined),
    ])
    table(doc, PROGRAM_COLUMNS, rows)
  }
  doc.fontSize(8).fillColor('#52606d')
  doc.text(
    'OPD: perangkat daerah pemilik program. n: respons pada tahun evaluasi. Dampak: skor dampak warga (0-5) dengan interval kepercayaan 95% (IK 95%). Target: target sampel; * jumlah responden belum mencapai target. IKM: IKM konversi (25-100) dan mutunya. NPS: -100 s.d. 100. Asesor: nilai quick win rata-rata asesor (1-5). Gabungan: skor gabungan warga dan asesor.',
  )
  doc.fillColor('#1f2933')
}

function method(doc: Doc, ev: Evaluation) {
  doc.addPage()
  heading(doc, 'Metode')
  for (const entry of ev.method) {
    doc.font('Helvetica-Bold').fontSize(9.5).text(entry.title)
    doc.font('Helvetica').fontSize(9).text(entry.text, { align: 'justify' }).moveDown(0.5)
  }
}

function pageNumbers(doc: Doc, ev: Evaluation) {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0 // writing in the margin must not open a new page
    doc.fontSize(8).fillColor('#52606d')
    doc.text(
      `${ev.region.name} - evaluasi ${ev.year} - ${ev.versionLabel.id} - Halaman ${i + 1} dari ${count}`,
      doc.page.margins.left,
      doc.page.height - 30,
      { width: doc.page.width - doc.page.margins.left - doc.page.margins.right, align: 'center' },
    )
    doc.page.margins.bottom = bottom
  }
}

/** The report as a PDF buffer. */
export function evaluationPdf(ev: Evaluation): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 48, left: 40, right: 40 },
    bufferPages: true,
    compress: process.env.NODE_ENV !== 'test',
    info: {
      Title: `Evaluasi smart city ${ev.region.name} ${ev.year}`,
      Author: 'Platform survei dampak',
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  title(doc, ev)
  components(doc, ev)
  heading(doc, 'Skor dampak warga per dimensi (0-5)')
  barChart(
    doc,
    ev.dimensions.map((d) => ({ label: d.name.id, value: d.score })),
  )
  dimensionTables(doc, ev)
  method(doc, ev)
  pageNumbers(doc, ev)
  doc.end()
  return done
}
