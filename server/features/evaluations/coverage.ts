// What an evaluation rests on: of the programs of the year, how many have citizens' data and how
// many assessors' marks, with how many respondents and assessors, for the index and for each of the
// five components. The index is complete when every component is: Baseline, Output and Outcome
// entered, every program scored by citizens (or Impact overridden) and marked by assessors (or
// Quick Win overridden).
import type { EvaluationDimensionCode } from '../../domain/reference'
import type { ProgramEntry } from './program-entries'

export interface Coverage {
  /** Programs of the region's year. */
  programs: number
  /** Programs with a citizens' impact score; null where the component does not use them. */
  withData: number | null
  /** Programs with at least one assessor's mark; null where the component does not use them. */
  assessed: number | null
  /** Respondents behind the impact scores; null where the component does not use them. */
  respondents: number | null
  /** Distinct assessors who marked any program; null where the component does not use them. */
  assessors: number | null
  complete: boolean
}

export interface EvaluationCoverage extends Coverage {
  components: Record<EvaluationDimensionCode, Coverage & { entered?: boolean; override?: boolean }>
}

interface CoverageInput {
  programs: ProgramEntry[]
  entered: { baseline: boolean; output: boolean; outcome: boolean }
  overrides: { impact: boolean; quickwin: boolean }
}

/** Coverage of the index and of each component (see the module header for "complete"). */
export function evaluationCoverage({
  programs,
  entered,
  overrides,
}: CoverageInput): EvaluationCoverage {
  const total = programs.length
  const withData = programs.filter((p) => p.impactScore !== null).length
  const assessed = programs.filter((p) => p.assessment.assessors > 0).length
  const respondents = programs.reduce((sum, p) => sum + p.impactN, 0)
  const assessors = new Set(programs.flatMap((p) => p.assessment.assessorIds)).size
  const none = { withData: null, assessed: null, respondents: null, assessors: null }
  const enteredOne = (flag: boolean) => ({
    programs: total,
    ...none,
    entered: flag,
    complete: flag,
  })
  const impactComplete = overrides.impact || (total > 0 && withData === total)
  const quickwinComplete = overrides.quickwin || (total > 0 && assessed === total)
  const components = {
    baseline: enteredOne(entered.baseline),
    output: enteredOne(entered.output),
    outcome: enteredOne(entered.outcome),
    impact: {
      programs: total,
      ...none,
      withData,
      respondents,
      override: overrides.impact,
      complete: impactComplete,
    },
    quickwin: {
      programs: total,
      ...none,
      assessed,
      assessors,
      override: overrides.quickwin,
      complete: quickwinComplete,
    },
  }
  const complete = Object.values(components).every((c) => c.complete)
  return { programs: total, withData, assessed, respondents, assessors, complete, components }
}
