// Specification of answer validation: every question type's accepted and refused answers,
// unknown codes, required questions and cleaning (display logic: display-logic.test.ts).
import { describe, expect, it } from 'vitest'
import { validateAnswers } from '../../../server/domain/questionnaire'
import type { Answers } from '../../../server/domain/questionnaire'
import {
  definitionWith,
  everyType,
  freeText,
  likert,
  multi,
  nps,
  number,
  rating,
  segment,
  single,
  yesno,
} from './sample-definitions'

const validAll: Answers = {
  L: 3,
  R: 5,
  N: 0,
  S: 'b',
  M: ['x', 'z'],
  Y: 'no',
  K: 42,
  T: 'Bagus',
  G: 'perempuan',
}

/** The kinds of issue raised for one answer to a single optional-free question. */
function refusal(question: object, value: unknown) {
  const result = validateAnswers(definitionWith([question]), {
    [(question as { code: string }).code]: value,
  })
  return result.ok ? [] : result.issues.map((issue) => ({ path: issue.path, kind: issue.kind }))
}

describe('validateAnswers', () => {
  it('accepts a valid answer to every question type and returns them cleaned', () => {
    const result = validateAnswers(definitionWith(everyType), { ...validAll, T: '  Bagus \n' })
    expect(result).toEqual({ ok: true, answers: validAll })
  })

  it('refuses answers that are not a plain object', () => {
    for (const answers of [null, [], 'L=3', 3, new Date()]) {
      const result = validateAnswers(definitionWith(everyType), answers)
      expect(result.ok ? [] : result.issues.map((i) => [i.path, i.kind])).toEqual([
        ['answers', 'not_object'],
      ])
    }
  })

  it('refuses an unknown code with its path', () => {
    const result = validateAnswers(definitionWith(everyType), { ...validAll, U99: 1 })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues).toEqual([
        {
          path: 'answers.U99',
          code: 'U99',
          kind: 'unknown',
          message: {
            id: 'Pertanyaan ini tidak ada di kuesioner.',
            en: 'This question is not part of the questionnaire.',
          },
        },
      ])
    }
  })

  it('refuses a missing required answer with a bilingual message, treating null, blank and [] as missing', () => {
    for (const missing of [undefined, null, '', '   ']) {
      const result = validateAnswers(definitionWith([freeText]), { T: missing })
      expect(result.ok ? undefined : result.issues[0]).toEqual({
        path: 'answers.T',
        code: 'T',
        kind: 'required',
        message: { id: 'Wajib diisi.', en: 'This question is required.' },
      })
    }
    expect(refusal(multi, [])).toEqual([{ path: 'answers.M', kind: 'required' }])
  })

  it('leaves an unanswered optional question out of the cleaned answers', () => {
    const result = validateAnswers(
      definitionWith([
        { ...freeText, required: false },
        { ...likert, required: false },
      ]),
      {
        T: ' ',
        L: null,
      },
    )
    expect(result).toEqual({ ok: true, answers: {} })
  })

  it('accepts likert answers on the scale only, as whole numbers', () => {
    expect(refusal(likert, 1)).toEqual([])
    expect(refusal(likert, 4)).toEqual([])
    expect(refusal(likert, 0)).toEqual([{ path: 'answers.L', kind: 'range' }])
    expect(refusal(likert, 5)).toEqual([{ path: 'answers.L', kind: 'range' }])
    expect(refusal(likert, 2.5)).toEqual([{ path: 'answers.L', kind: 'integer' }])
    expect(refusal(likert, '3')).toEqual([{ path: 'answers.L', kind: 'type' }])
    expect(refusal(likert, Number.NaN)).toEqual([{ path: 'answers.L', kind: 'type' }])
  })

  it('names the range in both languages when a scale answer is out of range', () => {
    const result = validateAnswers(definitionWith([likert]), { L: 7 })
    expect(result.ok ? undefined : result.issues[0].message).toEqual({
      id: 'Pilih nilai antara 1 dan 4.',
      en: 'Choose a value from 1 to 4.',
    })
  })

  it('asks to fill in a number in range for a typed number (nothing to choose)', () => {
    // number: min 0, max 100 in the sample definitions
    const result = validateAnswers(definitionWith([number]), { K: 101 })
    expect(result.ok ? undefined : result.issues[0].message).toEqual({
      id: 'Isi angka antara 0 dan 100.',
      en: 'Enter a number from 0 to 100.',
    })
    const open = validateAnswers(definitionWith([{ ...number, max: undefined }]), { K: -1 })
    expect(open.ok ? undefined : open.issues[0].message).toEqual({
      id: 'Isi angka paling kecil 0.',
      en: 'Enter a number of at least 0.',
    })
  })

  it('accepts ratings on 1..5 stars by default and on the given scale otherwise', () => {
    expect(refusal(rating, 5)).toEqual([])
    expect(refusal(rating, 6)).toEqual([{ path: 'answers.R', kind: 'range' }])
    expect(refusal({ ...rating, scale: { min: 1, max: 10 } }, 10)).toEqual([])
    expect(refusal(rating, 0)).toEqual([{ path: 'answers.R', kind: 'range' }])
  })

  it('accepts NPS answers from 0 to 10', () => {
    expect(refusal(nps, 0)).toEqual([])
    expect(refusal(nps, 10)).toEqual([])
    expect(refusal(nps, 11)).toEqual([{ path: 'answers.N', kind: 'range' }])
    expect(refusal(nps, 9.5)).toEqual([{ path: 'answers.N', kind: 'integer' }])
  })

  it('accepts numbers within min and max, fractions only when not integer', () => {
    expect(refusal(number, 0)).toEqual([])
    expect(refusal(number, 101)).toEqual([{ path: 'answers.K', kind: 'range' }])
    expect(refusal(number, -1)).toEqual([{ path: 'answers.K', kind: 'range' }])
    expect(refusal(number, 1.5)).toEqual([{ path: 'answers.K', kind: 'integer' }])
    expect(refusal({ ...number, integer: false }, 1.5)).toEqual([])
    expect(refusal({ ...number, max: undefined }, 1e9)).toEqual([])
    expect(refusal({ ...number, max: undefined }, -1)).toEqual([
      { path: 'answers.K', kind: 'range' },
    ])
    expect(refusal(number, 'ten')).toEqual([{ path: 'answers.K', kind: 'type' }])
  })

  it('accepts single and segment answers among the options only', () => {
    expect(refusal(single, 'a')).toEqual([])
    expect(refusal(single, 'c')).toEqual([{ path: 'answers.S', kind: 'option' }])
    expect(refusal(single, ['a'])).toEqual([{ path: 'answers.S', kind: 'type' }])
    expect(refusal(segment, 'laki-laki')).toEqual([])
    expect(refusal(segment, 'other')).toEqual([{ path: 'answers.G', kind: 'option' }])
  })

  it('accepts multi answers as distinct options within minSelect and maxSelect', () => {
    expect(refusal(multi, ['y'])).toEqual([])
    expect(refusal(multi, 'x')).toEqual([{ path: 'answers.M', kind: 'type' }])
    expect(refusal(multi, ['x', 1])).toEqual([{ path: 'answers.M', kind: 'type' }])
    expect(refusal(multi, ['w'])).toEqual([{ path: 'answers.M', kind: 'option' }])
    expect(refusal(multi, ['x', 'x'])).toEqual([{ path: 'answers.M', kind: 'duplicate' }])
    expect(refusal(multi, ['x', 'y', 'z'])).toEqual([{ path: 'answers.M', kind: 'select_count' }])
    expect(refusal({ ...multi, minSelect: 2, required: false }, ['x'])).toEqual([
      { path: 'answers.M', kind: 'select_count' },
    ])
  })

  it("accepts yes/no answers only as 'yes' or 'no'", () => {
    expect(refusal(yesno, 'yes')).toEqual([])
    expect(refusal(yesno, true)).toEqual([{ path: 'answers.Y', kind: 'type' }])
    expect(refusal(yesno, 'ya')).toEqual([{ path: 'answers.Y', kind: 'type' }])
  })

  it('accepts text up to its max length after trimming', () => {
    expect(refusal(freeText, '1234567890')).toEqual([])
    expect(refusal(freeText, '  1234567890  ')).toEqual([])
    expect(refusal(freeText, '12345678901')).toEqual([{ path: 'answers.T', kind: 'length' }])
    expect(refusal(freeText, 12)).toEqual([{ path: 'answers.T', kind: 'type' }])
  })

  it('reports every refused answer at once', () => {
    const result = validateAnswers(definitionWith(everyType), {
      ...validAll,
      L: 9,
      S: 'q',
      Y: undefined,
    })
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([
      'answers.L',
      'answers.S',
      'answers.Y',
    ])
  })
})
