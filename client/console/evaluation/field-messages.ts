// The message under a field of the score form: a local "not a number", else the API's
// validation message for that path (worded in Indonesian for the paths the form knows).
import type { Bilingual } from '../../shared/i18n'
import type { LocalIssues } from './score-form-values'

function indonesian(path: string): string | undefined {
  if (path.startsWith('scores.') || path.startsWith('outcomeByDimension.'))
    return 'Nilai berupa angka dari 0 sampai 5.'
  if (path === 'weights') return 'Jumlah kelima bobot harus tepat 1.'
  if (path.startsWith('weights.')) return 'Bobot berupa angka dari 0 sampai 1.'
  if (path === 'citizenWeight') return 'Bobot warga berupa angka dari 0 sampai 1.'
  if (path.startsWith('reasons.')) return 'Tulis alasan mengganti nilai hitungan.'
  return undefined
}

/** Field path -> bilingual message, from the local issues and the API's field errors. */
export function scoreFieldMessages(
  local: LocalIssues,
  api: Record<string, string>,
): Record<string, Bilingual> {
  const messages: Record<string, Bilingual> = {}
  for (const [path, message] of Object.entries(api))
    messages[path] = { id: indonesian(path) ?? message, en: message }
  for (const path of Object.keys(local)) {
    const range = path.startsWith('weights.') || path === 'citizenWeight' ? '0–1' : '0–5'
    messages[path] = {
      id: `Tulis angka ${range}, misalnya ${range === '0–1' ? '0,2' : '3,5'}.`,
      en: `Enter a number ${range}, for example ${range === '0–1' ? '0.2' : '3.5'}.`,
    }
  }
  return messages
}
