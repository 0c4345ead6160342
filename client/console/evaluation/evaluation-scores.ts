// The five evaluation scores in reference order with short names, and where each value comes
// from (entered, computed, overridden), worded for the score table.
import type { Evaluation } from '../api/evaluations'
import type { Bilingual } from '../../shared/i18n'
import { formatScore } from './score-format'

export type ScoreCode = 'baseline' | 'output' | 'outcome' | 'impact' | 'quickwin'

export const SCORE_CODES: readonly ScoreCode[] = [
  'baseline',
  'output',
  'outcome',
  'impact',
  'quickwin',
]

export const SCORE_NAMES: Record<ScoreCode, Bilingual> = {
  baseline: { id: 'Baseline', en: 'Baseline' },
  output: { id: 'Output', en: 'Output' },
  outcome: { id: 'Outcome', en: 'Outcome' },
  impact: { id: 'Impact', en: 'Impact' },
  quickwin: { id: 'Quick Win', en: 'Quick Win' },
}

/** What Output and Outcome cover, under their inputs. */
export const SCORE_HINTS: Partial<Record<ScoreCode, Bilingual>> = {
  output: { id: 'Kebijakan, kelembagaan, anggaran.', en: 'Policy, institutions, budget.' },
  outcome: { id: 'Enam dimensi smart city.', en: 'The six smart-city dimensions.' },
}

/** Where a score's value comes from, in a few words. */
export function scoreSource(ev: Evaluation, code: ScoreCode): Bilingual {
  const s = ev.sources
  if (code === 'baseline' || code === 'output') {
    return s[code].entered
      ? { id: 'diisi evaluator', en: 'entered by an evaluator' }
      : { id: 'belum diisi', en: 'not entered yet' }
  }
  if (code === 'outcome') {
    if (s.outcome.from === 'dimensions')
      return { id: 'rata-rata Outcome per dimensi', en: 'mean of the per-dimension Outcome' }
    return s.outcome.from === 'entered'
      ? { id: 'diisi evaluator', en: 'entered by an evaluator' }
      : { id: 'belum diisi', en: 'not entered yet' }
  }
  const source = s[code]
  if (source.override) {
    const computed = formatScore(source.computed)
    return {
      id: `diganti evaluator (hitungan ${computed}): ${source.reason ?? ''}`,
      en: `overridden (computed ${computed}): ${source.reason ?? ''}`,
    }
  }
  if (source.computed === null) {
    return code === 'impact'
      ? { id: 'belum ada skor dampak warga', en: 'no citizen impact score yet' }
      : { id: 'belum ada nilai asesor', en: 'no assessor marks yet' }
  }
  return code === 'impact'
    ? { id: 'dihitung dari skor dampak warga', en: 'computed from citizen impact scores' }
    : { id: 'dihitung dari nilai asesor', en: "computed from assessors' marks" }
}
