// One respondent's answers turned into the numbers stored with the response: impact (0..1),
// criterion means, the SKM element mean, the NPS answer and the SUS score.
import type { Answers, Definition, Question } from '../questionnaire/definition'
import { scaleOf } from '../questionnaire/scale'
import { itemScore } from './item-score'
import { susScore } from './sus'

/** What scoring reads from a definition (titles and texts are irrelevant to it). */
export type ScorableDefinition = Pick<Definition, 'kind' | 'sections' | 'criteria'>

export interface RespondentScore {
  /** 0..1: weighted mean over answered criteria of their item-score means; null if none. */
  impact: number | null
  /** 0..1 per criterion the respondent answered at least one item of. */
  criteria: Record<string, number>
  /** SKM only: mean of the answered U1..U9 on the 1-4 scale. */
  ikmMean: number | null
  /** The 0..10 answer to the question coded 'nps', else to the first nps-type question. */
  nps: number | null
  /** SUS only: 0-100, only when all ten items are answered. */
  sus: number | null
}

type AnswerMap = Readonly<Partial<Answers>>

const SKM_ELEMENT_CODE = /^U[1-9]$/
const SKM_SCALE = { min: 1, max: 4 }

const isNumberIn = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max

function criterionMeans(questions: readonly Question[], answers: AnswerMap) {
  const sums = new Map<string, { weighted: number; weight: number }>()
  for (const q of questions) {
    if (!q.score) continue
    const weight = q.score.weight ?? 1
    const x = itemScore(q, answers[q.code])
    if (x == null || !(weight > 0)) continue
    const acc = sums.get(q.score.criterion) ?? { weighted: 0, weight: 0 }
    acc.weighted += weight * x
    acc.weight += weight
    sums.set(q.score.criterion, acc)
  }
  const means: Record<string, number> = {}
  for (const [code, acc] of sums) means[code] = acc.weighted / acc.weight
  return means
}

/** Criterion weights renormalised over the answered criteria; an unlisted criterion weighs 1. */
function weightedImpact(def: ScorableDefinition, criteria: Record<string, number>) {
  const weights = new Map(def.criteria.map((c) => [c.code, c.weight]))
  let weighted = 0
  let total = 0
  for (const [code, mean] of Object.entries(criteria)) {
    const w = weights.get(code) ?? 1
    if (!(w > 0)) continue
    weighted += w * mean
    total += w
  }
  return total > 0 ? weighted / total : null
}

function skmMean(questions: readonly Question[], answers: AnswerMap) {
  let sum = 0
  let n = 0
  for (const q of questions) {
    if (!SKM_ELEMENT_CODE.test(q.code)) continue
    const x = answers[q.code]
    const { min, max } = scaleOf(q) ?? SKM_SCALE
    if (!isNumberIn(x, min, max)) continue
    sum += x
    n++
  }
  return n > 0 ? sum / n : null
}

function npsAnswer(questions: readonly Question[], answers: AnswerMap) {
  const question =
    questions.find((q) => q.code === 'nps') ?? questions.find((q) => q.type === 'nps')
  const x = question ? answers[question.code] : null
  return isNumberIn(x, 0, 10) ? x : null
}

/**
 * Scores one respondent. Item scores of a criterion are averaged with the items' weights
 * (default 1); criteria are combined with their definition weights renormalised over the
 * criteria this respondent answered, so a skipped criterion does not count as zero.
 */
export function scoreRespondent(def: ScorableDefinition, answers: AnswerMap): RespondentScore {
  const questions = def.sections.flatMap((s) => s.questions)
  const criteria = criterionMeans(questions, answers)
  return {
    impact: weightedImpact(def, criteria),
    criteria,
    ikmMean: def.kind === 'skm' ? skmMean(questions, answers) : null,
    nps: npsAnswer(questions, answers),
    sus: def.kind === 'sus' ? susScore(answers) : null,
  }
}
