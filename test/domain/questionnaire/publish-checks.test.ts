// The checks before publishing: blockers refuse it (the definition's problems, a notice denying
// the personal data a question asks for), warnings name untranslated texts, template leftovers,
// empty sections, choices with one option and required personal questions, each at its field.
import { describe, expect, it } from 'vitest'
import {
  citizenLanguages,
  publishBlockers,
  publishChecks,
  type Definition,
  type Question,
} from '../../../server/domain/questionnaire'
import { buildTemplate, templateTexts } from '../../../server/domain/templates'
import { definitionWith, single, yesno } from './sample-definitions'

const personal: Question = {
  code: 'wa',
  type: 'text',
  text: { id: 'Nomor WhatsApp Anda', en: 'Your WhatsApp number' },
  required: false,
  personal: true,
  maxLength: 20,
}
const bilingual = (def: Definition): Definition => JSON.parse(JSON.stringify(def))
const codes = (def: Definition, ctx = {}) =>
  publishChecks(def, ctx).map((c) => [c.severity, c.code, c.path])

describe('blockers', () => {
  it("are the definition's problems before publishing", () => {
    const checks = publishChecks(buildTemplate('blank', {}))
    expect(checks).toEqual([
      expect.objectContaining({
        severity: 'blocker',
        code: 'definition.no-question',
        path: 'sections',
      }),
    ])
  })

  it('refuse a notice saying nothing personal is asked while a question is marked personal', () => {
    const stale = {
      ...definitionWith([yesno, personal]),
      privacyNotice: { id: 'Survei ini tidak meminta nama atau kontak Anda.' },
    }
    expect(publishBlockers(stale)).toEqual([
      expect.objectContaining({
        code: 'privacy.denies-personal',
        path: 'privacyNotice',
        params: { questions: 'wa' },
      }),
    ])
    // Without a notice of its own the default by the rule names the data: nothing blocks.
    expect(publishBlockers(definitionWith([yesno, personal]))).toEqual([])
  })
})

describe('warnings', () => {
  it('say the form is Indonesian only when no text has English, once', () => {
    const def = definitionWith([{ ...yesno, text: { id: 'Ya?' } }])
    def.title = { id: 'Uji' }
    def.thankYou = { id: 'Terima kasih.' }
    expect(codes(def)).toEqual([['warning', 'translation.none', 'title.en']])
    expect(citizenLanguages(def)).toEqual(['id'])
  })

  it('name each text without English when others have it, and English is then not offered', () => {
    const def = definitionWith([{ ...single, text: { id: 'Pilih', en: 'Choose' } }])
    def.sections[0]!.title = { id: 'Bagian satu', en: 'Part one' }
    expect(codes(def)).toEqual([
      ['warning', 'translation.missing', 'sections.0.questions.0.options.0.label.en'],
      ['warning', 'translation.missing', 'sections.0.questions.0.options.1.label.en'],
    ])
    expect(citizenLanguages(def)).toEqual(['id'])
    const options = single.options.map((o) => ({ ...o, label: { id: o.label.id, en: o.label.id } }))
    def.sections[0]!.questions[0] = { ...single, text: { id: 'Pilih', en: 'Choose' }, options }
    expect(codes(def)).toEqual([])
    expect(citizenLanguages(def)).toEqual(['id', 'en'])
  })

  it("find a blank questionnaire's leftovers: English kept after the Indonesian changed, Section 1", () => {
    // The case: title and intro rewritten in Indonesian only, a question only in Indonesian.
    const ctx = { programName: 'Si Mantab' }
    const def = bilingual(buildTemplate('blank', ctx))
    def.title.id = 'Survei Si Mantab'
    def.description!.id = 'Ceritakan pengalaman Anda dengan Si Mantab.'
    def.sections[0]!.questions.push({ ...yesno, text: { id: 'Puas?' } })
    const checks = publishChecks(def, { template: templateTexts('blank', ctx) })
    expect(checks.map((c) => [c.code, c.path])).toEqual([
      ['translation.missing', 'sections.0.questions.0.text.en'],
      ['template.stale-english', 'title.en'],
      ['template.stale-english', 'description.en'],
      ['template.placeholder', 'sections.0.title.id'],
    ])
    expect(checks.find((c) => c.path === 'title.en')!.params).toEqual({
      text: 'New questionnaire: Si Mantab',
    })
    expect(checks.every((c) => c.severity === 'warning')).toBe(true)
  })

  it('name empty sections, choices with fewer than two options and required personal data', () => {
    const def = bilingual(
      definitionWith([
        {
          ...single,
          text: { id: 'S', en: 'S' },
          options: [{ value: 'a', label: { id: 'A', en: 'A' } }],
        },
        { ...personal, required: true },
      ]),
    )
    def.sections[0]!.title.en = 'Part'
    def.sections.push({ id: 's2', title: { id: 'Kosong', en: 'Empty' }, questions: [] })
    expect(codes(def)).toEqual([
      ['warning', 'personal.required', 'sections.0.questions.1.required'],
      ['warning', 'question.few-options', 'sections.0.questions.0.options'],
      ['warning', 'section.empty', 'sections.1.title'],
    ])
  })

  it('leave a template used as shipped alone', () => {
    const kecamatan = [
      { code: '63.71.01', name: 'Selatan' },
      { code: '63.71.02', name: 'Timur' },
    ]
    const ctx = { programName: 'Si Mantab', kecamatan }
    for (const name of ['skm', 'impact', 'nps', 'sus'] as const) {
      const checks = publishChecks(buildTemplate(name, ctx), { template: templateTexts(name, ctx) })
      expect(checks, name).toEqual([])
      expect(citizenLanguages(buildTemplate(name, ctx)), name).toEqual(['id', 'en'])
    }
  })
})
