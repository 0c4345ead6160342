// Specification of the shipped templates: built from the reference data, valid, tailored to the
// program and region, and safe to edit.
import { describe, expect, it } from 'vitest'
import {
  NO_PERSONAL_DATA_NOTICE,
  allQuestions,
  privacyNoticeOf,
  validateDefinition,
} from '../../../server/domain/questionnaire'
import type { Question } from '../../../server/domain/questionnaire'
import { SKM, SUS_NPS } from '../../../server/domain/reference'
import {
  TEMPLATE_NAMES,
  buildTemplate,
  isTemplateName,
  listTemplates,
} from '../../../server/domain/templates'

const kecamatan = [
  { code: '63.71.01', name: 'Banjarmasin Selatan' },
  { code: '63.71.02', name: 'Banjarmasin Timur' },
]

const byCode = (questions: Question[], code: string) => questions.find((q) => q.code === code)!
const optionValues = (question: Question) =>
  'options' in question ? question.options.map((o) => o.value) : []

describe('templates', () => {
  it('counts on each card what it creates for the program: the kecamatan question included', () => {
    const tailored = listTemplates({ programName: 'Si Mantab', kecamatan })
    for (const card of tailored) {
      const created = buildTemplate(card.name, { programName: 'Si Mantab', kecamatan })
      expect(card.questionCount, card.name).toBe(allQuestions(created).length)
      expect(card.sectionCount, card.name).toBe(created.sections.length)
    }
    expect(tailored.find((t) => t.name === 'skm')!.questionCount).toBe(14)
  })

  it('greets citizens with a short plain SKM intro and keeps the regulation for the staff card', () => {
    const intro = buildTemplate('skm', { programName: 'Si Mantab' }).description!
    expect(intro.id).toBe(
      'Bantu kami memperbaiki layanan Si Mantab. Jawab beberapa pertanyaan singkat tentang pengalaman Anda; sekitar 3 menit.',
    )
    expect(intro.id).not.toMatch(/Peraturan|PANRB|IKM|unsur/)
    expect(intro.id.length).toBeLessThan(140)
    expect(listTemplates().find((t) => t.name === 'skm')!.description.id).toContain(
      'Peraturan Menteri PANRB Nomor 14 Tahun 2017',
    )
  })

  it('lists the five templates with titles and question counts', () => {
    expect(TEMPLATE_NAMES).toEqual(['skm', 'impact', 'nps', 'sus', 'blank'])
    expect(listTemplates().map((t) => [t.name, t.questionCount])).toEqual([
      ['skm', 13],
      ['impact', 10],
      ['nps', 2],
      ['sus', 10],
      ['blank', 0],
    ])
    for (const template of listTemplates()) expect(template.title.id.trim()).not.toBe('')
  })

  it('recognises template names', () => {
    expect(isTemplateName('skm')).toBe(true)
    expect(isTemplateName('toString')).toBe(false)
  })

  it.each(TEMPLATE_NAMES.filter((n) => n !== 'blank'))(
    'the %s template can be published as it is',
    (name) => {
      expect(
        validateDefinition(buildTemplate(name, { programName: 'Si Mantab', kecamatan }), {
          forPublish: true,
        }).ok,
      ).toBe(true)
    },
  )

  it('the blank template is a valid draft with one empty section that cannot be published', () => {
    const blank = buildTemplate('blank', {})
    expect(blank.kind).toBe('custom')
    expect(blank.sections.map((s) => s.questions.length)).toEqual([0])
    expect(validateDefinition(blank).ok).toBe(true)
    expect(validateDefinition(blank, { forPublish: true }).ok).toBe(false)
  })

  it('editing a built template does not change the next one', () => {
    const first = buildTemplate('skm', {})
    first.sections[1].questions[0].text.id = 'diubah'
    first.criteria[0].weight = 9
    const second = buildTemplate('skm', {})
    expect(second.sections[1].questions[0].text).toEqual(SKM.elements[0].question)
    expect(second.criteria[0].weight).toBe(1)
  })
})

