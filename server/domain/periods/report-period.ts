// The periods an SKM report covers (a quarter, a semester or a year, or any day range), their
// names, the period before, quarter codes such as 2024-Q2 (a follow-up's target quarter), and the
// two windows that tell whether a finished follow-up moved its element.
import type { BilingualText } from '../reference'
import { addDays, daysInRange, lastDayOfMonth, longRange } from './calendar-days'

export type PeriodKind = 'quarter' | 'semester' | 'year' | 'range'

export interface Period {
  kind: PeriodKind
  /** First and last calendar day, inclusive. */
  from: string
  to: string
  /** 2024, 2024-S1 or 2024-Q2; null for a day range. */
  code: string | null
}

const ROMAN = ['I', 'II', 'III', 'IV']
const QUARTER_CODE = /^(20\d\d)-Q([1-4])$/
const SEMESTER_CODE = /^(20\d\d)-S([12])$/
const YEAR_CODE = /^(20\d\d)$/

/** Months `first`..`first + count - 1` of `year` as a period. */
function months(kind: PeriodKind, year: number, first: number, count: number, code: string) {
  const from = `${year}-${String(first).padStart(2, '0')}-01`
  return { kind, from, to: lastDayOfMonth(year, first + count - 1), code }
}

/** The period of a code: 2024 (a year), 2024-S1 (a semester), 2024-Q2 (a quarter); else null. */
export function periodFromCode(code: string): Period | null {
  const q = QUARTER_CODE.exec(code)
  if (q) return months('quarter', Number(q[1]), 3 * Number(q[2]) - 2, 3, code)
  const s = SEMESTER_CODE.exec(code)
  if (s) return months('semester', Number(s[1]), 6 * Number(s[2]) - 5, 6, code)
  const y = YEAR_CODE.exec(code)
  if (y) return months('year', Number(y[1]), 1, 12, code)
  return null
}

/** Whether `code` names a quarter, such as 2024-Q2. */
export const isQuarterCode = (code: string) => QUARTER_CODE.test(code)

/** The quarter (2024-Q2) a calendar day falls in. */
export function quarterOfDay(day: string): string {
  const month = Number(day.slice(5, 7))
  return `${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`
}

/** The quarter `steps` quarters after `code` (negative: before). */
export function shiftQuarter(code: string, steps: number): string {
  const [, year, quarter] = QUARTER_CODE.exec(code)!
  const index = Number(year) * 4 + Number(quarter) - 1 + steps
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
}

/**
 * The period of a day range: named as a quarter, semester or year when it is exactly one, else a
 * range of days.
 */
export function periodOfRange(from: string, to: string): Period {
  const year = from.slice(0, 4)
  const candidates = [year, `${year}-S1`, `${year}-S2`, ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`)]
  for (const code of candidates) {
    const p = periodFromCode(code)!
    if (p.from === from && p.to === to) return p
  }
  return { kind: 'range', from, to, code: null }
}

/** The period just before: the previous quarter, semester or year, or as many days before. */
export function previousPeriod(p: Period): Period {
  const year = Number(p.from.slice(0, 4))
  if (p.kind === 'quarter') return periodFromCode(shiftQuarter(p.code!, -1))!
  if (p.kind === 'semester') {
    return periodFromCode(p.code!.endsWith('S2') ? `${year}-S1` : `${year - 1}-S2`)!
  }
  if (p.kind === 'year') return periodFromCode(String(year - 1))!
  const length = daysInRange(p.from, p.to)
  return { kind: 'range', from: addDays(p.from, -length), to: addDays(p.from, -1), code: null }
}

/** "Triwulan II 2024" / "Q2 2024", "Semester I 2024" / "H1 2024", "Tahun 2024" / "2024". */
export function periodName(p: Period): BilingualText {
  const year = p.from.slice(0, 4)
  const n = Number(p.code?.slice(-1))
  if (p.kind === 'quarter') return { id: `Triwulan ${ROMAN[n - 1]} ${year}`, en: `Q${n} ${year}` }
  if (p.kind === 'semester') return { id: `Semester ${ROMAN[n - 1]} ${year}`, en: `H${n} ${year}` }
  if (p.kind === 'year') return { id: `Tahun ${year}`, en: year }
  return longRange(p.from, p.to)
}

/** A quarter code's name: "Triwulan III 2025" / "Q3 2025". */
export const quarterName = (code: string): BilingualText => periodName(periodFromCode(code)!)

export interface EffectWindows {
  /** The whole quarter before the one in which the action was finished. */
  before: { from: string; to: string }
  /** From the first day of the quarter after it up to `asOf`; null while that has not begun. */
  after: { from: string; to: string } | null
}

/**
 * Where a finished action is judged: the quarter before the quarter it was finished in, against
 * everything from the next quarter on (up to `asOf`, the last day counted). The quarter of the
 * work itself is left out, as it mixes answers from before and after the change.
 */
export function effectWindows(finishedDay: string, asOf: string): EffectWindows {
  const quarter = quarterOfDay(finishedDay)
  const before = periodFromCode(shiftQuarter(quarter, -1))!
  const afterFrom = periodFromCode(shiftQuarter(quarter, 1))!.from
  return {
    before: { from: before.from, to: before.to },
    after: asOf >= afterFrom ? { from: afterFrom, to: asOf } : null,
  }
}
