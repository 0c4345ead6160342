// The blank template: one empty section, a valid draft that cannot be published until a question
// is added.
import type { Definition } from '../questionnaire/definition'
import { THANK_YOU, titleFor } from './template-context'
import type { TemplateContext } from './template-context'

/** An empty custom questionnaire. */
export function buildBlankTemplate(ctx: TemplateContext): Definition {
  return {
    title: titleFor({ id: 'Kuesioner baru', en: 'New questionnaire' }, ctx),
    description: {
      id: 'Kuesioner kosong untuk disusun sendiri.',
      en: 'An empty questionnaire to build from scratch.',
    },
    thankYou: THANK_YOU,
    kind: 'custom',
    sections: [{ id: 'bagian-1', title: { id: 'Bagian 1', en: 'Section 1' }, questions: [] }],
    criteria: [],
  }
}
