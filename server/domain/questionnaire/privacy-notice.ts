// The privacy notice a citizen reads before the first question (UU PDP, Law 27/2022). A
// questionnaire may write its own; otherwise it follows the rule: while no question is marked
// personal, the notice says no name or contact is asked; once one is, it names what is collected,
// why, how long it is kept and whom to contact. A notice that still says nothing personal is
// asked while a question is marked personal would tell citizens something false: publishing
// refuses it (publish-checks.ts).
import type { Definition, Question, Text } from './definition'
import { allQuestions } from './questions'

/** What the personal-data notice names besides the questions: who runs the survey. */
export interface NoticeContext {
  /** The agency that owns the program, e.g. "Dinas Penanaman Modal dan PTSP". */
  agencyName?: string
  programName?: string
}

/** The notice while no question is marked personal. */
export const NO_PERSONAL_DATA_NOTICE: Text = {
  id: 'Survei ini tidak meminta nama atau kontak Anda. Jawaban hanya digunakan untuk mengukur mutu dan dampak layanan, diolah secara agregat, dan dilindungi sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
  en: 'This survey does not ask for your name or contact details. Answers are used only to measure the quality and impact of the service, analysed in aggregate, and protected under Law No. 27 of 2022 on Personal Data Protection.',
}

/** How long personal answers are kept by default, in both languages. */
const RETENTION = {
  id: 'satu tahun setelah survei ditutup',
  en: 'one year after the survey closes',
}

/** The questions marked personal, in questionnaire order. */
export const personalQuestions = (def: Definition): Question[] =>
  allQuestions(def).filter((q) => q.personal === true)

const quoted = (texts: string[], and: string) => {
  const list = texts.map((text) => `“${text.trim().replace(/[?.:]+$/, '')}”`)
  return list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} ${and} ${list.at(-1)}`
}

/** The notice once questions are marked personal: what, why, how long, whom to contact. */
export function personalDataNotice(personal: readonly Question[], ctx: NoticeContext = {}): Text {
  const agency = ctx.agencyName?.trim()
  const program = ctx.programName?.trim()
  const who = {
    id: agency ?? 'pengelola program ini',
    en: agency ?? 'the team running this program',
  }
  const about = {
    id: program ? `program ${program}` : 'program ini',
    en: program ? `the ${program} program` : 'this program',
  }
  const asked = {
    id: quoted(
      personal.map((q) => q.text.id),
      'dan',
    ),
    en: quoted(
      personal.map((q) => q.text.en || q.text.id),
      'and',
    ),
  }
  const optional = personal.every((q) => !q.required)
  const blank = {
    id: optional ? 'boleh tidak diisi, ' : '',
    en: optional ? 'You may leave it blank; it is used' : 'It is used',
  }
  return {
    id: `Survei ini meminta data pribadi: ${asked.id}. Data itu ${blank.id}hanya dipakai oleh ${who.id} untuk menindaklanjuti jawaban Anda tentang ${about.id}, tidak dibagikan kepada pihak lain, tidak muncul dalam hasil survei, dan dihapus paling lama ${RETENTION.id}. Jawaban lain diolah secara agregat. Untuk melihat, memperbaiki, atau menghapus data Anda, hubungi ${who.id} dengan menyebutkan kode tanda terima Anda. Dilindungi sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.`,
    en: `This survey asks for personal data: ${asked.en}. ${blank.en} only by ${who.en} to follow up your answers about ${about.en}, never shared with anyone else, never shown in the survey's results, and deleted at the latest ${RETENTION.en}. Other answers are analysed in aggregate. To see, correct or delete your data, contact ${who.en} and quote your receipt code. Protected under Law No. 27 of 2022 on Personal Data Protection.`,
  }
}

/** The notice by the rule: none of the questions is personal, or these are. */
export function defaultPrivacyNotice(def: Definition, ctx: NoticeContext = {}): Text {
  const personal = personalQuestions(def)
  return personal.length === 0 ? NO_PERSONAL_DATA_NOTICE : personalDataNotice(personal, ctx)
}

/** The notice citizens read: the questionnaire's own, else the default by the rule. */
export const privacyNoticeOf = (def: Definition, ctx: NoticeContext = {}): Text =>
  def.privacyNotice ?? defaultPrivacyNotice(def, ctx)

// "Asks for no name or contact / no personal data", in either language, however it is phrased in
// the notices this platform has shipped and the usual ways of saying it.
const DENIALS = [
  /tidak (meminta|menanyakan|mengumpulkan|menyimpan)\s+(nama|kontak|data pribadi|identitas)/i,
  /tanpa (nama|identitas|data pribadi)/i,
  /(does not|doesn't|do not|don't|will not|won't) (ask for|collect|store|request) (your )?(name|contact|personal|identity)/i,
  /(asks for|collects) no (name|contact|personal)/i,
]

/** Whether a notice tells citizens that nothing personal is asked (in either language). */
export function noticeDeniesPersonalData(notice: Text): boolean {
  return DENIALS.some((pattern) => pattern.test(notice.id) || pattern.test(notice.en ?? ''))
}

/**
 * The definition as it is frozen when published: the notice citizens read written into it, so a
 * version records exactly what it told them even if the rule or the agency's name changes later.
 */
export function withPrivacyNotice(def: Definition, ctx: NoticeContext = {}): Definition {
  return def.privacyNotice ? def : { ...def, privacyNotice: defaultPrivacyNotice(def, ctx) }
}
