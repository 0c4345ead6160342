// System Usability Scale (Brooke): one respondent's 0-100 score and the summary over many.
import { summarizeMoments, type Moments, type MomentsSummary, type SummaryOptions } from './moments'

export const SUS_CODES = [
  'sus1',
  'sus2',
  'sus3',
  'sus4',
  'sus5',
  'sus6',
  'sus7',
  'sus8',
  'sus9',
  'sus10',
] as const

export type SusCode = (typeof SUS_CODES)[number]

/**
 * Standard SUS score, 0-100: 2.5 x (sum over odd items of (x - 1) + sum over even items of
 * (5 - x)) on the 1-5 agreement scale. Null unless all ten items hold a number in 1..5.
 */
export function susScore(answers: Readonly<Record<string, unknown>>): number | null {
  let total = 0
  for (let i = 0; i < SUS_CODES.length; i++) {
    const x = answers[SUS_CODES[i]]
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 1 || x > 5) return null
    // i is 0-based, so even i is an odd-numbered (positively worded) item.
    total += i % 2 === 0 ? x - 1 : 5 - x
  }
  return 2.5 * total
}

/**
 * Mean SUS score with its SD and Student t interval, from the moments of the respondents'
 * susScore values (0-100 scale); the interval is clamped to [0, 100].
 */
export function summarizeSus(m: Moments, opts: SummaryOptions = {}): MomentsSummary {
  const summary = summarizeMoments(m, opts)
  if (!summary.ci) return summary
  const [low, high] = summary.ci
  return { ...summary, ci: [Math.max(0, low), Math.min(100, high)] }
}
