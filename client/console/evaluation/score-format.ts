// Scores as evaluators read them, in the interface language: 3,57 in Indonesian and 3.57 in
// English, a dash where there is no value; and the decimal text of the score inputs.
import { lang } from '../../shared/i18n'

const locale = () => (lang() === 'en' ? 'en-GB' : 'id-ID')

/** A true minus sign (read as "minus", never confused with a range dash). */
const minus = (text: string) => text.replace('-', '\u2212')

/** A number with `digits` decimals (up to `maxDigits`), or an em dash when there is none. */
export function formatScore(value: number | null | undefined, digits = 2, maxDigits = digits) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return minus(
    new Intl.NumberFormat(locale(), {
      minimumFractionDigits: digits,
      maximumFractionDigits: maxDigits,
    }).format(value),
  )
}

/** An interval as "4,05–4,20"; with a negative end "−50 s.d. −32" ("−50 to −32"). */
export function formatRange(range: readonly number[], digits = 2) {
  const [low, high] = [formatScore(range[0], digits), formatScore(range[1], digits)]
  if (range[0]! >= 0) return `${low}–${high}`
  return `${low} ${lang() === 'en' ? 'to' : 's.d.'} ${high}`
}

/** A signed number: +0,26 or −8. */
export function formatSigned(value: number, digits = 2): string {
  return minus(
    new Intl.NumberFormat(locale(), {
      signDisplay: 'exceptZero',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value),
  )
}

/** A share given on 0-1 as a percentage with one decimal: 5,2%. */
export function formatShare(value: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  )
}

/** A whole count with digit grouping: 1.234. */
export function formatCount(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(value)
}

/** A stored value as the text of an input: up to four decimals, no grouping, "" for none. */
export function decimalInputText(value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 4, useGrouping: false }).format(
    value,
  )
}

/** Reads "3,57" or "3.57"; null for an empty field, NaN for text that is not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return NaN
  return Number(trimmed.replace(',', '.'))
}
