// The SUS template (System Usability Scale): the ten items of reference/sus-nps.json on its 1-5
// agreement scale; even items are negatively worded, hence reversed in the usability criterion.
import type { Definition, QuestionOf } from '../questionnaire/definition'
import { SUS_NPS } from '../reference'
import { THANK_YOU, titleFor } from './template-context'
import type { TemplateContext } from './template-context'

const labels = SUS_NPS.scale.labels.id.map((id, i) => ({ id, en: SUS_NPS.scale.labels.en[i] }))

function susItem(item: (typeof SUS_NPS.items)[number], index: number): QuestionOf<'likert'> {
  const even = (index + 1) % 2 === 0
  return {
    code: item.code,
    type: 'likert',
    text: { id: item.id, en: item.en },
    required: true,
    scale: { min: SUS_NPS.scale.min, max: SUS_NPS.scale.max, labels },
    score: even ? { criterion: 'usability', reverse: true } : { criterion: 'usability' },
  }
}

/** The SUS questionnaire, items sus1..sus10 (the SUS 0-100 score is computed from `kind: 'sus'`). */
export function buildSusTemplate(ctx: TemplateContext): Definition {
  return {
    title: titleFor(
      { id: 'Survei kegunaan sistem (SUS)', en: 'System Usability Scale (SUS)' },
      ctx,
    ),
    description: {
      id: 'Seberapa mudah sistem ini Anda pakai? Tanggapi sepuluh pernyataan singkat; sekitar 2 menit.',
      en: 'How easy is this system for you to use? Respond to ten short statements; about 2 minutes.',
    },
    thankYou: THANK_YOU,
    kind: 'sus',
    sections: [
      {
        id: 'kegunaan',
        title: { id: 'Pengalaman menggunakan sistem', en: 'Using the system' },
        questions: SUS_NPS.items.map(susItem),
      },
    ],
    criteria: [{ code: 'usability', label: { id: 'Kegunaan', en: 'Usability' }, weight: 1 }],
  }
}
