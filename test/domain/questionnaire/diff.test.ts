// Specification of the version diff: questions matched by code, each change named by its field,
// and no change reported between a definition and itself.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffDefinitions, sameJson } from '../../../server/domain/questionnaire/diff'
import type { Definition } from '../../../server/domain/questionnaire'
import { TEMPLATE_NAMES, buildTemplate } from '../../../server/domain/templates'
import { definitionWith, likert, single, yesno } from './sample-definitions'

const copy = (def: Definition): Definition => structuredClone(def)

describe('diffDefinitions', () => {
  it.each(TEMPLATE_NAMES)('reports no change between the %s template and a copy of it', (name) => {
    const def = buildTemplate(name, { programName: 'Si Mantab' })
    expect(diffDefinitions(def, copy(def))).toEqual({
      hasChanges: false,
      added: [],
      removed: [],
      changed: [],
      definitionFields: [],
    })
  })

  it('lists every question as added when nothing is published yet', () => {
    const diff = diffDefinitions(null, definitionWith([likert, yesno]))
    expect(diff.hasChanges).toBe(true)
    expect(diff.added).toEqual([
      { code: 'L', type: 'likert', section: 's1' },
      { code: 'Y', type: 'yesno', section: 's1' },
    ])
  })

  it('names added and removed questions by code', () => {
    const diff = diffDefinitions(definitionWith([likert, yesno]), definitionWith([likert, single]))
    expect(diff.added).toEqual([{ code: 'S', type: 'single', section: 's1' }])
    expect(diff.removed).toEqual([{ code: 'Y', type: 'yesno', section: 's1' }])
    expect(diff.changed).toEqual([])
  })

  it('names the fields of a changed question, including a new showIf', () => {
    const before = definitionWith([yesno, likert])
    const after = definitionWith([
      yesno,
      {
        ...likert,
        text: { id: 'Seberapa puas?' },
        scale: { min: 1, max: 5 },
        showIf: { op: 'eq', code: 'Y', value: 'yes' },
      },
    ])
    expect(diffDefinitions(before, after).changed).toEqual([
      { code: 'L', fields: ['text', 'scale', 'showIf'] },
    ])
  })

  it('reports a question moved to another section, a retitled form and reordered questions', () => {
    const before = definitionWith([likert, yesno, single])
    const after = copy(before)
    after.title = { id: 'Judul baru' }
    after.sections[0]!.questions = [single, likert]
    after.sections.push({ id: 's2', title: { id: 'Dua' }, questions: [yesno] })
    const diff = diffDefinitions(before, after)
    expect(diff.changed).toEqual([{ code: 'Y', fields: ['section'] }])
    expect(diff.definitionFields).toEqual(['title', 'sections', 'order'])
  })

  it('treats an entry holding undefined like an absent one', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(sameJson([1, { x: [2] }], [1, { x: [3] }])).toBe(false)
  })

  it('reports exactly the removed codes when any subset of SKM questions is removed', () => {
    const skm = buildTemplate('skm', {})
    const codes = skm.sections.flatMap((s) => s.questions.map((q) => q.code))
    fc.assert(
      fc.property(fc.subarray(codes), (gone) => {
        const after = copy(skm)
        for (const s of after.sections)
          s.questions = s.questions.filter((q) => !gone.includes(q.code))
        const diff = diffDefinitions(skm, after)
        expect(diff.removed.map((q) => q.code).sort()).toEqual([...gone].sort())
        expect(diff.added).toEqual([])
        expect(diff.changed).toEqual([])
        expect(diff.hasChanges).toBe(gone.length > 0)
      }),
    )
  })
})
