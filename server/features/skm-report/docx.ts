// The report as an editable Word document (docx): the same blocks as the PDF, with real headings
// (the navigation pane and a table of contents find them), tables whose header rows repeat,
// numbered lists, bar charts as borderless nested tables with shaded cells, a signature block and
// "Halaman X dari Y" in the footer, so an agency can adapt, sign and publish it.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx'
import type { Block, ReportDocument } from './document'

const PAGE = { width: 11906, height: 16838, margin: 1134 } // A4 and 2 cm, in twentieths of a point
const CONTENT = PAGE.width - 2 * PAGE.margin
const MUTED = '52606D'
const HEAD_FILL = 'E4E7EB'
const BAR = '2F6FB3'
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE }
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER }
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }

/** A cell's text: one paragraph per line. */
function cellParagraphs(text: string, opts: { bold?: boolean; align?: keyof typeof ALIGN }) {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[opts.align ?? 'left'],
        children: [new TextRun({ text: line, bold: opts.bold, size: 17 })],
      }),
  )
}

function table(b: Extract<Block, { kind: 'table' }>): FileChild[] {
  const total = b.columns.reduce((sum, c) => sum + c.width, 0)
  const widths = b.columns.map((c) => Math.round((c.width / total) * CONTENT))
  const row = (cells: string[], header: boolean, bold: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            shading: header
              ? { type: ShadingType.CLEAR, color: 'auto', fill: HEAD_FILL }
              : undefined,
            margins: { top: 40, bottom: 40, left: 70, right: 70 },
            children: cellParagraphs(text, { bold: header || bold, align: b.columns[i]?.align }),
          }),
      ),
    })
  const out: FileChild[] = [
    new Table({
      width: { size: CONTENT, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        row(
          b.columns.map((c) => c.header),
          true,
          true,
        ),
        ...b.rows.map((cells, i) => row(cells, false, b.strongRows?.includes(i) ?? false)),
      ],
    }),
  ]
  if (b.note) out.push(note(b.note))
  out.push(new Paragraph({ text: '' }))
  return out
}

const note = (text: string) =>
  new Paragraph({
    spacing: { before: 60, after: 120 },
    children: [new TextRun({ text, size: 16, color: MUTED })],
  })

function bars(b: Extract<Block, { kind: 'bars' }>): FileChild[] {
  const [label, area, value] = [0.36, 0.5, 0.14].map((f) => Math.round(f * CONTENT)) as [
    number,
    number,
    number,
  ]
  const bar = (share: number) => {
    const filled = Math.round(Math.max(0, Math.min(1, share)) * area)
    const cells = [
      ...(filled > 0
        ? [
            new TableCell({
              width: { size: filled, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: BAR },
              borders: NO_BORDERS,
              children: [new Paragraph({ children: [new TextRun({ text: '', size: 12 })] })],
            }),
          ]
        : []),
      new TableCell({
        width: { size: Math.max(1, area - filled), type: WidthType.DXA },
        borders: NO_BORDERS,
        children: [new Paragraph({ children: [new TextRun({ text: '', size: 12 })] })],
      }),
    ]
    return new Table({
      width: { size: area, type: WidthType.DXA },
      columnWidths: cells.length === 2 ? [filled, area - filled] : [area],
      borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
      rows: [new TableRow({ children: cells })],
    })
  }
  const rows = b.bars.map(
    (x) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: label, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: cellParagraphs(x.label, {}),
          }),
          new TableCell({
            width: { size: area, type: WidthType.DXA },
            borders: NO_BORDERS,
            margins: { top: 30, bottom: 30 },
            // A cell ends with a paragraph; a tiny one keeps the bars close.
            children: [
              bar(x.share),
              new Paragraph({ children: [new TextRun({ text: '', size: 2 })] }),
            ],
          }),
          new TableCell({
            width: { size: value, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: cellParagraphs(x.text, {}),
          }),
        ],
      }),
  )
  return [
    new Table({
      width: { size: CONTENT, type: WidthType.DXA },
      columnWidths: [label, area, value],
      borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
      rows,
    }),
    note(b.caption),
  ]
}

/** Draws blocks; each ordered list restarts its numbering (a numbering instance of its own). */
function blockRenderer() {
  let lists = 0
  return (b: Block): FileChild[] => drawBlock(b, () => ++lists)
}

function drawBlock(b: Block, nextList: () => number): FileChild[] {
  switch (b.kind) {
    case 'cover':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 3600, after: 480 },
          children: [new TextRun({ text: b.title, bold: true, size: 40 })],
        }),
        ...b.lines.map(
          (line, i) =>
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { after: 160 },
              children: [new TextRun({ text: line, bold: i === 0, size: i === 0 ? 30 : 24 })],
            }),
        ),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 3600 },
          children: [new TextRun({ text: b.note, size: 16, color: MUTED })],
        }),
      ]
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HEADINGS[b.level], keepNext: true })]
    case 'paragraph':
      if (b.style === 'note') return [note(b.text)]
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          children: [new TextRun({ text: b.text, bold: b.style === 'strong' })],
        }),
      ]
    case 'list': {
      const instance = nextList()
      return b.items.map(
        (item) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: { after: 60 },
            ...(b.ordered
              ? { numbering: { reference: 'ordered', level: 0, instance } }
              : { bullet: { level: 0 } }),
            children: [new TextRun(item)],
          }),
      )
    }
    case 'table':
      return table(b)
    case 'bars':
      return bars(b)
    case 'figure':
      return [
        new Paragraph({ children: [new TextRun({ text: b.label, color: MUTED })] }),
        new Paragraph({ children: [new TextRun({ text: b.value, bold: true, size: 32 })] }),
        ...(b.detail ? [note(b.detail)] : []),
      ]
    case 'signature':
      return [b.place, b.role, '', '', '', ...b.name.split('\n')].map(
        (text) => new Paragraph({ indent: { left: Math.round(CONTENT * 0.55) }, text }),
      )
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })]
  }
}

/** The document as DOCX bytes. */
export function reportDocx(report: ReportDocument): Promise<Buffer> {
  const doc = new Document({
    title: report.title,
    creator: 'Platform survei dampak',
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 420, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        footers: {
          first: new Footer({ children: [] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    color: MUTED,
                    children: [
                      `${report.footer} - Halaman `,
                      PageNumber.CURRENT,
                      ' dari ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: report.blocks.flatMap(blockRenderer()),
      },
    ],
  })
  return Packer.toBuffer(doc)
}
