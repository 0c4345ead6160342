// The NPS template: the recommendation question worded from reference/sus-nps.json (0-10) and an
// optional reason. NPS is reported on its own, so the template has no score criteria.
import type { Definition } from '../questionnaire/definition'
import { SUS_NPS } from '../reference'
import { THANK_YOU, programReference, titleFor } from './template-context'
import type { TemplateContext } from './template-context'

/** The Net Promoter Score questionnaire: `nps` (required) and `reason` (optional text). */
export function buildNpsTemplate(ctx: TemplateContext): Definition {
  return {
    title: titleFor({ id: 'Survei rekomendasi (NPS)', en: 'Recommendation survey (NPS)' }, ctx),
    description: {
      id: `Dua pertanyaan singkat tentang ${programReference(ctx).id}; kurang dari satu menit.`,
      en: `Two short questions about ${programReference(ctx).en}; less than a minute.`,
    },
    thankYou: THANK_YOU,
    kind: 'nps',
    sections: [
      {
        id: 'rekomendasi',
        title: { id: 'Rekomendasi', en: 'Recommendation' },
        questions: [
          { code: 'nps', type: 'nps', text: SUS_NPS.nps.question, required: true },
          {
            code: 'reason',
            type: 'text',
            text: {
              id: 'Apa alasan utama Anda memberikan nilai tersebut?',
              en: 'What is the main reason for your score?',
            },
            required: false,
            maxLength: 1000,
            multiline: true,
          },
        ],
      },
    ],
    criteria: [],
  }
}
