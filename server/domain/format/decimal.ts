// Numbers as reports and public pages print them: a fixed number of decimals rounded the way a
// reader rounds the decimal figure (the same rounding that classifies mutu, so "88,31 (A)" never
// prints as "88,30 (A)"), with the Indonesian decimal comma and digit grouping, or English.
export type NumberLang = 'id' | 'en'

/**
 * `x` rounded half away from zero to `digits` decimals, as its decimal figure reads:
 * toPrecision(12) first strips binary noise (88.305 x 100 is stored as 8830.4999...).
 */
export function roundDecimal(x: number, digits: number): number {
  const f = 10 ** digits
  const scaled = Number((Math.abs(x) * f).toPrecision(12))
  return (Math.sign(x) * Math.round(scaled)) / f
}

function group(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
}

/** 1234.5 -> "1.234,50" (id) or "1,234.50" (en); '-' for a missing value. */
export function formatDecimal(
  x: number | null | undefined,
  digits = 2,
  lang: NumberLang = 'id',
): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '-'
  const rounded = roundDecimal(x, digits)
  const [whole, fraction] = Math.abs(rounded).toFixed(digits).split('.') as [string, string?]
  const sign = rounded < 0 ? '-' : ''
  const [thousands, point] = lang === 'id' ? ['.', ','] : [',', '.']
  return sign + group(whole, thousands) + (fraction ? point + fraction : '')
}

/** A whole count with grouping: 1.000.000 (id), 1,000,000 (en). */
export const formatCount = (n: number, lang: NumberLang = 'id') => formatDecimal(n, 0, lang)

/** A change with its sign: "+1,25", "-0,40", "0,00". */
export function formatSigned(x: number | null | undefined, digits = 2, lang: NumberLang = 'id') {
  const text = formatDecimal(x, digits, lang)
  return x !== null && x !== undefined && roundDecimal(x, digits) > 0 ? `+${text}` : text
}

/** An interval as "1,20 s.d. 3,40" (id) or "1.20 to 3.40" (en); '-' when there is none. */
export function formatInterval(
  ci: readonly [number, number] | null | undefined,
  digits = 2,
  lang: NumberLang = 'id',
): string {
  if (!ci) return '-'
  const joint = lang === 'id' ? ' s.d. ' : ' to '
  return formatDecimal(ci[0], digits, lang) + joint + formatDecimal(ci[1], digits, lang)
}
