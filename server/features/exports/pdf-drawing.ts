// Drawing primitives of the PDF report with pdfkit's vector API: headings, a paged table, and a
// horizontal bar chart of scores on the 0-5 scale.
import type PDFDocument from 'pdfkit'

type Doc = InstanceType<typeof PDFDocument>

export interface TableColumn {
  header: string
  width: number
  align?: 'left' | 'right' | 'center'
}

const ROW_HEIGHT = 14
const GRID = '#9aa5b1'

/** Indonesian number with `digits` decimals (comma), or '-' when missing. */
export function fmt(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined ? '-' : x.toFixed(digits).replace('.', ',')
}

/** A new page when fewer than `height` points are left above the bottom margin. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

export function heading(doc: Doc, text: string, size = 13): void {
  ensureSpace(doc, size * 3)
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor('#1f2933')
  doc.text(text, doc.page.margins.left, doc.y)
  doc.moveDown(0.3).font('Helvetica').fontSize(9)
}

const CELL_FONT = 7.5

/** The height of a row: the tallest cell, each wrapped within its column (never cut). */
function rowHeight(doc: Doc, columns: TableColumn[], cells: string[], bold: boolean): number {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(CELL_FONT)
  const tallest = Math.max(
    ...columns.map((c, i) => doc.heightOfString(cells[i] ?? '', { width: c.width - 4 })),
  )
  return Math.max(ROW_HEIGHT, Math.ceil(tallest) + 6)
}

function drawRow(doc: Doc, columns: TableColumn[], cells: string[], bold: boolean): void {
  const left = doc.page.margins.left
  const y = doc.y
  const width = columns.reduce((sum, c) => sum + c.width, 0)
  const height = rowHeight(doc, columns, cells, bold)
  if (bold) doc.rect(left, y, width, height).fill('#e4e7eb')
  doc
    .fillColor('#1f2933')
    .font(bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(CELL_FONT)
  let x = left
  columns.forEach((c, i) => {
    // Long names wrap within the cell; the row grows to the tallest cell.
    doc.text(cells[i] ?? '', x + 2, y + 4, { width: c.width - 4, align: c.align ?? 'left' })
    x += c.width
  })
  doc
    .moveTo(left, y + height)
    .lineTo(left + width, y + height)
    .lineWidth(0.3)
  doc.strokeColor(GRID).stroke()
  doc.x = left
  doc.y = y + height
}

/** A table whose header row is repeated on every page it spans; rows grow to fit their text. */
export function table(doc: Doc, columns: TableColumn[], rows: string[][]): void {
  const header = columns.map((c) => c.header)
  ensureSpace(doc, rowHeight(doc, columns, header, true) + ROW_HEIGHT)
  drawRow(doc, columns, header, true)
  for (const row of rows) {
    const height = rowHeight(doc, columns, row, false)
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage()
      drawRow(doc, columns, header, true)
    }
    drawRow(doc, columns, row, false)
  }
  doc.moveDown(0.5)
}

/** Horizontal bars of 0-5 scores with gridlines at every whole point and the value written. */
export function barChart(doc: Doc, bars: { label: string; value: number | null }[]): void {
  const barHeight = 16
  const gap = 6
  const labelWidth = 120
  const chartWidth = 300
  const height = bars.length * (barHeight + gap) + 20
  ensureSpace(doc, height + 10)
  const left = doc.page.margins.left + labelWidth
  const top = doc.y + 4
  doc.fontSize(7).font('Helvetica').fillColor('#52606d')
  for (let tick = 0; tick <= 5; tick++) {
    const x = left + (tick / 5) * chartWidth
    doc
      .moveTo(x, top)
      .lineTo(x, top + height - 16)
      .lineWidth(0.3)
      .strokeColor(GRID)
      .stroke()
    doc.text(String(tick), x - 5, top + height - 12, { width: 10, align: 'center' })
  }
  bars.forEach((bar, i) => {
    const y = top + i * (barHeight + gap)
    doc.fontSize(8.5).fillColor('#1f2933')
    doc.text(bar.label, doc.page.margins.left, y + 4, { width: labelWidth - 8, lineBreak: false })
    if (bar.value === null) {
      doc.fillColor('#7b8794').text('tidak ada data', left + 4, y + 4, { lineBreak: false })
      return
    }
    const w = (Math.max(0, Math.min(5, bar.value)) / 5) * chartWidth
    doc.rect(left, y, w, barHeight).fill('#2f6fb3')
    doc.fillColor('#1f2933').text(fmt(bar.value), left + w + 4, y + 4, { lineBreak: false })
  })
  doc.x = doc.page.margins.left
  doc.y = top + height + 4
}
