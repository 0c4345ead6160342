// CSV records for the streamed raw export, written by hand because it runs for every one of up to
// millions of rows: csv-stringify's per-field option handling took ~6 us a row, a third of a
// 1,000,000-row export. Same output as csv-stringify's defaults (checked by a property test):
// fields joined by commas, quoted only when they hold a quote, comma or line break (quotes
// doubled), null as an empty field, every record ending with a line feed.

export type CsvValue = string | number | null

const NEEDS_QUOTES = /[",\n\r]/

function csvField(value: CsvValue): string {
  if (value === null) return ''
  const text = typeof value === 'number' ? String(value) : value
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One CSV record with its line feed. */
export function csvRecord(values: readonly CsvValue[]): string {
  let line = ''
  for (let i = 0; i < values.length; i++) line += (i > 0 ? ',' : '') + csvField(values[i]!)
  return line + '\n'
}
