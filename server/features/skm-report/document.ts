// The report as a list of blocks with every text and number already written out: built once from
// the figures (outline*.ts) and drawn by two renderers, PDF (pdf.ts) and editable DOCX (docx.ts),
// so both files say exactly the same.

export interface Column {
  header: string
  /** Relative width. */
  width: number
  align?: 'left' | 'right' | 'center'
}

export type Block =
  | { kind: 'cover'; title: string; lines: string[]; note: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style?: 'normal' | 'strong' | 'note' }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | {
      kind: 'table'
      columns: Column[]
      rows: string[][]
      /** Rows (by index) drawn in bold, such as totals. */
      strongRows?: number[]
      /** Small print under the table. */
      note?: string
    }
  | {
      kind: 'bars'
      /** Each bar's share of the axis (0-1) and the text written after it. */
      bars: { label: string; share: number; text: string }[]
      caption: string
    }
  | { kind: 'figure'; label: string; value: string; detail?: string }
  | { kind: 'signature'; place: string; role: string; name: string }
  | { kind: 'pageBreak' }

export interface ReportDocument {
  /** File metadata and running footer. */
  title: string
  footer: string
  blocks: Block[]
}
