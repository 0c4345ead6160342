// A program's impact score on the 0-5 scale of the smart-city index, from the moments of its
// respondents' impact (0..1) and of their criterion means.
import { meanOfMoments, summarizeMoments, type Moments } from './moments'

export interface ImpactScore {
  n: number
  /** 5 x the mean respondent impact, 0-5; null without responses. */
  score: number | null
  /** Sample SD on the 0-5 scale; null below two responses. */
  sd: number | null
  /** 95% Student t interval on the 0-5 scale, clamped to [0, 5]; null below two responses. */
  ci: [number, number] | null
  criteria: { code: string; n: number; score: number | null }[]
  status: 'ok' | 'not_enough_data'
}

const SCALE = 5

/** 0..1 to 0-5; clamped so rounding in the sums never shows 5.0000001. */
function toFivePoint(x: number): number {
  return Math.min(SCALE, Math.max(0, SCALE * x))
}

/**
 * Impact score = 5 x mean respondent impact, with SD and a 95% CI (Student t, finite
 * population correction when `populationSize` is known). Criterion scores are 5 x the mean
 * of the respondents' criterion means, in the key order of `criteria`. Status is
 * 'not_enough_data' below two responses (the score is still given for one).
 */
export function computeImpactScore(
  moments: Moments,
  criteria: Readonly<Record<string, Moments>>,
  opts: { populationSize?: number | null } = {},
): ImpactScore {
  const s = summarizeMoments(moments, { populationSize: opts.populationSize })
  return {
    n: s.n,
    score: s.mean == null ? null : toFivePoint(s.mean),
    sd: s.sd == null ? null : SCALE * s.sd,
    ci: s.ci ? [toFivePoint(s.ci[0]), toFivePoint(s.ci[1])] : null,
    criteria: Object.entries(criteria).map(([code, m]) => {
      const mean = meanOfMoments(m)
      return { code, n: m.n, score: mean == null ? null : toFivePoint(mean) }
    }),
    status: s.n >= 2 ? 'ok' : 'not_enough_data',
  }
}
