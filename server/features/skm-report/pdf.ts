// The report as a printable A4 PDF (pdfkit's vector API and its standard Helvetica): a cover,
// headings kept with what follows, tables whose cells wrap and whose header repeats on every page
// they span, bar charts, a signature block and page numbers. Text is kept to the fonts' WinAnsi
// characters (citizens' comments may hold emoji); the DOCX keeps every character.
import PDFDocument from 'pdfkit'
import type { Block, Column, ReportDocument } from './document'

type Doc = InstanceType<typeof PDFDocument>

const MARGIN = { top: 56, bottom: 62, left: 56, right: 56 }
const INK = '#1f2933'
const MUTED = '#52606d'
const GRID = '#9aa5b1'
const HEAD_FILL = '#e4e7eb'
const BAR = '#2f6fb3'
const PAD = 3
const SIZE = { body: 10, table: 8, note: 8, h1: 14, h2: 11.5, h3: 10.5 }

const SYMBOLS: Record<string, string> = { '≥': '>=', '≤': '<=', '−': '-', '→': '->', '✓': 'v' }
// Characters of Windows-1252 above Latin-1 that pdfkit's standard fonts can encode.
const WIN_ANSI_EXTRA = new Set('ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠšŸŽž˜'.split(''))

/** Text the standard fonts can draw: NFC, a few symbols spelled out, the rest as '?'. */
export function toWinAnsi(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => {
      if (SYMBOLS[ch]) return SYMBOLS[ch]
      const code = ch.codePointAt(0)!
      if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))
        return ch
      if (WIN_ANSI_EXTRA.has(ch)) return ch
      return code < 0x20 ? ' ' : '?'
    })
    .join('')
}

const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right
const bottom = (doc: Doc) => doc.page.height - MARGIN.bottom
const ensureSpace = (doc: Doc, height: number) => {
  if (doc.y + height > bottom(doc)) doc.addPage()
}

function cover(doc: Doc, b: Extract<Block, { kind: 'cover' }>) {
  const width = contentWidth(doc)
  doc.y = doc.page.height * 0.28
  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK)
  doc.text(toWinAnsi(b.title), MARGIN.left, doc.y, { width, align: 'center' })
  doc.moveDown(1.5)
  b.lines.forEach((line, i) => {
    doc
      .font(i === 0 ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(i === 0 ? 15 : 12)
      .text(toWinAnsi(line), { width, align: 'center' })
    doc.moveDown(0.4)
  })
  doc.font('Helvetica').fontSize(SIZE.note).fillColor(MUTED)
  doc.text(toWinAnsi(b.note), MARGIN.left, bottom(doc) - 40, { width, align: 'center' })
  doc.fillColor(INK)
}

function heading(doc: Doc, b: Extract<Block, { kind: 'heading' }>) {
  const size = b.level === 1 ? SIZE.h1 : b.level === 2 ? SIZE.h2 : SIZE.h3
  ensureSpace(doc, size * 2 + 60) // keep a heading with the start of what follows
  doc.moveDown(b.level === 1 ? 1 : 0.6)
  doc.font('Helvetica-Bold').fontSize(size).fillColor(INK)
  doc.text(toWinAnsi(b.text), MARGIN.left, doc.y, { width: contentWidth(doc) })
  doc.moveDown(0.35)
}

function paragraph(doc: Doc, b: Extract<Block, { kind: 'paragraph' }>) {
  const note = b.style === 'note'
  doc
    .font(b.style === 'strong' ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(note ? SIZE.note : SIZE.body)
    .fillColor(note ? MUTED : INK)
  doc.text(toWinAnsi(b.text), MARGIN.left, doc.y, { width: contentWidth(doc), align: 'justify' })
  doc.fillColor(INK).moveDown(0.5)
}

function list(doc: Doc, b: Extract<Block, { kind: 'list' }>) {
  doc.font('Helvetica').fontSize(SIZE.body).fillColor(INK)
  const indent = 18
  b.items.forEach((item, i) => {
    const marker = b.ordered ? `${i + 1}.` : '-'
    const text = toWinAnsi(item)
    ensureSpace(doc, doc.heightOfString(text, { width: contentWidth(doc) - indent }))
    const y = doc.y
    doc.text(marker, MARGIN.left, y, { width: indent - 4 })
    doc.text(text, MARGIN.left + indent, y, { width: contentWidth(doc) - indent, align: 'justify' })
    doc.moveDown(0.25)
  })
  doc.moveDown(0.3)
}

function rowHeight(doc: Doc, cells: string[], widths: number[], bold: boolean) {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(SIZE.table)
  const heights = cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * PAD }))
  return Math.max(...heights) + 2 * PAD
}

function drawRow(
  doc: Doc,
  columns: Column[],
  cells: string[],
  widths: number[],
  style: { fill: boolean; bold: boolean },
) {
  const height = rowHeight(doc, cells, widths, style.bold)
  const y = doc.y
  let x = MARGIN.left
  if (style.fill) doc.rect(x, y, contentWidth(doc), height).fill(HEAD_FILL)
  doc.fillColor(INK)
  cells.forEach((cell, i) => {
    const w = widths[i]!
    doc.text(cell, x + PAD, y + PAD, { width: w - 2 * PAD, align: columns[i]?.align ?? 'left' })
    doc.rect(x, y, w, height).lineWidth(0.4).strokeColor(GRID).stroke()
    x += w
  })
  doc.x = MARGIN.left
  doc.y = y + height
}

