// Net Promoter Score from counts of promoters, passives and detractors, with the 95% interval
// of reference/sus-nps.json.

export type NpsClass = 'promoter' | 'passive' | 'detractor'

export interface NpsCounts {
  promoters: number
  passives: number
  detractors: number
}

export interface Nps {
  n: number
  /** 100 x (promoters - detractors) / n, -100..100; null without answers. */
  score: number | null
  /** score +/- 1.96 SE, clamped to [-100, 100]; null below two answers. */
  ci: [number, number] | null
  /** Percentages of n; null without answers. */
  promoters: number | null
  passives: number | null
  detractors: number | null
}

const Z95 = 1.96
const COUNT_KEY = { promoter: 'promoters', passive: 'passives', detractor: 'detractors' } as const

/** Class of a 0..10 answer: promoters 9-10, passives 7-8, detractors 0-6. */
export function npsClass(x: number): NpsClass {
  if (x >= 9) return 'promoter'
  if (x >= 7) return 'passive'
  return 'detractor'
}

/**
 * Counts per class from a 0..10 histogram (answer -> count). Keys may be strings, as after a
 * JSON round trip; answers outside 0..10 and non-finite or negative counts are ignored.
 */
export function countsFromDistribution(dist: Readonly<Record<number | string, number>>): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 }
  for (const [key, count] of Object.entries(dist)) {
    const x = Number(key)
    if (!Number.isFinite(x) || x < 0 || x > 10 || !Number.isFinite(count) || count <= 0) continue
    counts[COUNT_KEY[npsClass(x)]] += count
  }
  return counts
}

/**
 * NPS = 100 x (pP - pD) with SE = 100 x sqrt((pP + pD - (pP - pD)^2) / n) and the 95%
 * interval NPS +/- 1.96 SE clamped to [-100, 100] (sus-nps.json). With one answer the SE
 * formula degenerates to 0, so the interval is null below two answers.
 */
export function computeNps(counts: NpsCounts): Nps {
  const n = counts.promoters + counts.passives + counts.detractors
  if (!(n > 0)) {
    return { n: 0, score: null, ci: null, promoters: null, passives: null, detractors: null }
  }
  const pP = counts.promoters / n
  const pD = counts.detractors / n
  const score = 100 * (pP - pD)
  const se = 100 * Math.sqrt(Math.max(0, pP + pD - (pP - pD) ** 2) / n)
  const ci: [number, number] | null =
    n >= 2 ? [Math.max(-100, score - Z95 * se), Math.min(100, score + Z95 * se)] : null
  return {
    n,
    score,
    ci,
    promoters: 100 * pP,
    passives: (100 * counts.passives) / n,
    detractors: 100 * pD,
  }
}
