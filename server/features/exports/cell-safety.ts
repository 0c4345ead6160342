// Spreadsheet cell safety for every exporter (CSV and XLSX): a text that a spreadsheet would
// read as a formula (starting with = + - @, a tab or a carriage return) gets a leading single
// quote, so free text is never executed. Numbers stay numbers.

const FORMULA_START = /^[=+\-@\t\r]/

/** The text with a leading ' when it would start a formula. */
export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** A cell value made safe: texts neutralised, numbers, booleans and empties unchanged. */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' ? safeText(value) : value
}
