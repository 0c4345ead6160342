// Small builders for scored questions and definitions used by the scoring tests.
import type {
  Definition,
  Question,
  QuestionOf,
} from '../../../server/domain/questionnaire/definition'
import type { ScorableDefinition } from '../../../server/domain/scoring'

type ScoreRole = NonNullable<Question['score']>

const text = (id: string) => ({ id })

/** A likert question on min..max tied to a criterion. */
export function likert(
  code: string,
  scale: { min: number; max: number },
  score?: ScoreRole,
): QuestionOf<'likert'> {
  return { code, type: 'likert', text: text(code), required: false, scale, score }
}

/** A yes/no question tied to a criterion. */
export function yesno(code: string, score?: ScoreRole): QuestionOf<'yesno'> {
  return { code, type: 'yesno', text: text(code), required: false, score }
}

/** A 0..10 NPS question. */
export function nps(code: string, score?: ScoreRole): QuestionOf<'nps'> {
  return { code, type: 'nps', text: text(code), required: false, score }
}

/** A number question with optional bounds. */
export function numberQuestion(
  code: string,
  bounds: { min?: number; max?: number },
  score?: ScoreRole,
): QuestionOf<'number'> {
  return { code, type: 'number', text: text(code), required: false, ...bounds, score }
}

/** A one-section definition with the given criteria weights. */
export function definition(
  kind: Definition['kind'],
  questions: Question[],
  criteria: Record<string, number> = {},
): ScorableDefinition {
  return {
    kind,
    sections: [{ id: 's1', title: text('Bagian 1'), questions }],
    criteria: Object.entries(criteria).map(([code, weight]) => ({
      code,
      label: text(code),
      weight,
    })),
  }
}

/** Every number reachable in a value, so a test can assert that none is NaN. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value]
  if (Array.isArray(value)) return value.flatMap(numbersIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn)
  return []
}
