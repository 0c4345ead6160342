// Specification of display logic: which questions are shown for given answers, and how answer
// validation treats hidden questions (never required, answers dropped).
import { describe, expect, it } from 'vitest'
import { validateAnswers, visibleQuestions } from '../../../server/domain/questionnaire'
import type { Answers } from '../../../server/domain/questionnaire'
import { buildTemplate } from '../../../server/domain/templates'
import {
  definitionWith,
  freeText,
  likert,
  multi,
  number,
  single,
  yesno,
} from './sample-definitions'

describe('validateAnswers with display logic', () => {
  const gated = definitionWith([
    yesno,
    { ...freeText, showIf: { op: 'eq', code: 'Y', value: 'yes' } },
  ])

  it('a required question hidden by its condition is not required and its answer is dropped', () => {
    expect(validateAnswers(gated, { Y: 'no' })).toEqual({ ok: true, answers: { Y: 'no' } })
    expect(validateAnswers(gated, { Y: 'no', T: 'kept?' })).toEqual({
      ok: true,
      answers: { Y: 'no' },
    })
  })

  it('an invalid answer to a hidden question is dropped, not refused', () => {
    expect(validateAnswers(gated, { Y: 'no', T: 'far too long for ten' })).toEqual({
      ok: true,
      answers: { Y: 'no' },
    })
  })

  it('keeps valid hidden answers when asked not to drop them', () => {
    const result = validateAnswers(gated, { Y: 'no', T: 'ok' }, { dropHidden: false })
    expect(result).toEqual({ ok: true, answers: { Y: 'no', T: 'ok' } })
  })

  it('a question shown by its condition is required', () => {
    const result = validateAnswers(gated, { Y: 'yes' })
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['answers.T'])
  })

  it('a condition on an unanswered question hides, except ne which shows', () => {
    const optionalGate = { ...yesno, required: false }
    const eq = definitionWith([
      optionalGate,
      { ...freeText, showIf: { op: 'eq', code: 'Y', value: 'yes' } },
    ])
    const ne = definitionWith([
      optionalGate,
      { ...freeText, showIf: { op: 'ne', code: 'Y', value: 'yes' } },
    ])
    expect(visibleQuestions(eq, {})).toEqual(new Set(['Y']))
    expect(visibleQuestions(ne, {})).toEqual(new Set(['Y', 'T']))
    expect(visibleQuestions(ne, { Y: 'yes' })).toEqual(new Set(['Y']))
  })

  it('a condition on a hidden question is false, so hiding cascades', () => {
    const def = definitionWith([
      yesno,
      { ...single, showIf: { op: 'eq', code: 'Y', value: 'yes' } },
      { ...freeText, showIf: { op: 'eq', code: 'S', value: 'a' } },
    ])
    expect(visibleQuestions(def, { Y: 'no', S: 'a' })).toEqual(new Set(['Y']))
    expect(validateAnswers(def, { Y: 'no', S: 'a', T: 'x' })).toEqual({
      ok: true,
      answers: { Y: 'no' },
    })
  })

  it('on a multi answer, eq means includes and in means includes any', () => {
    const eq = definitionWith([multi, { ...freeText, showIf: { op: 'eq', code: 'M', value: 'y' } }])
    expect(visibleQuestions(eq, { M: ['x', 'y'] }).has('T')).toBe(true)
    expect(visibleQuestions(eq, { M: ['x', 'z'] }).has('T')).toBe(false)
    expect(validateAnswers(eq, { M: ['x', 'y'] }).ok).toBe(false)
    expect(validateAnswers(eq, { M: ['x'] }).ok).toBe(true)
    const anyOf = definitionWith([
      multi,
      { ...freeText, showIf: { op: 'in', code: 'M', values: ['y', 'z'] } },
    ])
    expect(visibleQuestions(anyOf, { M: ['z'] }).has('T')).toBe(true)
    expect(visibleQuestions(anyOf, { M: ['x'] }).has('T')).toBe(false)
    const ne = definitionWith([multi, { ...freeText, showIf: { op: 'ne', code: 'M', value: 'y' } }])
    expect(visibleQuestions(ne, { M: ['x', 'y'] }).has('T')).toBe(false)
  })

  it('and/or conditions nest', () => {
    const showIf = {
      op: 'or',
      conditions: [
        {
          op: 'and',
          conditions: [
            { op: 'eq', code: 'Y', value: 'yes' },
            { op: 'gte', code: 'L', value: 3 },
          ],
        },
        { op: 'lt', code: 'K', value: 10 },
      ],
    }
    const def = definitionWith([yesno, likert, number, { ...freeText, showIf }])
    const shown = (answers: Answers) => visibleQuestions(def, answers).has('T')
    expect(shown({ Y: 'yes', L: 3, K: 50 })).toBe(true)
    expect(shown({ Y: 'yes', L: 2, K: 50 })).toBe(false)
    expect(shown({ Y: 'no', L: 4, K: 50 })).toBe(false)
    expect(shown({ Y: 'no', L: 1, K: 9 })).toBe(true)
    expect(shown({ Y: 'no', L: 1 })).toBe(false)
  })

  it('the impact template asks about use and ratings only of citizens who know the program', () => {
    const impact = buildTemplate('impact', {})
    expect(validateAnswers(impact, { aware: 'no', benefit: 5 })).toEqual({
      ok: true,
      answers: { aware: 'no' },
    })
    const result = validateAnswers(impact, { aware: 'yes', used: 'yes' })
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual([
      'frequency',
      'benefit',
      'ease',
      'satisfaction',
      'nps',
    ])
  })

  it('the SKM template requires all nine elements and no profile answer', () => {
    const skm = buildTemplate('skm', {})
    const result = validateAnswers(skm, { age: '30-39' })
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
    ])
  })
})
