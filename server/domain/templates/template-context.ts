// What a template may be tailored with, and texts that every template shares (privacy notice
// under UU PDP, thank-you page).
import type { Text } from '../questionnaire/definition'

/** The program a questionnaire is for and the kecamatan of its region. */
export interface TemplateContext {
  programName?: string
  kecamatan?: { code: string; name: string }[]
}

/** How a question names the program: "program Si Mantab", else "program ini". */
export function programReference(ctx: TemplateContext): Text {
  const name = ctx.programName?.trim()
  return name
    ? { id: `program ${name}`, en: `the ${name} program` }
    : { id: 'program ini', en: 'this program' }
}

/** A title followed by the program name when there is one. */
export function titleFor(title: Text, ctx: TemplateContext): Text {
  const name = ctx.programName?.trim()
  if (!name) return title
  return {
    id: `${title.id}: ${name}`,
    en: title.en === undefined ? undefined : `${title.en}: ${name}`,
  }
}

export const PRIVACY_NOTICE: Text = {
  id: 'Survei ini tidak meminta nama atau kontak Anda. Jawaban hanya digunakan untuk mengukur mutu dan dampak layanan, diolah secara agregat, dan dilindungi sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
  en: 'This survey does not ask for your name or contact details. Answers are used only to measure the quality and impact of the service, analysed in aggregate, and protected under Law No. 27 of 2022 on Personal Data Protection.',
}

export const THANK_YOU: Text = {
  id: 'Terima kasih atas partisipasi Anda. Jawaban Anda membantu pemerintah daerah memperbaiki layanan.',
  en: 'Thank you for taking part. Your answers help the local government improve its services.',
}
