// The SKM template (Survei Kepuasan Masyarakat, PermenPANRB 14/2017): the nine elements U1..U9 on
// the 1-4 scale, worded from reference/skm.json, after the respondent profile the regulation lists.
import type { Definition, QuestionOf } from '../questionnaire/definition'
import { SKM } from '../reference'
import {
  ageQuestion,
  educationQuestion,
  genderQuestion,
  kecamatanQuestions,
  occupationQuestion,
} from './respondent-profile'
import { THANK_YOU, serviceReference, titleFor } from './template-context'
import type { TemplateContext } from './template-context'

function elementQuestion(element: (typeof SKM.elements)[number]): QuestionOf<'likert'> {
  return {
    code: element.code,
    type: 'likert',
    text: element.question,
    required: true,
    scale: {
      min: SKM.scale.min,
      max: SKM.scale.max,
      labels: element.labels.id.map((id, i) => ({ id, en: element.labels.en[i] })),
    },
    score: { criterion: element.key },
  }
}

/** The SKM questionnaire; criteria are the nine elements with equal weight (IKM uses 1/9). */
export function buildSkmTemplate(ctx: TemplateContext): Definition {
  const service = serviceReference(ctx)
  return {
    title: titleFor({ id: 'Survei Kepuasan Masyarakat', en: 'Public Satisfaction Survey' }, ctx),
    // Written for citizens: the regulation and the index belong to the method, not the greeting.
    description: {
      id: `Bantu kami memperbaiki ${service.id}. Jawab beberapa pertanyaan singkat tentang pengalaman Anda; sekitar 3 menit.`,
      en: `Help us improve ${service.en}. Answer a few short questions about your experience; about 3 minutes.`,
    },
    thankYou: THANK_YOU,
    kind: 'skm',
    sections: [
      {
        id: 'profil',
        title: { id: 'Profil responden', en: 'About you' },
        questions: [
          ageQuestion(),
          genderQuestion(),
          educationQuestion(),
          occupationQuestion(),
          ...kecamatanQuestions(ctx),
        ],
      },
      {
        id: 'pelayanan',
        title: { id: 'Pendapat tentang pelayanan', en: 'Your view of the service' },
        questions: SKM.elements.map(elementQuestion),
      },
    ],
    criteria: SKM.elements.map((element) => ({
      code: element.key,
      label: element.name,
      weight: 1,
    })),
  }
}
