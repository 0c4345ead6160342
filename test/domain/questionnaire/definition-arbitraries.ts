// fast-check arbitraries for small random questionnaire definitions: one to six questions of
// any type, in one or two sections, with display logic over earlier answers.
import fc from 'fast-check'
import { QUESTION_TYPES } from '../../../server/domain/questionnaire'
import type {
  Condition,
  Definition,
  Question,
  QuestionType,
} from '../../../server/domain/questionnaire'
import { validValueArb } from './answer-arbitraries'

const label = { id: 'Pilihan' }
const optionsArb = fc
  .integer({ min: 1, max: 5 })
  .map((n) => Array.from({ length: n }, (_, i) => ({ value: `o${i}`, label })))

function questionArb(code: string, type: QuestionType): fc.Arbitrary<Question> {
  const base = { code, text: { id: `Pertanyaan ${code}` } }
  const required = fc.boolean()
  switch (type) {
    case 'likert':
      return fc
        .record({
          required,
          min: fc.integer({ min: -2, max: 3 }),
          span: fc.integer({ min: 1, max: 6 }),
        })
        .map(({ required, min, span }) => ({
          ...base,
          type,
          required,
          scale: { min, max: min + span },
        }))
    case 'rating':
      return fc
        .record({ required, max: fc.option(fc.integer({ min: 3, max: 10 }), { nil: undefined }) })
        .map(({ required, max }) => ({
          ...base,
          type,
          required,
          scale: max ? { min: 1 as const, max } : undefined,
        }))
    case 'number':
      return fc
        .record({
          required,
          min: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }),
          span: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
          integer: fc.boolean(),
        })
        .map(({ required, min, span, integer }) => ({
          ...base,
          type,
          required,
          min,
          max: span === undefined ? undefined : (min ?? 0) + span,
          integer,
        }))
    case 'single':
    case 'segment':
      return fc.record({ required, options: optionsArb }).map((q) => ({ ...base, type, ...q }))
    case 'multi':
      return fc
        .record({ required, options: optionsArb, limits: fc.tuple(fc.nat(3), fc.nat(3)) })
        .map(({ required, options, limits: [a, b] }) => {
          const minSelect = Math.min(a, b, options.length)
          const maxSelect = Math.max(1, minSelect, Math.min(a + b, options.length))
          return { ...base, type, required, options, minSelect, maxSelect }
        })
    case 'text':
      return fc
        .record({ required, maxLength: fc.integer({ min: 1, max: 40 }) })
        .map((q) => ({ ...base, type, ...q }))
    default:
      return required.map((required) => ({ ...base, type, required }) as Question)
  }
}

function leafConditionArb(target: Question): fc.Arbitrary<Condition> {
  const code = target.code
  const answered = fc.constant<Condition>({ op: 'answered', code })
  const value = validValueArb(target)
  switch (target.type) {
    case 'single':
    case 'segment':
    case 'multi': {
      const values = target.options.map((o) => o.value)
      return fc.oneof(
        answered,
        fc.record({
          op: fc.constantFrom('eq' as const, 'ne' as const),
          code: fc.constant(code),
          value: fc.constantFrom(...values),
        }),
        fc.record({
          op: fc.constant('in' as const),
          code: fc.constant(code),
          values: fc.subarray(values, { minLength: 1 }),
        }),
      )
    }
    case 'yesno':
      return fc.oneof(
        answered,
        fc.record({
          op: fc.constantFrom('eq' as const, 'ne' as const),
          code: fc.constant(code),
          value: fc.constantFrom('yes', 'no'),
        }),
      )
    case 'text':
      return answered
    default:
      return fc.oneof(
        answered,
        fc.record({
          op: fc.constantFrom(
            'eq' as const,
            'ne' as const,
            'gt' as const,
            'gte' as const,
            'lt' as const,
            'lte' as const,
          ),
          code: fc.constant(code),
          value: value as fc.Arbitrary<number>,
        }),
      )
  }
}

function conditionArb(earlier: Question[]): fc.Arbitrary<Condition> {
  const leaf = fc.constantFrom(...earlier).chain(leafConditionArb)
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constantFrom('and' as const, 'or' as const),
        conditions: fc.array(leaf, { minLength: 1, maxLength: 3 }),
      }),
    },
  )
}

/** A small custom definition (1 to 6 questions of any type, in 1 or 2 sections) with showIf. */
export const smallDefinitionArb: fc.Arbitrary<Definition> = fc
  .array(fc.constantFrom(...QUESTION_TYPES), { minLength: 1, maxLength: 6 })
  .chain((types) => fc.tuple(...types.map((type, i) => questionArb(`q${i}`, type))))
  .chain((questions) =>
    fc.tuple(
      ...questions.map((question, i) =>
        i === 0
          ? fc.constant(question)
          : fc
              .option(conditionArb(questions.slice(0, i)), { nil: undefined })
              .map((showIf) => ({ ...question, showIf })),
      ),
    ),
  )
  .chain((questions) =>
    fc.nat(questions.length).map((split) => {
      const sections = [
        { id: 'a', title: { id: 'Bagian A' }, questions: questions.slice(0, split) },
        { id: 'b', title: { id: 'Bagian B' }, questions: questions.slice(split) },
      ].filter((s, i) => i === 1 || s.questions.length > 0)
      return { title: { id: 'Acak' }, kind: 'custom' as const, sections, criteria: [] }
    }),
  )
