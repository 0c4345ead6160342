// Applies a PUT to the stored settings of an evaluation: absent fields stay, null clears; an
// Impact or Quick Win value is an override that needs a reason; weights must pass the domain's
// validateWeights; outcome dimensions must be the six codes. Problems are 422 with field paths.
import { validateWeights } from '../../domain/evaluation'
import { DIMENSION_CODES, type EvaluationWeights } from '../../domain/reference'
import { AppError, fieldIssue, type FieldIssue } from '../../http/app-error'
import type { EvaluationSettings } from './repository'
import type { EvaluationInput } from './schemas'

type Overridable = 'impact' | 'quickwin'

function applyOverride(
  next: EvaluationSettings,
  input: EvaluationInput,
  code: Overridable,
  errors: FieldIssue[],
) {
  const valueKey = `${code}Override` as const
  const reasonKey = `${code}Reason` as const
  const value = input.scores?.[code]
  const reason = input.reasons?.[code]?.trim()
  if (value === null) {
    next[valueKey] = null
    next[reasonKey] = null
  } else if (value !== undefined) {
    if (!reason) {
      errors.push(fieldIssue(`reasons.${code}`, 'override.reason-needed', { code }))
    }
    next[valueKey] = value
    next[reasonKey] = reason ?? null
  } else if (input.reasons?.[code] !== undefined) {
    if (next[valueKey] === null) {
      errors.push(fieldIssue(`reasons.${code}`, 'override.none', { code }))
    } else if (!reason) {
      errors.push(fieldIssue(`reasons.${code}`, 'override.reason-empty'))
    } else next[reasonKey] = reason
  }
}

function checkDimensions(byDimension: Record<string, number>, errors: FieldIssue[]) {
  for (const code of Object.keys(byDimension)) {
    if (!DIMENSION_CODES.includes(code as never)) {
      errors.push(
        fieldIssue(`outcomeByDimension.${code}`, 'dimension.not-smart-city', {
          codes: DIMENSION_CODES.join(', '),
        }),
      )
    }
  }
}

/** The settings after `input`; throws a 422 listing every problem. */
export function applyEvaluationInput(
  before: EvaluationSettings,
  input: EvaluationInput,
): EvaluationSettings {
  const errors: FieldIssue[] = []
  const next: EvaluationSettings = { ...before }
  for (const code of ['baseline', 'output', 'outcome'] as const) {
    const value = input.scores?.[code]
    if (value !== undefined) next[code] = value
  }
  if (input.outcomeByDimension !== undefined) {
    if (input.outcomeByDimension !== null) checkDimensions(input.outcomeByDimension, errors)
    next.outcomeByDimension = input.outcomeByDimension
    // Per-dimension values without an overall one: Outcome becomes their mean.
    if (input.outcomeByDimension !== null && input.scores?.outcome === undefined)
      next.outcome = null
  }
  applyOverride(next, input, 'impact', errors)
  applyOverride(next, input, 'quickwin', errors)
  if (input.weights !== undefined) {
    if (input.weights !== null) {
      for (const issue of validateWeights(input.weights)) {
        const path = issue.path ? `weights.${issue.path}` : 'weights'
        errors.push(fieldIssue(path, issue.code, issue.params))
      }
    }
    const w = input.weights as EvaluationWeights | null
    next.weights = w && {
      baseline: w.baseline,
      output: w.output,
      outcome: w.outcome,
      impact: w.impact,
      quickwin: w.quickwin,
    }
  }
  if (input.citizenWeight !== undefined) next.citizenWeight = input.citizenWeight
  if (errors.length > 0) throw AppError.invalid(errors)
  return next
}
