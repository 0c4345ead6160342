// An SPSS syntax file that reads the raw-response CSV (codes, not labels) with each column's
// type, variable label and value labels, as Kobo and LimeSurvey offer: open both in SPSS (or GNU
// PSPP) from one folder and run the syntax. Strings are quoted SPSS-style ('' for a quote).
import type { CodebookEntry } from './codebook'

const RESERVED = new Set([
  'ALL',
  'AND',
  'BY',
  'EQ',
  'GE',
  'GT',
  'LE',
  'LT',
  'NE',
  'NOT',
  'OR',
  'TO',
  'WITH',
])

/** A valid SPSS variable name for a column (codes are letters, digits and underscores). */
export function spssName(variable: string): string {
  let name = variable.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64)
  if (!/^[A-Za-z]/.test(name)) name = `v_${name}`
  if (RESERVED.has(name.toUpperCase()) || name.endsWith('_')) name = `${name}q`
  return name
}

const quote = (text: string) => `'${text.replace(/'/g, "''").replace(/[\r\n]+/g, ' ')}'`

/** Widths of the text columns the export always has (bytes, UTF-8). */
const WIDTHS: Record<string, number> = {
  receipt: 8,
  submitted_at: 25,
  channel: 255,
  excluded_reason: 500,
}

/** The input format of a column: numbers as F, text as A wide enough for its longest values. */
function format(e: CodebookEntry): string {
  if (e.numeric) return e.variable === 'impact_score' ? 'F8.4' : 'F12.2'
  const widest = Math.max(...e.values.map((v) => Buffer.byteLength(v.code)), 0)
  const width = WIDTHS[e.variable] ?? (e.type === 'text' ? 5000 : Math.max(64, widest))
  return `A${width}`
}

/** The syntax that reads `csvFile` (the CSV download's name) with its dictionary. */
export function spssSyntax(entries: CodebookEntry[], csvFile: string, title: string): string {
  const lines = [
    `* ${title.replace(/[\r\n]+/g, ' ')}.`,
    '* Membaca berkas CSV (kode, bukan label) dengan label variabel dan label nilai.',
    '* Reads the CSV download (codes, not labels) with variable and value labels.',
    'GET DATA',
    '  /TYPE=TXT',
    `  /FILE=${quote(csvFile)}`,
    "  /ENCODING='UTF8'",
    '  /ARRANGEMENT=DELIMITED',
    '  /DELCASE=LINE',
    '  /FIRSTCASE=2',
    '  /DELIMITERS=","',
    `  /QUALIFIER='"'`,
    '  /VARIABLES=',
    ...entries.map((e) => `    ${spssName(e.variable)} ${format(e)}`),
    '.',
    'VARIABLE LABELS',
    ...entries.map(
      (e, i) =>
        `  ${spssName(e.variable)} ${quote(e.label.id)}${i === entries.length - 1 ? '.' : ''}`,
    ),
  ]
  const labelled = entries.filter((e) => e.values.length > 0)
  if (labelled.length > 0) {
    lines.push('VALUE LABELS')
    labelled.forEach((e, i) => {
      const code = (c: string) => (e.numeric ? c : quote(c))
      const pairs = e.values.map((v) => `    ${code(v.code)} ${quote(v.label.id)}`)
      lines.push(`  /${spssName(e.variable)}`, ...pairs)
      if (i === labelled.length - 1) lines.push('.')
    })
  }
  lines.push('EXECUTE.', '')
  return lines.join('\n')
}
