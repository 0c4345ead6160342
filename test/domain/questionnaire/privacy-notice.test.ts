// The privacy notice by the rule (UU PDP): nothing personal asked, or what is asked, why, for how
// long and whom to contact; a notice that denies personal data is recognised in either language.
import { describe, expect, it } from 'vitest'
import {
  NO_PERSONAL_DATA_NOTICE,
  defaultPrivacyNotice,
  noticeDeniesPersonalData,
  privacyNoticeOf,
  withPrivacyNotice,
  type Question,
} from '../../../server/domain/questionnaire'
import { buildTemplate } from '../../../server/domain/templates'
import { definitionWith, yesno } from './sample-definitions'

const whatsapp: Question = {
  code: 'wa',
  type: 'text',
  text: { id: 'Nomor WhatsApp Anda', en: 'Your WhatsApp number' },
  required: false,
  personal: true,
  maxLength: 20,
}
const ctx = { agencyName: 'DPMPTSP Kota Banjarmasin', programName: 'Si Mantab' }

describe('the default privacy notice', () => {
  it('says no name or contact is asked while no question is personal', () => {
    expect(defaultPrivacyNotice(definitionWith([yesno]), ctx)).toEqual(NO_PERSONAL_DATA_NOTICE)
    expect(noticeDeniesPersonalData(NO_PERSONAL_DATA_NOTICE)).toBe(true)
  })

  it('names what is collected, why, how long it is kept and whom to contact once one is', () => {
    const notice = defaultPrivacyNotice(definitionWith([yesno, whatsapp]), ctx)
    expect(notice.id).toContain('meminta data pribadi: “Nomor WhatsApp Anda”')
    expect(notice.id).toContain('menindaklanjuti jawaban Anda tentang program Si Mantab')
    expect(notice.id).toContain('dihapus paling lama satu tahun setelah survei ditutup')
    expect(notice.id).toContain('hubungi DPMPTSP Kota Banjarmasin')
    expect(notice.id).toContain('boleh tidak diisi')
    expect(notice.en).toContain('asks for personal data: “Your WhatsApp number”')
    expect(notice.en).toContain('contact DPMPTSP Kota Banjarmasin')
    expect(noticeDeniesPersonalData(notice)).toBe(false)
  })

  it('lists every personal question and does not promise they may be left blank when one is required', () => {
    const email: Question = {
      ...whatsapp,
      code: 'email',
      required: true,
      text: { id: 'Alamat email?' },
    }
    const notice = defaultPrivacyNotice(definitionWith([whatsapp, email]), {})
    expect(notice.id).toContain('“Nomor WhatsApp Anda” dan “Alamat email”')
    expect(notice.en).toContain('“Your WhatsApp number” and “Alamat email”')
    expect(notice.id).not.toContain('boleh tidak diisi')
    expect(notice.id).toContain('hubungi pengelola program ini')
  })

  it("keeps the questionnaire's own notice and writes the default into a version", () => {
    const own = { id: 'Pemberitahuan kami sendiri.', en: 'Our own notice.' }
    const def = { ...definitionWith([whatsapp]), privacyNotice: own }
    expect(privacyNoticeOf(def, ctx)).toEqual(own)
    const frozen = withPrivacyNotice(definitionWith([whatsapp]), ctx)
    expect(frozen.privacyNotice).toEqual(defaultPrivacyNotice(frozen, ctx))
  })
})

describe('a notice that denies personal data', () => {
  it.each([
    'Survei ini tidak meminta nama atau kontak Anda.',
    'Kami tidak mengumpulkan data pribadi.',
    'Kuesioner ini tanpa identitas.',
  ])('is recognised in Indonesian: %s', (id) => {
    expect(noticeDeniesPersonalData({ id })).toBe(true)
  })

  it('is recognised in English', () => {
    const id = 'Teks lain.'
    expect(noticeDeniesPersonalData({ id, en: 'We do not collect personal data.' })).toBe(true)
    expect(noticeDeniesPersonalData({ id, en: "This survey doesn't ask for your name." })).toBe(
      true,
    )
  })

  it('is not read into a notice that names the data it asks for', () => {
    const notice = { id: 'Kami meminta nomor telepon Anda untuk menghubungi Anda kembali.' }
    expect(noticeDeniesPersonalData(notice)).toBe(false)
  })

  it('is what the templates shipped before the rule (their stored drafts)', () => {
    const old = buildTemplate('skm', {})
    expect(noticeDeniesPersonalData(privacyNoticeOf(old))).toBe(true)
  })
})
