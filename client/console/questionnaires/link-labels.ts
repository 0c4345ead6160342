// How a share link's state and dates read in the interface.
import type { LinkState } from '../api/links'
import { lang, type Bilingual } from '../../shared/i18n'

export const LINK_STATE_LABELS: Record<LinkState, Bilingual> = {
  open: { id: 'Dibuka', en: 'Open' },
  not_open: { id: 'Belum dibuka', en: 'Not open yet' },
  closed: { id: 'Ditutup', en: 'Closed' },
  capped: { id: 'Kuota penuh', en: 'Cap reached' },
  inactive: { id: 'Nonaktif', en: 'Switched off' },
  unpublished: { id: 'Belum diterbitkan', en: 'Not published' },
}

/** A date and time in the interface language, e.g. "1 Jul 2024 08.00". */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(lang() === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
}

/** A datetime-local input's value as an ISO timestamp (the browser's zone), or null when blank. */
export function isoFromLocal(value: string): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}