describe('the SKM template', () => {
  const skm = buildTemplate('skm', { kecamatan })
  const questions = allQuestions(skm)

  it('asks the nine elements U1..U9 with the wording and 1-4 labels of the regulation', () => {
    const elements = skm.sections[1].questions
    expect(elements.map((q) => q.code)).toEqual([
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
    elements.forEach((question, i) => {
      const element = SKM.elements[i]
      expect(question).toMatchObject({
        type: 'likert',
        required: true,
        text: element.question,
        scale: { min: 1, max: 4 },
        score: { criterion: element.key },
      })
      if (question.type !== 'likert') throw new Error('expected likert')
      expect(question.scale.labels!.map((l) => l.id)).toEqual(element.labels.id)
      expect(question.scale.labels!.map((l) => l.en)).toEqual(element.labels.en)
    })
  })

  it('has the nine elements as criteria of weight 1', () => {
    expect(skm.kind).toBe('skm')
    expect(skm.criteria).toEqual(
      SKM.elements.map((e) => ({ code: e.key, label: e.name, weight: 1 })),
    )
  })

  it('profiles respondents with optional, unscored segment questions', () => {
    const profile = skm.sections[0].questions
    expect(profile.map((q) => [q.code, q.type, q.required, q.score])).toEqual([
      ['age', 'segment', false, undefined],
      ['gender', 'segment', false, undefined],
      ['education', 'segment', false, undefined],
      ['occupation', 'segment', false, undefined],
      ['kecamatan', 'segment', false, undefined],
    ])
    expect(optionValues(byCode(questions, 'age'))).toEqual([
      'lt20',
      '20-29',
      '30-39',
      '40-49',
      '50-59',
      'gte60',
    ])
    expect(optionValues(byCode(questions, 'education'))).toHaveLength(7)
    expect(optionValues(byCode(questions, 'occupation'))).toHaveLength(6)
  })

  it('offers the region kecamatan by code, and leaves the question out without them', () => {
    const question = byCode(questions, 'kecamatan')
    expect(question).toMatchObject({
      source: 'kecamatan',
      options: [
        { value: '63.71.01', label: { id: 'Banjarmasin Selatan' } },
        { value: '63.71.02', label: { id: 'Banjarmasin Timur' } },
      ],
    })
    expect(allQuestions(buildTemplate('skm', {})).some((q) => q.code === 'kecamatan')).toBe(false)
  })

  it('leaves the privacy notice to the rule and carries a thank-you text in both languages', () => {
    // No question is personal: the default says no name or contact is asked.
    expect(skm.privacyNotice).toBeUndefined()
    expect(privacyNoticeOf(skm)).toEqual(NO_PERSONAL_DATA_NOTICE)
    expect(NO_PERSONAL_DATA_NOTICE.id).toContain('Pelindungan Data Pribadi')
    expect(skm.thankYou?.id).toContain('Terima kasih')
    expect(skm.thankYou?.en).toBeTruthy()
  })
})

describe('the impact template', () => {
  it('asks about awareness, use, frequency, ratings, recommendation, comments and profile', () => {
    const impact = buildTemplate('impact', { kecamatan })
    expect(impact.kind).toBe('impact')
    expect(allQuestions(impact).map((q) => [q.code, q.type])).toEqual([
      ['aware', 'yesno'],
      ['used', 'yesno'],
      ['frequency', 'single'],
      ['benefit', 'likert'],
      ['ease', 'likert'],
      ['satisfaction', 'likert'],
      ['nps', 'nps'],
      ['comments', 'text'],
      ['kecamatan', 'segment'],
      ['age', 'segment'],
      ['gender', 'segment'],
    ])
  })

  it('weighs awareness 0.15, use 0.15, benefit 0.3, ease 0.2, satisfaction 0.2 and leaves NPS out', () => {
    const impact = buildTemplate('impact', {})
    expect(impact.criteria.map((c) => [c.code, c.weight])).toEqual([
      ['awareness', 0.15],
      ['use', 0.15],
      ['benefit', 0.3],
      ['ease', 0.2],
      ['satisfaction', 0.2],
    ])
    const questions = allQuestions(impact)
    expect(byCode(questions, 'aware').score).toEqual({ criterion: 'awareness' })
    expect(byCode(questions, 'used').score).toEqual({ criterion: 'use' })
    expect(byCode(questions, 'nps').score).toBeUndefined()
    expect(listTemplates().find((t) => t.name === 'impact')!.description.en).toContain(
      'awareness 0.15',
    )
  })

  it('asks about use only of the aware, and frequency only of users', () => {
    const questions = allQuestions(buildTemplate('impact', {}))
    expect(byCode(questions, 'used').showIf).toEqual({ op: 'eq', code: 'aware', value: 'yes' })
    expect(byCode(questions, 'frequency').showIf).toEqual({ op: 'eq', code: 'used', value: 'yes' })
    expect(byCode(questions, 'comments')).toMatchObject({ required: false, maxLength: 1000 })
  })

  it('names the program in its questions when given, else says "program ini"', () => {
    const named = allQuestions(buildTemplate('impact', { programName: 'Si Mantab' }))
    expect(byCode(named, 'aware').text.id).toBe('Apakah Anda mengetahui program Si Mantab?')
    const plain = allQuestions(buildTemplate('impact', {}))
    expect(byCode(plain, 'aware').text.id).toBe('Apakah Anda mengetahui program ini?')
    expect(byCode(plain, 'nps').text).toEqual(SUS_NPS.nps.question)
  })
})

describe('the NPS and SUS templates', () => {
  it('NPS asks the reference question as code nps and an optional reason', () => {
    const nps = buildTemplate('nps', {})
    expect(nps.kind).toBe('nps')
    expect(allQuestions(nps).map((q) => [q.code, q.type, q.required])).toEqual([
      ['nps', 'nps', true],
      ['reason', 'text', false],
    ])
    expect(allQuestions(nps)[0].text).toEqual(SUS_NPS.nps.question)
  })

  it('SUS asks the ten reference items on 1-5 and reverses the even ones', () => {
    const sus = buildTemplate('sus', {})
    const questions = allQuestions(sus)
    expect(sus.kind).toBe('sus')
    expect(questions.map((q) => q.code)).toEqual(SUS_NPS.items.map((item) => item.code))
    questions.forEach((question, i) => {
      expect(question.text).toEqual({ id: SUS_NPS.items[i].id, en: SUS_NPS.items[i].en })
      expect(question).toMatchObject({ type: 'likert', required: true, scale: { min: 1, max: 5 } })
      expect(question.score).toEqual(
        i % 2 === 1 ? { criterion: 'usability', reverse: true } : { criterion: 'usability' },
      )
    })
    expect(sus.criteria.map((c) => c.code)).toEqual(['usability'])
  })
})
