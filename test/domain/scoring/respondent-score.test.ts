// One respondent's stored numbers: weighted impact, criterion means, SKM mean, NPS and SUS.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreRespondent } from '../../../server/domain/scoring'
import { definition, likert, nps, yesno } from './build-questions'

// Criterion A (weight 2): a1 (item weight 1) and a2 (reversed, item weight 3), 1-5 scale.
// Criterion B (weight 1): b1, yes/no.
const def = definition(
  'impact',
  [
    likert('a1', { min: 1, max: 5 }, { criterion: 'A' }),
    likert('a2', { min: 1, max: 5 }, { criterion: 'A', reverse: true, weight: 3 }),
    yesno('b1', { criterion: 'B' }),
    nps('recommend'),
  ],
  { A: 2, B: 1 },
)

describe('scoreRespondent', () => {
  it('weights items within a criterion and criteria within the impact', () => {
    const s = scoreRespondent(def, { a1: 4, a2: 4, b1: 'yes' })
    // a1: (4 - 1) / 4 = 0.75; a2: 1 - 0.75 = 0.25; A = (1 x 0.75 + 3 x 0.25) / 4 = 0.375
    expect(s.criteria.A).toBeCloseTo(0.375, 12)
    expect(s.criteria.B).toBe(1)
    // impact = (2 x 0.375 + 1 x 1) / 3 = 1.75 / 3
    expect(s.impact).toBeCloseTo(1.75 / 3, 12)
  })

  it('renormalises criterion weights over the answered criteria', () => {
    // B unanswered: impact = (2 x 0.375) / 2 = 0.375, not (2 x 0.375 + 1 x 0) / 3
    expect(scoreRespondent(def, { a1: 4, a2: 4, b1: null }).impact).toBeCloseTo(0.375, 12)
    expect(scoreRespondent(def, { b1: 'no' })).toMatchObject({ impact: 0, criteria: { B: 0 } })
  })

  it('averages only the answered items of a criterion', () => {
    // only a2 answered: A = 1 - (2 - 1) / 4 = 0.75
    expect(scoreRespondent(def, { a2: 2 }).criteria).toEqual({ A: 0.75 })
  })

  it('has no impact when nothing scored was answered', () => {
    expect(scoreRespondent(def, {})).toEqual({
      impact: null,
      criteria: {},
      ikmMean: null,
      nps: null,
      sus: null,
    })
  })

  it('takes the NPS from the question coded nps, else from the first nps question', () => {
    expect(scoreRespondent(def, { recommend: 9 }).nps).toBe(9)
    const two = definition('custom', [nps('first'), nps('nps')])
    expect(scoreRespondent(two, { first: 3, nps: 10 }).nps).toBe(10)
  })

  it('gives an SKM respondent the mean of the answered U1..U9 on the 1-4 scale', () => {
    const skm = definition(
      'skm',
      ['U1', 'U2', 'U3'].map((code) => likert(code, { min: 1, max: 4 }, { criterion: code })),
    )
    // (3 + 4) / 2 = 3.5, U3 unanswered
    expect(scoreRespondent(skm, { U1: 3, U2: 4, U3: null }).ikmMean).toBe(3.5)
    expect(scoreRespondent(def, { a1: 3 }).ikmMean).toBeNull() // not an SKM questionnaire
  })

  it('gives a SUS respondent the SUS score only when all ten items are answered', () => {
    const codes = Array.from({ length: 10 }, (_, i) => `sus${i + 1}`)
    const sus = definition(
      'sus',
      codes.map((code) => likert(code, { min: 1, max: 5 })),
    )
    const all = Object.fromEntries(codes.map((code) => [code, 3]))
    expect(scoreRespondent(sus, all).sus).toBe(50) // 2.5 x (5 x 2 + 5 x 2)
    expect(scoreRespondent(sus, { ...all, sus10: null }).sus).toBeNull()
  })

  it('keeps impact within [0, 1] for any answers', () => {
    const answer = fc.oneof(fc.integer({ min: -2, max: 8 }), fc.constant(null))
    const yn = fc.constantFrom('yes', 'no', null)
    fc.assert(
      fc.property(answer, answer, yn, (a1, a2, b1) => {
        const { impact } = scoreRespondent(def, { a1, a2, b1 })
        return impact === null || (impact >= 0 && impact <= 1)
      }),
    )
  })
})
