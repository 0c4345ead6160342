// The quick-win impact template: awareness, use, benefit, ease and satisfaction of one program,
// recommendation (NPS) and comments, with kecamatan, age and gender to break results down.
import type { Condition, Definition, QuestionOf, Text } from '../questionnaire/definition'
import { SUS_NPS } from '../reference'
import { ageQuestion, genderQuestion, kecamatanQuestions } from './respondent-profile'
import { THANK_YOU, programReference, titleFor } from './template-context'
import type { TemplateContext } from './template-context'

// Impact criteria and weights (they sum to 1): reach counts for 30% (awareness 0.15, use 0.15)
// and the experience of those reached for 70% (benefit 0.3, ease 0.2, satisfaction 0.2). NPS is
// reported on its own and is not part of the impact score.
const CRITERIA = [
  { code: 'awareness', label: { id: 'Pengetahuan', en: 'Awareness' }, weight: 0.15 },
  { code: 'use', label: { id: 'Penggunaan', en: 'Use' }, weight: 0.15 },
  { code: 'benefit', label: { id: 'Manfaat', en: 'Benefit' }, weight: 0.3 },
  { code: 'ease', label: { id: 'Kemudahan', en: 'Ease' }, weight: 0.2 },
  { code: 'satisfaction', label: { id: 'Kepuasan', en: 'Satisfaction' }, weight: 0.2 },
]

// Only a citizen who knows the program can rate it; the others count through awareness alone.
const AWARE: Condition = { op: 'eq', code: 'aware', value: 'yes' }

function fivePoint(code: string, text: Text, labels: [string, string][]): QuestionOf<'likert'> {
  return {
    code,
    type: 'likert',
    text,
    required: true,
    showIf: AWARE,
    scale: { min: 1, max: 5, labels: labels.map(([id, en]) => ({ id, en })) },
    score: { criterion: code },
  }
}

/** The impact survey of a quick-win program; wording names the program when it is given. */
export function buildImpactTemplate(ctx: TemplateContext): Definition {
  const program = programReference(ctx)
  const ask = (id: string, en: string): Text => ({ id, en })
  return {
    title: titleFor({ id: 'Survei dampak program quick win', en: 'Quick-win impact survey' }, ctx),
    description: {
      id: `Ceritakan apakah ${program.id} berguna bagi Anda, juga bila Anda belum pernah memakainya. Sekitar 3 menit.`,
      en: `Tell us whether ${program.en} is useful to you, even if you have never used it. About 3 minutes.`,
    },
    thankYou: THANK_YOU,
    kind: 'impact',
    sections: [
      {
        id: 'penggunaan',
        title: { id: 'Pengetahuan dan penggunaan', en: 'Awareness and use' },
        questions: [
          {
            code: 'aware',
            type: 'yesno',
            text: ask(`Apakah Anda mengetahui ${program.id}?`, `Do you know about ${program.en}?`),
            required: true,
            score: { criterion: 'awareness' },
          },
          {
            code: 'used',
            type: 'yesno',
            text: ask(
              `Apakah Anda pernah menggunakan ${program.id}?`,
              `Have you used ${program.en}?`,
            ),
            required: true,
            showIf: AWARE,
            score: { criterion: 'use' },
          },
          {
            code: 'frequency',
            type: 'single',
            text: ask(
              `Seberapa sering Anda menggunakan ${program.id}?`,
              `How often do you use ${program.en}?`,
            ),
            required: true,
            showIf: { op: 'eq', code: 'used', value: 'yes' },
            options: [
              { value: 'harian', label: { id: 'Hampir setiap hari', en: 'Almost every day' } },
              { value: 'mingguan', label: { id: 'Setiap minggu', en: 'Every week' } },
              { value: 'bulanan', label: { id: 'Setiap bulan', en: 'Every month' } },
              { value: 'jarang', label: { id: 'Beberapa kali setahun', en: 'A few times a year' } },
              { value: 'sekali', label: { id: 'Baru sekali', en: 'Only once' } },
            ],
          },
        ],
      },
      {
        id: 'penilaian',
        title: { id: 'Penilaian', en: 'Your assessment' },
        questions: [
          fivePoint(
            'benefit',
            ask(
              `Seberapa besar manfaat ${program.id} bagi Anda?`,
              `How much does ${program.en} benefit you?`,
            ),
            [
              ['Sangat tidak bermanfaat', 'Not beneficial at all'],
              ['Tidak bermanfaat', 'Not beneficial'],
              ['Cukup bermanfaat', 'Somewhat beneficial'],
              ['Bermanfaat', 'Beneficial'],
              ['Sangat bermanfaat', 'Very beneficial'],
            ],
          ),
          fivePoint(
            'ease',
            ask(
              `Seberapa mudah ${program.id} diakses dan digunakan?`,
              `How easy is ${program.en} to reach and use?`,
            ),
            [
              ['Sangat sulit', 'Very difficult'],
              ['Sulit', 'Difficult'],
              ['Cukup mudah', 'Fairly easy'],
              ['Mudah', 'Easy'],
              ['Sangat mudah', 'Very easy'],
            ],
          ),
          fivePoint(
            'satisfaction',
            ask(
              `Secara keseluruhan, seberapa puas Anda dengan ${program.id}?`,
              `Overall, how satisfied are you with ${program.en}?`,
            ),
            [
              ['Sangat tidak puas', 'Very dissatisfied'],
              ['Tidak puas', 'Dissatisfied'],
              ['Cukup puas', 'Neither satisfied nor dissatisfied'],
              ['Puas', 'Satisfied'],
              ['Sangat puas', 'Very satisfied'],
            ],
          ),
          { code: 'nps', type: 'nps', text: SUS_NPS.nps.question, required: true, showIf: AWARE },
          {
            code: 'comments',
            type: 'text',
            text: ask(
              `Saran atau komentar Anda tentang ${program.id}`,
              `Your suggestions or comments about ${program.en}`,
            ),
            required: false,
            maxLength: 1000,
            multiline: true,
          },
        ],
      },
      {
        id: 'profil',
        title: { id: 'Profil responden', en: 'About you' },
        questions: [...kecamatanQuestions(ctx), ageQuestion(), genderQuestion()],
      },
    ],
    criteria: CRITERIA,
  }
}
