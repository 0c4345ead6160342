// Dates as a citizen reads them, in the interface language and the device's time zone.
import { lang } from '../shared/i18n'

export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date)
}
