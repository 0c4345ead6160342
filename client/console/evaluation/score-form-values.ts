// The score form's state as texts (so "3,5" can be typed), built from an evaluation, and the PUT
// body of what changed: entered scores, Outcome per dimension, overrides with reasons, weights.
import type { Evaluation, EvaluationInput } from '../api/evaluations'
import { DIMENSION_CODES } from '../../../server/domain/reference'
import { SCORE_CODES, type ScoreCode } from './evaluation-scores'
import { decimalInputText, parseDecimal } from './score-format'

export interface ScoreFormValues {
  baseline: string
  output: string
  outcome: string
  perDimension: boolean
  outcomeByDimension: Record<string, string>
  override: { impact: boolean; quickwin: boolean }
  impact: string
  quickwin: string
  reasons: { impact: string; quickwin: string }
  weights: Record<ScoreCode, string>
  citizenWeight: string
}

export function scoreValuesOf(ev: Evaluation): ScoreFormValues {
  const byDimension = ev.sources.outcome.byDimension ?? {}
  const perDimension = ev.sources.outcome.from === 'dimensions'
  return {
    baseline: decimalInputText(ev.sources.baseline.value),
    output: decimalInputText(ev.sources.output.value),
    outcome: perDimension ? '' : decimalInputText(ev.sources.outcome.value),
    perDimension,
    outcomeByDimension: Object.fromEntries(
      DIMENSION_CODES.map((code) => [code, decimalInputText(byDimension[code])]),
    ),
    override: { impact: ev.sources.impact.override, quickwin: ev.sources.quickwin.override },
    impact: ev.sources.impact.override ? decimalInputText(ev.sources.impact.value) : '',
    quickwin: ev.sources.quickwin.override ? decimalInputText(ev.sources.quickwin.value) : '',
    reasons: {
      impact: ev.sources.impact.reason ?? '',
      quickwin: ev.sources.quickwin.reason ?? '',
    },
    weights: Object.fromEntries(
      SCORE_CODES.map((code) => [code, decimalInputText(ev.weights[code])]),
    ) as Record<ScoreCode, string>,
    citizenWeight: decimalInputText(ev.citizenWeight),
  }
}

/**
 * The form's texts in another language's number format: each text still as it was shown
 * (`shown`, built in the old language) becomes the text of `fresh` (the same evaluation, built in
 * the new one), so "0,1" reads "0.1" in English; texts the evaluator edited stay as typed.
 */
export function relocalized(
  values: ScoreFormValues,
  shown: ScoreFormValues,
  fresh: ScoreFormValues,
): ScoreFormValues {
  const merge = (value: unknown, before: unknown, after: unknown): unknown => {
    if (typeof value === 'string')
      return value === before && typeof after === 'string' ? after : value
    if (value === null || typeof value !== 'object') return value
    const b = (before ?? {}) as Record<string, unknown>
    const a = (after ?? {}) as Record<string, unknown>
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, merge(v, b[k], a[k])]))
  }
  return merge(values, shown, fresh) as ScoreFormValues
}

/** Field path (as the API names it) -> local message key, for texts that are not numbers. */
export type LocalIssues = Record<string, 'number'>

const same = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys({ ...a, ...b }).every((k) => (a[k] ?? '') === (b[k] ?? ''))

/**
 * The PUT body for what differs from `initial` (untouched fields are left out, so a value shown
 * rounded is never written back rounded), and the fields whose text is not a number.
 */
export function evaluationInputOf(values: ScoreFormValues, initial: ScoreFormValues) {
  const issues: LocalIssues = {}
  const read = (path: string, text: string) => {
    const value = parseDecimal(text)
    if (Number.isNaN(value)) issues[path] = 'number'
    return value
  }
  const input: EvaluationInput = {}
  const scores: NonNullable<EvaluationInput['scores']> = {}
  for (const code of ['baseline', 'output'] as const)
    if (values[code] !== initial[code]) scores[code] = read(`scores.${code}`, values[code])
  if (values.perDimension) {
    if (!initial.perDimension || !same(values.outcomeByDimension, initial.outcomeByDimension)) {
      const byDimension: Record<string, number> = {}
      for (const [code, text] of Object.entries(values.outcomeByDimension)) {
        const value = read(`outcomeByDimension.${code}`, text)
        if (value !== null) byDimension[code] = value
      }
      input.outcomeByDimension = byDimension
      scores.outcome = null
    }
  } else if (initial.perDimension || values.outcome !== initial.outcome) {
    if (initial.perDimension) input.outcomeByDimension = null
    scores.outcome = read('scores.outcome', values.outcome)
  }
  for (const code of ['impact', 'quickwin'] as const) {
    const on = values.override[code]
    const changed =
      on !== initial.override[code] ||
      (on && (values[code] !== initial[code] || values.reasons[code] !== initial.reasons[code]))
    if (!changed) continue
    if (!on) {
      scores[code] = null
      continue
    }
    const value = read(`scores.${code}`, values[code])
    // An empty override field is a missing value, not a wish to clear the override.
    if (value === null) issues[`scores.${code}`] = 'number'
    scores[code] = value
    input.reasons = { ...input.reasons, [code]: values.reasons[code] }
  }
  if (Object.keys(scores).length > 0) input.scores = scores
  if (!same(values.weights, initial.weights)) {
    const weights: Record<string, number> = {}
    for (const code of SCORE_CODES) weights[code] = read(`weights.${code}`, values.weights[code])!
    input.weights = weights as EvaluationInput['weights']
  }
  if (values.citizenWeight !== initial.citizenWeight)
    input.citizenWeight = read('citizenWeight', values.citizenWeight)
  return { input, issues }
}

/** The sum of the weights as typed, or null while one is not a number. */
export function weightSum(values: ScoreFormValues): number | null {
  let sum = 0
  for (const code of SCORE_CODES) {
    const value = parseDecimal(values.weights[code])
    if (value === null || Number.isNaN(value)) return null
    sum += value
  }
  return sum
}
