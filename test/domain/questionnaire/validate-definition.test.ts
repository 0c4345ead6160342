// Specification of questionnaire definition checks: templates are valid, each kind of mistake is
// refused at the exact path with a message naming the offending code.
import { describe, expect, it } from 'vitest'
import { toJsonSchema } from '@valibot/to-json-schema'
import { DefinitionSchema, validateDefinition } from '../../../server/domain/questionnaire'
import { TEMPLATE_NAMES, buildTemplate } from '../../../server/domain/templates'
import {
  definitionWith,
  everyType,
  likert,
  multi,
  number,
  segment,
  single,
  yesno,
} from './sample-definitions'

const kecamatan = [{ code: '63.71.01', name: 'Banjarmasin Selatan' }]

function issuesOf(def: unknown, options?: { forPublish?: boolean }) {
  const result = validateDefinition(def, options)
  if (result.ok) throw new Error('expected the definition to be refused')
  return result.issues
}

function pathsOf(def: unknown) {
  return issuesOf(def).map((issue) => issue.path)
}

describe('validateDefinition', () => {
  it.each(TEMPLATE_NAMES)('accepts the %s template, plain and tailored', (name) => {
    expect(validateDefinition(buildTemplate(name, {})).ok).toBe(true)
    expect(
      validateDefinition(buildTemplate(name, { programName: 'Si Mantab', kecamatan })).ok,
    ).toBe(true)
  })

  it('accepts a definition with one question of every type', () => {
    expect(validateDefinition(definitionWith(everyType), { forPublish: true }).ok).toBe(true)
  })

  it('accepts an empty draft but refuses to publish a definition without questions', () => {
    expect(validateDefinition(buildTemplate('blank', {})).ok).toBe(true)
    expect(issuesOf(buildTemplate('blank', {}), { forPublish: true })).toEqual([
      {
        path: 'sections',
        code: 'definition.no-question',
        message: 'A questionnaire needs at least one question before it can be published.',
      },
    ])
  })

  it('returns the parsed definition without unknown keys', () => {
    const result = validateDefinition({ ...definitionWith([yesno]), extra: 1 })
    expect(result.ok && 'extra' in result.definition).toBe(false)
  })

  it('refuses a value that is not an object at the root path', () => {
    expect(pathsOf(null)).toEqual([''])
  })

  it('refuses an unknown question type at its type', () => {
    expect(pathsOf(definitionWith([{ ...yesno, type: 'slider' }]))).toEqual([
      'sections.0.questions.0.type',
    ])
  })

  it('refuses a question code that does not start with a letter', () => {
    expect(pathsOf(definitionWith([{ ...yesno, code: '1st' }]))).toEqual([
      'sections.0.questions.0.code',
    ])
  })

  it('refuses a duplicate question code at the second occurrence, naming the first', () => {
    const issues = issuesOf(definitionWith([yesno, { ...single, code: 'Y' }]))
    expect(issues).toEqual([
      {
        path: 'sections.0.questions.1.code',
        code: 'question.duplicate-code',
        params: { code: 'Y', first: 'sections.0.questions.0' },
        message:
          'Question code Y is used twice (first at sections.0.questions.0); question codes must be unique.',
      },
    ])
  })

  it('refuses a duplicate code across sections', () => {
    const def = definitionWith([yesno])
    def.sections.push({ id: 's2', title: { id: 'Dua' }, questions: [yesno] })
    expect(pathsOf(def)).toEqual(['sections.1.questions.0.code'])
  })

  it('refuses a showIf that refers to a later question', () => {
    const u3 = { ...yesno, code: 'U3', showIf: { op: 'eq', code: 'U5', value: 'yes' } }
    const issues = issuesOf(definitionWith([u3, { ...yesno, code: 'U5' }]))
    expect(issues).toEqual([
      {
        path: 'sections.0.questions.0.showIf.code',
        code: 'condition.later-question',
        params: { code: 'U3', ref: 'U5' },
        message:
          "Question U3's showIf refers to U5, which comes later; conditions may only use earlier answers.",
      },
    ])
  })

  it('refuses a showIf that refers to an unknown code, inside and/or', () => {
    const showIf = {
      op: 'and',
      conditions: [
        { op: 'answered', code: 'Y' },
        { op: 'or', conditions: [{ op: 'answered', code: 'Q9' }] },
      ],
    }
    const issues = issuesOf(definitionWith([yesno, { ...single, showIf }]))
    expect(issues.map((i) => i.path)).toEqual([
      'sections.0.questions.1.showIf.conditions.1.conditions.0.code',
    ])
    expect(issues[0].message).toContain(
      'refers to Q9, which is not a question in this questionnaire',
    )
  })

  it('refuses a showIf that refers to the question itself', () => {
    const issues = issuesOf(definitionWith([{ ...yesno, showIf: { op: 'answered', code: 'Y' } }]))
    expect(issues.map((i) => i.path)).toEqual(['sections.0.questions.0.showIf.code'])
    expect(issues[0].message).toContain("Question Y's showIf refers to itself")
  })

  it('refuses a showIf value that the referenced question cannot receive', () => {
    const showIf = { op: 'in', code: 'S', values: ['a', 'c'] }
    expect(pathsOf(definitionWith([single, { ...yesno, showIf }]))).toEqual([
      'sections.0.questions.1.showIf.values.1',
    ])
    const onYesno = { op: 'eq', code: 'Y', value: 'ya' }
    expect(pathsOf(definitionWith([yesno, { ...single, showIf: onYesno }]))).toEqual([
      'sections.0.questions.1.showIf.value',
    ])
    const numberAsText = { op: 'eq', code: 'L', value: '3' }
    expect(pathsOf(definitionWith([likert, { ...yesno, showIf: numberAsText }]))).toEqual([
      'sections.0.questions.1.showIf.value',
    ])
  })

  it('refuses a comparison on a question that is not numeric', () => {
    const showIf = { op: 'gt', code: 'S', value: 1 }
    expect(pathsOf(definitionWith([single, { ...yesno, showIf }]))).toEqual([
      'sections.0.questions.1.showIf.op',
    ])
  })

  it('refuses an empty and/or', () => {
    const showIf = { op: 'or', conditions: [] }
    expect(pathsOf(definitionWith([{ ...yesno, showIf }]))).toEqual([
      'sections.0.questions.0.showIf.conditions',
    ])
  })

  it('refuses a likert scale whose min is not below its max', () => {
    const issues = issuesOf(definitionWith([{ ...likert, scale: { min: 4, max: 4 } }]))
    expect(issues.map((i) => i.path)).toEqual(['sections.0.questions.0.scale.max'])
    expect(issues[0].message).toContain("Question L's scale must go from a lower to a higher value")
  })

  it('refuses likert labels that do not match the number of points', () => {
    const scale = { min: 1, max: 3, labels: [{ id: 'a' }, { id: 'b' }] }
    expect(pathsOf(definitionWith([{ ...likert, scale }]))).toEqual([
      'sections.0.questions.0.scale.labels',
    ])
  })

  it('refuses a rating with more than ten stars or not starting at 1', () => {
    expect(
      pathsOf(
        definitionWith([
          {
            code: 'R',
            type: 'rating',
            text: { id: 'r' },
            required: true,
            scale: { min: 1, max: 11 },
          },
        ]),
      ),
    ).toEqual(['sections.0.questions.0.scale.max'])
    expect(
      pathsOf(
        definitionWith([
          {
            code: 'R',
            type: 'rating',
            text: { id: 'r' },
            required: true,
            scale: { min: 0, max: 5 },
          },
        ]),
      ),
    ).toEqual(['sections.0.questions.0.scale.min'])
  })

  it('refuses a number question whose max is below its min', () => {
    expect(pathsOf(definitionWith([{ ...number, min: 10, max: 5 }]))).toEqual([
      'sections.0.questions.0.max',
    ])
  })

  it('refuses empty options', () => {
    expect(pathsOf(definitionWith([{ ...single, options: [] }]))).toEqual([
      'sections.0.questions.0.options',
    ])
  })

  it('refuses a duplicate option value and an option value with capitals', () => {
    const options = [single.options[0], single.options[0], { value: 'B', label: { id: 'B' } }]
    expect(pathsOf(definitionWith([{ ...single, options }]))).toEqual([
      'sections.0.questions.0.options.2.value',
    ])
    const twice = [single.options[0], single.options[0]]
    expect(pathsOf(definitionWith([{ ...single, options: twice }]))).toEqual([
      'sections.0.questions.0.options.1.value',
    ])
  })

  it('accepts Kemendagri codes with dots as option values', () => {
    const options = [{ value: '63.71.01', label: { id: 'Banjarmasin Selatan' } }]
    expect(validateDefinition(definitionWith([{ ...segment, options }])).ok).toBe(true)
  })

  it('refuses multi selection limits that cannot be met', () => {
    expect(pathsOf(definitionWith([{ ...multi, minSelect: 3, maxSelect: 2 }]))).toEqual([
      'sections.0.questions.0.maxSelect',
    ])
    expect(pathsOf(definitionWith([{ ...multi, minSelect: 4, maxSelect: undefined }]))).toEqual([
      'sections.0.questions.0.minSelect',
    ])
  })

  it('refuses missing or blank Indonesian text wherever a text appears', () => {
    expect(pathsOf(definitionWith([{ ...yesno, text: { id: '   ', en: 'Question' } }]))).toEqual([
      'sections.0.questions.0.text.id',
    ])
    expect(pathsOf(definitionWith([{ ...yesno, text: { en: 'Question' } }]))).toEqual([
      'sections.0.questions.0.text.id',
    ])
    const options = [{ value: 'a', label: { id: '' } }]
    expect(pathsOf(definitionWith([{ ...single, options }]))).toEqual([
      'sections.0.questions.0.options.0.label.id',
    ])
    expect(pathsOf({ ...definitionWith([yesno]), title: { id: '\t' } })).toEqual(['title.id'])
  })

  it('refuses a score role on a segment question', () => {
    const criteria = [{ code: 'c', label: { id: 'C' }, weight: 1 }]
    const issues = issuesOf(definitionWith([{ ...segment, score: { criterion: 'c' } }], criteria))
    expect(issues).toEqual([
      {
        path: 'sections.0.questions.0.score',
        code: 'score.segment',
        params: { code: 'G' },
        message:
          'Question G is a segment question; segments describe respondents and are never scored.',
      },
    ])
  })

  it('refuses a score role on text and choice questions and on an open-ended number', () => {
    const criteria = [{ code: 'c', label: { id: 'C' }, weight: 1 }]
    const score = { criterion: 'c' }
    const def = definitionWith(
      [
        { ...single, score },
        { ...multi, score },
        { ...number, min: undefined, score },
      ],
      criteria,
    )
    expect(pathsOf(def)).toEqual([
      'sections.0.questions.0.score',
      'sections.0.questions.1.score',
      'sections.0.questions.2.score',
    ])
  })

  it('refuses a score role that refers to a criterion not in criteria', () => {
    const issues = issuesOf(definitionWith([{ ...likert, score: { criterion: 'speed' } }]))
    expect(issues).toEqual([
      {
        path: 'sections.0.questions.0.score.criterion',
        code: 'score.unknown-criterion',
        params: { code: 'L', criterion: 'speed' },
        message: "Question L's score refers to criterion speed, which is not in criteria.",
      },
    ])
  })

  it('refuses duplicate criterion codes and weights that are not positive', () => {
    const criterion = { code: 'c', label: { id: 'C' }, weight: 1 }
    expect(pathsOf(definitionWith([likert], [criterion, criterion]))).toEqual(['criteria.1.code'])
    expect(pathsOf(definitionWith([likert], [{ ...criterion, weight: 0 }]))).toEqual([
      'criteria.0.weight',
    ])
    const score = { criterion: 'c', weight: -1 }
    expect(pathsOf(definitionWith([{ ...likert, score }], [criterion]))).toEqual([
      'sections.0.questions.0.score.weight',
    ])
  })

  it('refuses a text question without a max length in 1..5000', () => {
    const text = { code: 'T', type: 'text', text: { id: 't' }, required: false, maxLength: 6000 }
    expect(pathsOf(definitionWith([text]))).toEqual(['sections.0.questions.0.maxLength'])
  })

  it('checks structural rules only once the shape is right, then reports them all', () => {
    const def = definitionWith([
      likert,
      { ...likert, scale: { min: 5, max: 1 } },
      { ...single, options: [] },
    ])
    expect(pathsOf(def)).toEqual(['sections.0.questions.2.options'])
    expect(pathsOf(definitionWith([likert, { ...likert, scale: { min: 5, max: 1 } }]))).toEqual([
      'sections.0.questions.1.code',
      'sections.0.questions.1.scale.max',
    ])
  })

  it('converts to JSON Schema, so it holds no transforms', () => {
    expect(() => toJsonSchema(DefinitionSchema)).not.toThrow()
  })
})
