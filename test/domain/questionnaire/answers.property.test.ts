// Property tests of answer validation: any valid answer set that respects display logic passes
// with the expected cleaned answers, and breaking one visible answer fails at that code's path.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  validateAnswers,
  validateDefinition,
  visibleQuestions,
} from '../../../server/domain/questionnaire'
import type { Definition } from '../../../server/domain/questionnaire'
import { buildTemplate } from '../../../server/domain/templates'
import { invalidValues, validAnswersArb } from './answer-arbitraries'
import { smallDefinitionArb } from './definition-arbitraries'

const kecamatan = [
  { code: '63.71.01', name: 'Banjarmasin Selatan' },
  { code: '63.71.02', name: 'Banjarmasin Timur' },
]
const templates: [string, Definition][] = [
  ['SKM', buildTemplate('skm', { kecamatan })],
  ['impact', buildTemplate('impact', { programName: 'Si Mantab', kecamatan })],
]
const definitionsArb = fc.oneof(
  fc.constantFrom(...templates.map(([, def]) => def)),
  smallDefinitionArb,
)

const withAnswers = definitionsArb.chain((def) =>
  validAnswersArb(def).map((drawn) => ({ def, ...drawn })),
)

describe('answer validation properties', () => {
  it('every generated small definition is itself valid', () => {
    fc.assert(fc.property(smallDefinitionArb, (def) => validateDefinition(def).ok))
  })

  it.each(templates)(
    'a valid answer set for the %s template passes and comes back cleaned',
    (_, def) => {
      fc.assert(
        fc.property(validAnswersArb(def), ({ answers, expected }) => {
          expect(validateAnswers(def, answers)).toEqual({ ok: true, answers: expected })
        }),
      )
    },
  )

  it('a valid answer set for a random definition passes and comes back cleaned', () => {
    fc.assert(
      fc.property(withAnswers, ({ def, answers, expected }) => {
        expect(validateAnswers(def, answers)).toEqual({ ok: true, answers: expected })
      }),
      { numRuns: 300 },
    )
  })

  it("an invalid value for one visible question fails with that code's path", () => {
    const mutated = withAnswers.chain(({ def, answers }) => {
      const visible = [...visibleQuestions(def, answers)]
      const questions = def.sections
        .flatMap((s) => s.questions)
        .filter((q) => visible.includes(q.code))
      return fc
        .constantFrom(...questions)
        .chain((question) =>
          fc
            .constantFrom(...invalidValues(question))
            .map((bad) => ({ def, answers, question, bad })),
        )
    })
    fc.assert(
      fc.property(mutated, ({ def, answers, question, bad }) => {
        const result = validateAnswers(def, { ...answers, [question.code]: bad })
        expect(result.ok).toBe(false)
        if (!result.ok)
          expect(result.issues.map((i) => i.path)).toContain(`answers.${question.code}`)
      }),
      { numRuns: 300 },
    )
  })

  it("removing the answer of a visible required question fails with that code's path", () => {
    const removed = withAnswers
      .map(({ def, answers }) => {
        const visible = visibleQuestions(def, answers)
        const required = def.sections
          .flatMap((s) => s.questions)
          .filter((q) => q.required && visible.has(q.code))
        return { def, answers, required }
      })
      .filter(({ required }) => required.length > 0)
      .chain(({ def, answers, required }) =>
        fc.constantFrom(...required).map((q) => ({ def, answers, code: q.code })),
      )
    fc.assert(
      fc.property(removed, ({ def, answers, code }) => {
        const result = validateAnswers(def, { ...answers, [code]: null })
        expect(result.ok ? [] : result.issues).toContainEqual(
          expect.objectContaining({ path: `answers.${code}`, kind: 'required' }),
        )
      }),
    )
  })
})
