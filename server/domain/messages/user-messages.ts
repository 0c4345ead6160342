// What the API says about user accounts: roles, scopes, agencies and the last admin.
import type { MessageTemplate } from './message'

export const USER_MESSAGES = {
  'user.email-taken': {
    id: 'Pengguna dengan email {email} sudah ada.',
    en: 'A user with the email {email} already exists.',
  },
  'user.last-admin': {
    id: 'Platform memerlukan paling sedikit satu admin aktif.',
    en: 'The platform needs at least one active admin.',
  },
  'user.evaluator-agency': {
    id: 'Asesor tidak terikat pada perangkat daerah.',
    en: 'Evaluators do not belong to an agency.',
  },
  'user.evaluator-scope': {
    id: 'Asesor memerlukan cakupan: satu wilayah, satu provinsi, atau nasional.',
    en: 'An evaluator needs a scope: a region, a province or national.',
  },
  'user.national-code': {
    id: 'Cakupan nasional tidak memakai kode.',
    en: 'A national scope has no code.',
  },
  'user.province-code': {
    id: 'Pakai kode provinsi dua angka, mis. 63.',
    en: 'Use the two-digit code of a province, such as 63.',
  },
  'user.region-code': {
    id: 'Cakupan wilayah memerlukan kode wilayah, mis. 63.71.',
    en: 'A region scope needs the region code, such as 63.71.',
  },
  'user.region-not-set-up': {
    id: 'Wilayah dengan kode {code} belum terdaftar.',
    en: 'No region with the code {code} is set up.',
  },
  'user.region-mismatch': {
    id: 'ID wilayah dan cakupan menunjuk wilayah yang berbeda.',
    en: 'The region id and the scope name different regions.',
  },
  'user.evaluator-region': {
    id: 'Asesor memerlukan wilayah, atau cakupan: satu wilayah, satu provinsi, atau nasional.',
    en: 'An evaluator needs a region, or a scope: a region, a province or national.',
  },
  'user.scope-evaluators-only': {
    id: 'Hanya asesor yang punya cakupan; pemilik program membuka perangkat daerahnya, admin semuanya.',
    en: 'Only evaluators have a scope; owners read their agency, admins everything.',
  },
  'user.admin-agency': {
    id: 'Admin tidak terikat pada perangkat daerah.',
    en: 'Admins do not belong to an agency.',
  },
  'user.admin-region': {
    id: 'Admin tidak dibatasi pada satu wilayah.',
    en: 'Admins are not limited to one region.',
  },
  'user.owner-agency': {
    id: 'Pemilik program memerlukan perangkat daerah.',
    en: 'A program owner needs an agency.',
  },
  'user.owner-region': {
    id: 'Wilayah pemilik program adalah wilayah perangkat daerahnya.',
    en: "An owner's region is the region of their agency.",
  },
  'user.unknown-role': { id: 'Peran tidak dikenal.', en: 'Unknown role.' },
  'user.self-deactivate': {
    id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
    en: 'You cannot deactivate your own account.',
  },
  'user.self-demote': {
    id: 'Anda tidak dapat melepas peran admin Anda sendiri.',
    en: 'You cannot remove your own admin role.',
  },
} satisfies Record<string, MessageTemplate>