function table(doc: Doc, b: Extract<Block, { kind: 'table' }>) {
  const total = b.columns.reduce((sum, c) => sum + c.width, 0)
  const widths = b.columns.map((c) => (c.width / total) * contentWidth(doc))
  const header = b.columns.map((c) => toWinAnsi(c.header))
  const headerHeight = rowHeight(doc, header, widths, true)
  const head = { fill: true, bold: true }
  ensureSpace(doc, headerHeight * 2.5)
  drawRow(doc, b.columns, header, widths, head)
  b.rows.forEach((row, i) => {
    const cells = row.map(toWinAnsi)
    const bold = b.strongRows?.includes(i) ?? false
    if (doc.y + rowHeight(doc, cells, widths, bold) > bottom(doc)) {
      doc.addPage()
      drawRow(doc, b.columns, header, widths, head)
    }
    drawRow(doc, b.columns, cells, widths, { fill: false, bold })
  })
  doc.moveDown(0.4)
  if (b.note) paragraph(doc, { kind: 'paragraph', text: b.note, style: 'note' })
  else doc.moveDown(0.3)
}

function bars(doc: Doc, b: Extract<Block, { kind: 'bars' }>) {
  const barHeight = 11
  const gap = 4
  const labelWidth = contentWidth(doc) * 0.36
  const area = contentWidth(doc) * 0.5
  ensureSpace(doc, Math.min(b.bars.length, 6) * (barHeight + gap) + 30)
  doc.font('Helvetica').fontSize(SIZE.table)
  for (const bar of b.bars) {
    ensureSpace(doc, barHeight + gap)
    const y = doc.y
    const x = MARGIN.left + labelWidth
    doc.fillColor(INK).text(toWinAnsi(bar.label), MARGIN.left, y + 2, {
      width: labelWidth - 6,
      height: barHeight,
      ellipsis: true,
      lineBreak: false,
    })
    const w = Math.max(0, Math.min(1, bar.share)) * area
    if (w > 0) doc.rect(x, y, w, barHeight).fill(BAR)
    doc.fillColor(INK).text(toWinAnsi(bar.text), x + w + 4, y + 2, { lineBreak: false })
    doc.x = MARGIN.left
    doc.y = y + barHeight + gap
  }
  doc.font('Helvetica').fontSize(SIZE.note).fillColor(MUTED)
  doc.text(toWinAnsi(b.caption), MARGIN.left, doc.y + 2, { width: contentWidth(doc) })
  doc.fillColor(INK).moveDown(0.8)
}

function figure(doc: Doc, b: Extract<Block, { kind: 'figure' }>) {
  ensureSpace(doc, 60)
  doc.font('Helvetica').fontSize(SIZE.body).fillColor(MUTED).text(toWinAnsi(b.label), MARGIN.left)
  doc.font('Helvetica-Bold').fontSize(16).fillColor(INK).text(toWinAnsi(b.value))
  if (b.detail) doc.font('Helvetica').fontSize(SIZE.note).fillColor(MUTED).text(toWinAnsi(b.detail))
  doc.fillColor(INK).moveDown(0.8)
}

function signature(doc: Doc, b: Extract<Block, { kind: 'signature' }>) {
  ensureSpace(doc, 140)
  doc.moveDown(1.5)
  const x = MARGIN.left + contentWidth(doc) * 0.55
  const width = contentWidth(doc) * 0.45
  doc.font('Helvetica').fontSize(SIZE.body).fillColor(INK)
  doc.text(toWinAnsi(b.place), x, doc.y, { width })
  doc.text(toWinAnsi(b.role), x, doc.y, { width })
  doc.moveDown(4)
  doc.text(toWinAnsi(b.name), x, doc.y, { width })
  doc.x = MARGIN.left
}

function pageNumbers(doc: Doc, footer: string) {
  const { start, count } = doc.bufferedPageRange()
  // The cover carries no number; the others count from it.
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i)
    doc.page.margins.bottom = 0 // writing in the margin must not open a new page
    doc.font('Helvetica').fontSize(SIZE.note).fillColor(MUTED)
    doc.text(
      toWinAnsi(`${footer} - Halaman ${i + 1} dari ${count}`),
      MARGIN.left,
      doc.page.height - 36,
      { width: contentWidth(doc), align: 'center' },
    )
  }
}

const DRAW: { [K in Block['kind']]: (doc: Doc, b: Extract<Block, { kind: K }>) => void } = {
  cover,
  heading,
  paragraph,
  list,
  table,
  bars,
  figure,
  signature,
  pageBreak: (doc) => doc.addPage(),
}

/** The document as PDF bytes. */
export function reportPdf(report: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: toWinAnsi(report.title), Author: 'Platform survei dampak' },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  for (const block of report.blocks) {
    ;(DRAW[block.kind] as (doc: Doc, b: Block) => void)(doc, block)
  }
  pageNumbers(doc, report.footer)
  doc.end()
  return done
}
