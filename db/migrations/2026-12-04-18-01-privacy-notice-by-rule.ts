// Drafts stop carrying the templates' privacy notice: the templates used to write "this survey
// does not ask for your name or contact details" into every draft, which stayed true-looking after
// a question was marked personal. A draft whose notice is exactly that text loses it, so its
// notice follows the rule (nothing personal, or what is collected, why, how long and whom to
// contact) until an owner writes one. Published versions are never touched: they record what
// citizens read. The text is copied here, frozen, from the templates as they were.
import type { Kysely } from 'kysely'

const TEMPLATE_NOTICE = {
  id: 'Survei ini tidak meminta nama atau kontak Anda. Jawaban hanya digunakan untuk mengukur mutu dan dampak layanan, diolah secara agregat, dan dilindungi sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
  en: 'This survey does not ask for your name or contact details. Answers are used only to measure the quality and impact of the service, analysed in aggregate, and protected under Law No. 27 of 2022 on Personal Data Protection.',
}

export async function up(db: Kysely<any>): Promise<void> {
  const drafts = await db.selectFrom('questionnaires').select(['id', 'draft']).execute()
  for (const row of drafts as { id: number; draft: string }[]) {
    const draft = JSON.parse(row.draft) as { privacyNotice?: { id?: string; en?: string } }
    const notice = draft.privacyNotice
    if (notice?.id !== TEMPLATE_NOTICE.id || (notice.en ?? '') !== TEMPLATE_NOTICE.en) continue
    delete draft.privacyNotice
    await db
      .updateTable('questionnaires')
      .set({ draft: JSON.stringify(draft) })
      .where('id', '=', row.id)
      .execute()
  }
}

export async function down(): Promise<void> {
  // Nothing to undo: a draft without a notice shows the same text while no question is personal.
}
