// What a template may be tailored with, and the thank-you page every template shares. Templates
// write no privacy notice: it follows the rule of questionnaire/privacy-notice.ts (which questions
// are marked personal) until the owner writes one.
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

/** How an introduction names the service: "layanan Si Mantab", else "layanan ini". */
export function serviceReference(ctx: TemplateContext): Text {
  const name = ctx.programName?.trim()
  return name
    ? { id: `layanan ${name}`, en: `the ${name} service` }
    : { id: 'layanan ini', en: 'this service' }
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

export const THANK_YOU: Text = {
  id: 'Terima kasih atas partisipasi Anda. Jawaban Anda membantu pemerintah daerah memperbaiki layanan.',
  en: 'Thank you for taking part. Your answers help the local government improve its services.',
}
