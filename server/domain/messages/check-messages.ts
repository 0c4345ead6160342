// The wording of the checks before publishing (blockers and warnings), in Indonesian and English.
import type { MessageTemplate } from './message'

export const CHECK_MESSAGES = {
  'privacy.denies-personal': {
    id: 'Pemberitahuan privasi masih menyatakan tidak ada data pribadi yang diminta, padahal {questions} ditandai data pribadi. Pakai teks bawaan untuk data pribadi atau sebutkan data apa yang diminta, untuk apa, berapa lama disimpan, dan siapa yang dihubungi.',
    en: 'The privacy notice still says nothing personal is asked, but {questions} is marked personal. Use the default text for personal data or say what is collected, why, how long it is kept and whom to contact.',
  },
  'personal.required': {
    id: '{code} meminta data pribadi tetapi wajib diisi; data pribadi sebaiknya boleh dikosongkan.',
    en: '{code} asks for personal data but is required; personal data should be optional.',
  },
  'translation.none': {
    id: 'Belum ada teks Bahasa Inggris: formulir hanya ditawarkan dalam Bahasa Indonesia.',
    en: 'No text has an English version: the form is offered in Indonesian only.',
  },
  'translation.missing': {
    id: 'Teks ini belum punya terjemahan Bahasa Inggris; selama ada yang belum, formulir hanya ditawarkan dalam Bahasa Indonesia.',
    en: 'This text has no English version; while any is missing, the form is offered in Indonesian only.',
  },
  'template.placeholder': {
    id: 'Teks bawaan templat belum diganti: “{text}”.',
    en: 'The template’s placeholder text is still here: “{text}”.',
  },
  'template.stale-english': {
    id: 'Teks Indonesia sudah diubah, tetapi teks Inggris masih dari templat: “{text}”.',
    en: 'The Indonesian text was changed but the English is still the template’s: “{text}”.',
  },
  'section.empty': {
    id: 'Bagian {n} belum berisi pertanyaan; warga tidak akan melihatnya.',
    en: 'Section {n} has no questions; citizens will not see it.',
  },
  'question.few-options': {
    id: '{code} punya kurang dari dua pilihan; pertanyaan pilihan perlu paling sedikit dua.',
    en: '{code} has fewer than two options; a choice needs at least two.',
  },
} satisfies Record<string, MessageTemplate>
