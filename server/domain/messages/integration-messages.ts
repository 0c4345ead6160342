// Messages of API tokens, webhooks, live streams, follow-ups, public results and SKM reports, in
// Indonesian and English (codes the console renders in the reader's language).
import type { MessageTemplate } from './message'

export const INTEGRATION_MESSAGES = {
  'noun.token': { id: 'Token API', en: 'The token' },
  'noun.webhook': { id: 'Webhook', en: 'The webhook' },
  'noun.follow-up': { id: 'Tindak lanjut', en: 'The follow-up' },
  'noun.approved-comment': { id: 'Komentar yang disetujui', en: 'The approved comment' },
  'noun.published-results': {
    id: 'Hasil terbitan program ini',
    en: "This program's published results page",
  },
  'noun.agency': { id: 'Perangkat daerah', en: 'The agency' },
  'streams.per-session': {
    id: 'Paling banyak {max} siaran langsung per sesi; tutup salah satu tab dasbor.',
    en: 'At most {max} live streams per session; close a dashboard tab.',
  },
  'streams.total': {
    id: 'Terlalu banyak siaran langsung terbuka di server; dasbor menyegarkan sendiri.',
    en: 'Too many live streams are open on the server; the dashboard refreshes by itself.',
  },
  'token.scope-role': {
    id: 'Peran {role} tidak boleh memegang izin {scope}.',
    en: 'The {role} role cannot hold {scope}.',
  },
  'token.expiry': {
    id: 'Pilih masa berlaku di masa depan, paling lama satu tahun.',
    en: 'Choose an expiry in the future, at most one year away.',
  },
  'token.not-yours': {
    id: 'Token ini milik orang lain.',
    en: 'This token belongs to someone else.',
  },
  'token.missing': {
    id: 'Kirim token API sebagai "Authorization: Bearer <token>".',
    en: 'Send an API token as "Authorization: Bearer <token>".',
  },
  'token.unknown': {
    id: 'Token API ini tidak dikenal, kedaluwarsa, atau dicabut.',
    en: 'This API token is unknown, expired or revoked.',
  },
  'token.scope-forbidden': {
    id: 'Izin token API ini tidak mencakup permintaan ini; kelola token dari konsol.',
    en: 'This API token’s scopes do not allow this request; manage tokens from the console.',
  },
  'password.from-session': {
    id: 'Ganti kata sandi dari sesi konsol.',
    en: 'Change your password from a console session.',
  },
  'password.current-wrong': {
    id: 'Kata sandi saat ini salah.',
    en: 'Wrong current password.',
  },
  'follow-up.target-choose': { id: 'Pilih salah satu dari {codes}.', en: 'Choose one of {codes}.' },
  'follow-up.no-criteria': {
    id: 'Program ini belum punya kuesioner terbit dengan kriteria dampak.',
    en: 'The program has no published questionnaire with impact criteria.',
  },
  'comment.not-of-program': {
    id: 'Bukan tanggapan program ini.',
    en: 'Not a response of this program.',
  },
  'comment.choose-text': {
    id: 'Pilih jawaban isian bebas yang tidak ditandai pribadi.',
    en: 'Choose a free-text answer that is not marked personal.',
  },
  'report.needs-skm': {
    id: 'Laporan SKM memerlukan kuesioner SKM yang sudah terbit.',
    en: 'An SKM report needs a published SKM questionnaire.',
  },
  'report.questionnaire-not-skm': {
    id: 'Kuesioner ini tidak punya versi terbit dari templat SKM.',
    en: 'The questionnaire has no published version on the SKM template.',
  },
  'report.agency-no-skm': {
    id: 'Perangkat daerah ini tidak punya kuesioner SKM yang terbit.',
    en: 'The agency has no published SKM questionnaire.',
  },
  'agency.out-of-scope': {
    id: 'Perangkat daerah ini di luar cakupan Anda.',
    en: 'This agency is outside your scope.',
  },
  'webhook.private-admin-only': {
    id: 'Hanya admin yang boleh mengizinkan pengiriman ke jaringan privat.',
    en: 'Only an admin may allow deliveries to private networks.',
  },
  'webhook.url-absolute': { id: 'Isi URL lengkap.', en: 'Enter an absolute URL.' },
  'webhook.url-http': { id: 'Pakai URL http(s).', en: 'Use an http(s) URL.' },
  'webhook.url-credentials': {
    id: 'Jangan cantumkan nama pengguna atau kata sandi di URL.',
    en: 'Put no user name or password in the URL.',
  },
  'webhook.url-https': {
    id: 'Pakai https: (http biasa hanya untuk jaringan privat yang diizinkan admin).',
    en: 'Use https: (plain http is only for private networks an admin allowed).',
  },
  'webhook.url-loopback': {
    id: 'Alamat loopback perlu izin admin untuk jaringan privat.',
    en: 'Loopback addresses need an admin to allow private networks.',
  },
  'webhook.url-private': {
    id: 'Alamat loopback, privat dan link-local perlu izin admin untuk jaringan privat.',
    en: 'Loopback, private and link-local addresses need an admin to allow private networks.',
  },
} satisfies Record<string, MessageTemplate>
