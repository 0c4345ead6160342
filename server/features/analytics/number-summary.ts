// A number question summarised on its defined range (e.g. 0-30 days), not the range observed:
// the range itself, the median, and the answers in bins across it (ten equal bins when the range
// has more points than the chart lists one by one). Without a defined range, the bins span the
// answers seen.
import { scaleOf } from '../../domain/questionnaire'
import type { CatalogQuestion } from './catalog'
import type { Counts } from './distribution'

export interface NumberSummary {
  /** The question's defined min and max, or null when it has none. */
  range: { min: number; max: number } | null
  median: number | null
  /** Answers per bin [from, to) (the last bin includes its end); empty for few points. */
  bins: { from: number; to: number; count: number; percent: number }[]
}

const BINS = 10

/** The median of answers given as value -> count. */
export function medianOf(values: { x: number; n: number }[]): number | null {
  const sorted = values.filter((v) => v.n > 0).sort((a, b) => a.x - b.x)
  const n = sorted.reduce((sum, v) => sum + v.n, 0)
  if (n === 0) return null
  const at = (k: number) => {
    let seen = 0
    for (const v of sorted) if ((seen += v.n) > k) return v.x
    return sorted.at(-1)!.x
  }
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2
}

export function numberSummary(cq: CatalogQuestion, counts: Counts, listed: boolean): NumberSummary {
  const scale = scaleOf(cq.question)
  const values = [...counts]
    .map(([v, n]) => ({ x: Number(v), n }))
    .filter((v) => Number.isFinite(v.x))
  const median = medianOf(values)
  const total = values.reduce((sum, v) => sum + v.n, 0)
  const range = scale ?? null
  const lo = range?.min ?? Math.min(...values.map((v) => v.x))
  const hi = range?.max ?? Math.max(...values.map((v) => v.x))
  if (listed || values.length === 0 || !(hi > lo)) return { range, median, bins: [] }
  const width = (hi - lo) / BINS
  const bins = Array.from({ length: BINS }, (_, k) => ({
    from: lo + k * width,
    to: k === BINS - 1 ? hi : lo + (k + 1) * width,
    count: 0,
    percent: 0,
  }))
  for (const v of values) {
    const k = Math.min(BINS - 1, Math.max(0, Math.floor((v.x - lo) / width)))
    bins[k]!.count += v.n
  }
  for (const b of bins) b.percent = total > 0 ? (100 * b.count) / total : 0
  return { range, median, bins }
}
