// Wordings for checks that carry no message of their own: valibot's defaults, by the kind of check
// that failed (a missing key, a wrong type, a value out of range).
import type { MessageTemplate } from './message'

export const VALUE_MESSAGES = {
  'value.required': { id: 'Wajib diisi.', en: 'This value is required.' },
  'value.type': {
    id: 'Jenis isian salah: seharusnya {expected}.',
    en: 'Wrong type: expected {expected}.',
  },
  'value.length': {
    id: 'Panjang tidak sesuai: seharusnya {expected}.',
    en: 'Wrong length: expected {expected}.',
  },
  'value.range': {
    id: 'Nilai di luar batas: seharusnya {expected}.',
    en: 'Out of range: expected {expected}.',
  },
  'value.invalid': {
    id: 'Isian tidak sesuai: seharusnya {expected}.',
    en: 'Not valid: expected {expected}.',
  },
} satisfies Record<string, MessageTemplate>
