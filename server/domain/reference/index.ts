// Typed access to the reference data shipped with the project (copied from shared/reference):
// the six smart-city dimensions, SKM elements and mutu categories, quick-win criteria, SUS/NPS
// wording and the demo regions. Pure data: safe to import from the server and the client.
import dimensionsJson from './dimensions.json'
import skmJson from './skm.json'
import quickwinJson from './quickwin-criteria.json'
import susNpsJson from './sus-nps.json'
import demoRegionsJson from './demo-regions.json'

/** A text in Indonesian (required) and English (optional). */
export interface BilingualText {
  id: string
  en?: string
}

export type DimensionCode =
  'governance' | 'branding' | 'economy' | 'living' | 'society' | 'environment'
export const DIMENSION_CODES: readonly DimensionCode[] = dimensionsJson.dimensions.map(
  (d) => d.code as DimensionCode,
)

export interface DimensionElement {
  /** Stable code, e.g. `governance.1` for the first element of Smart Governance. */
  code: string
  name: BilingualText
}

export interface Dimension {
  code: DimensionCode
  name: BilingualText
  elements: DimensionElement[]
}

/** The six dimensions, each with its three elements (sub-dimensions) coded `<dimension>.<1..3>`. */
export const DIMENSIONS: readonly Dimension[] = dimensionsJson.dimensions.map((d) => ({
  code: d.code as DimensionCode,
  name: d.name,
  elements: d.elements.id.map((name, i) => ({
    code: `${d.code}.${i + 1}`,
    name: { id: name, en: d.elements.en[i] },
  })),
}))

export type EvaluationDimensionCode = 'baseline' | 'output' | 'outcome' | 'impact' | 'quickwin'
export type EvaluationWeights = Record<EvaluationDimensionCode, number>

export const EVALUATION_DIMENSIONS = dimensionsJson.evaluationDimensions.items as {
  code: EvaluationDimensionCode
  name: BilingualText
}[]
export const DEFAULT_EVALUATION_WEIGHTS: EvaluationWeights =
  dimensionsJson.evaluationDimensions.weights.default
export const RESPONDENTS_PER_FORM: number = dimensionsJson.impactSurveyGuidance.respondentsPerForm

export const SKM = skmJson
export const QUICKWIN_CRITERIA = quickwinJson
export const SUS_NPS = susNpsJson
export const DEMO_REGIONS = demoRegionsJson

export function findDimension(code: string): Dimension | undefined {
  return DIMENSIONS.find((d) => d.code === code)
}

/** The short name of an evaluation component ("Output", "Quick Win"), for tables and charts. */
export function componentShortName(code: EvaluationDimensionCode): string {
  return EVALUATION_DIMENSIONS.find((d) => d.code === code)!.name.id.split(' (')[0]!
}
