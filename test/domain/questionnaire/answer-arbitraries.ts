// fast-check arbitraries for answers: valid answer sets that respect showIf (checked against an
// independent statement of the display rules) and invalid values for any question.
import fc from 'fast-check'
import { scaleOf } from '../../../server/domain/questionnaire'
import type {
  AnswerValue,
  Answers,
  Condition,
  Definition,
  Question,
} from '../../../server/domain/questionnaire'

/** A valid, non-blank answer to a question (text may carry spaces that validation trims). */
export function validValueArb(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case 'single':
    case 'segment':
      return fc.constantFrom(...question.options.map((o) => o.value))
    case 'multi': {
      const values = question.options.map((o) => o.value)
      const min = Math.max(1, question.minSelect ?? 1)
      const max = question.maxSelect ?? values.length
      return fc.shuffledSubarray(values, { minLength: min, maxLength: max })
    }
    case 'yesno':
      return fc.constantFrom('yes', 'no')
    case 'text':
      return fc
        .tuple(
          fc.string({ minLength: 1, maxLength: question.maxLength }),
          fc.constantFrom('', ' ', '\n'),
        )
        .filter(([s]) => s.trim() !== '')
        .map(([s, pad]) => pad + s + pad)
    case 'number':
      if (!question.integer) {
        return fc.double({
          min: question.min ?? -1e6,
          max: question.max ?? 1e6,
          noNaN: true,
          noDefaultInfinity: true,
        })
      }
  }
  const range = scaleOf(question) ?? { min: -1e6, max: 1e6 }
  const min = question.type === 'number' && question.min !== undefined ? question.min : range.min
  const max = question.type === 'number' && question.max !== undefined ? question.max : range.max
  return fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
}

/**
 * An independent statement of the display rules, over the answers of visible questions only:
 * unanswered fails every test but `ne`; on a list, eq means includes and in includes any.
 */
function holds(condition: Condition, answers: Answers): boolean {
  if ('conditions' in condition) {
    const results = condition.conditions.map((c) => holds(c, answers))
    return condition.op === 'and' ? results.every(Boolean) : results.some(Boolean)
  }
  const answer = answers[condition.code]
  const given =
    answer === undefined || answer === null ? [] : Array.isArray(answer) ? answer : [answer]
  const n = typeof answer === 'number' ? answer : Number.NaN
  switch (condition.op) {
    case 'answered':
      return given.length > 0
    case 'eq':
      return given.some((x) => x === condition.value)
    case 'ne':
      return !given.some((x) => x === condition.value)
    case 'in':
      return given.some((x) => condition.values.includes(x))
    case 'gt':
      return n > condition.value
    case 'gte':
      return n >= condition.value
    case 'lt':
      return n < condition.value
    case 'lte':
      return n <= condition.value
  }
}

/** What a valid answer set looks like once validated: blank left out, text trimmed. */
function cleanedValue(value: AnswerValue): AnswerValue {
  return typeof value === 'string' ? value.trim() : value
}

/**
 * A valid answer set for a definition and the cleaned answers validation must return: visible
 * required questions are answered, visible optional ones sometimes, hidden ones sometimes carry
 * a stray answer that must be dropped.
 */
export function validAnswersArb(
  def: Definition,
): fc.Arbitrary<{ answers: Answers; expected: Answers }> {
  const questions = def.sections.flatMap((s) => s.questions)
  const draws = questions.map((question) =>
    fc.record({
      value: validValueArb(question),
      mode: fc.constantFrom('answer', 'blank', 'absent'),
      blank: fc.constantFrom(null, '', '  ', [], undefined),
    }),
  )
  return fc.tuple(...draws).map((drawn) => {
    const answers: Answers = {}
    const expected: Answers = {}
    questions.forEach((question, i) => {
      const { value, mode, blank } = drawn[i]
      if (question.showIf && !holds(question.showIf, expected)) {
        if (mode === 'answer') answers[question.code] = value
      } else if (question.required || mode === 'answer') {
        answers[question.code] = value
        expected[question.code] = cleanedValue(value)
      } else if (mode === 'blank') {
        answers[question.code] = blank as AnswerValue
      }
    })
    return { answers, expected }
  })
}

/** Values a question must refuse: of the wrong type, out of its range, or not among its options. */
export function invalidValues(question: Question): unknown[] {
  switch (question.type) {
    case 'single':
    case 'segment':
      return ['zz-unknown', 7, ['o0']]
    case 'multi':
      return [['zz-unknown'], 'o0', [question.options[0].value, question.options[0].value], [1]]
    case 'yesno':
      return ['maybe', 1, true]
    case 'text':
      return ['x'.repeat(question.maxLength + 1), 5, ['x']]
  }
  const out: unknown[] = ['3', { value: 3 }]
  const scale = scaleOf(question)
  if (scale) out.push(scale.min - 1, scale.max + 1)
  if (question.type !== 'number' || question.integer) out.push((scale?.min ?? 0) + 0.5)
  if (question.type === 'number' && question.min !== undefined) out.push(question.min - 1)
  if (question.type === 'number' && question.max !== undefined) out.push(question.max + 1)
  return out
}
