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
import { PRIVACY_NOTICE, THANK_YOU, titleFor } from './template-context'
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
  return {
    title: titleFor({ id: 'Survei Kepuasan Masyarakat', en: 'Public Satisfaction Survey' }, ctx),
    description: {
      id: 'Sembilan unsur pelayanan sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017, dinilai pada skala 1-4, untuk menghitung Indeks Kepuasan Masyarakat (IKM).',
      en: 'The nine service elements of Minister of PANRB Regulation 14/2017, rated on a 1-4 scale, to compute the Public Satisfaction Index (IKM).',
    },
    privacyNotice: PRIVACY_NOTICE,
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
