// The question types as a program owner reads them, a fresh question of each type, and a type
// change that keeps what still applies (code, texts, flags, logic, options, score role).
import type { Bilingual } from '../../shared/i18n'
import {
  SCORABLE_TYPES,
  type Question,
  type QuestionType,
} from '../../../server/domain/questionnaire'

export const TYPE_LABELS: Record<QuestionType, Bilingual> = {
  likert: { id: 'Skala likert', en: 'Likert scale' },
  rating: { id: 'Rating bintang', en: 'Star rating' },
  nps: { id: 'NPS (0–10)', en: 'NPS (0–10)' },
  single: { id: 'Pilihan (satu jawaban)', en: 'Choice (one answer)' },
  multi: { id: 'Pilihan (beberapa jawaban)', en: 'Choice (several answers)' },
  yesno: { id: 'Ya / tidak', en: 'Yes / no' },
  number: { id: 'Angka', en: 'Number' },
  text: { id: 'Teks bebas', en: 'Free text' },
  segment: { id: 'Profil responden', en: 'Respondent profile' },
}

/** Types whose answers are picked from listed options. */
export const OPTION_TYPES: readonly QuestionType[] = ['single', 'multi', 'segment']

export function defaultOptions() {
  return [
    { value: 'opsi-1', label: { id: 'Pilihan 1', en: '' } },
    { value: 'opsi-2', label: { id: 'Pilihan 2', en: '' } },
  ]
}

/** The entries of a question that only its type may have. */
function typeEntries(type: QuestionType, from?: Question): Record<string, unknown> {
  switch (type) {
    case 'likert':
      return { scale: from?.type === 'likert' ? from.scale : { min: 1, max: 5 } }
    case 'single':
    case 'multi':
    case 'segment':
      return { options: from && 'options' in from ? from.options : defaultOptions() }
    case 'text':
      return { maxLength: 500, multiline: true }
    default:
      return {}
  }
}

/** A new question: required, with an empty Indonesian text to fill in. */
export function newQuestion(code: string, type: QuestionType = 'likert'): Question {
  return {
    code,
    type,
    text: { id: '', en: '' },
    required: true,
    ...typeEntries(type),
  } as Question
}

/** The question as another type: base entries and whatever still fits are kept. */
export function withType(question: Question, type: QuestionType): Question {
  const { code, text, help, required, personal, showIf, score } = question
  const next: Record<string, unknown> = {
    code,
    type,
    text,
    required,
    ...typeEntries(type, question),
  }
  if (help) next.help = help
  if (personal) next.personal = personal
  if (showIf) next.showIf = showIf
  if (score && SCORABLE_TYPES.includes(type)) next.score = score
  return JSON.parse(JSON.stringify(next)) as Question
}
