// A field of the draft by its path (`sections.0.questions.2.text.en`): where it is in the builder
// (the nearest element marked with `data-path`, the path shortened until one is found) and what to
// call it in a list of problems ("Q3 · teks pertanyaan (Inggris)").
import type { Definition } from '../../../server/domain/questionnaire'
import { t, type Bilingual } from '../../shared/i18n'

const FOCUSABLE = 'input:not([disabled]), textarea, select, button'

/**
 * Focuses and scrolls to the builder's field for `path` (with `nearest`, the closest enclosing
 * field when that one is not on the page); false when there is none.
 */
export function focusField(path: string, nearest = false): boolean {
  const parts = path.split('.')
  for (let n = parts.length; n > (nearest ? 0 : parts.length - 1); n--) {
    const el = document.querySelector<HTMLElement>(`[data-path="${parts.slice(0, n).join('.')}"]`)
    if (!el) continue
    const target = el.matches(FOCUSABLE) ? el : (el.querySelector<HTMLElement>(FOCUSABLE) ?? el)
    target.focus()
    target.scrollIntoView({ block: 'center' })
    return true
  }
  return false
}

const PART: Record<string, Bilingual> = {
  title: { id: 'judul', en: 'title' },
  description: { id: 'deskripsi', en: 'description' },
  text: { id: 'teks pertanyaan', en: 'question text' },
  help: { id: 'petunjuk', en: 'help' },
  options: { id: 'pilihan jawaban', en: 'answer options' },
  required: { id: 'wajib dijawab', en: 'answer required' },
}
const TOP: Record<string, Bilingual> = {
  title: { id: 'Judul kuesioner', en: 'Questionnaire title' },
  description: { id: 'Pengantar', en: 'Introduction' },
  thankYou: { id: 'Ucapan terima kasih', en: 'Thank-you text' },
  privacyNotice: { id: 'Pemberitahuan privasi', en: 'Privacy notice' },
  sections: { id: 'Bagian', en: 'Sections' },
  criteria: { id: 'Kriteria skor', en: 'Score criteria' },
}
const LANGUAGE: Record<string, Bilingual> = {
  id: { id: '(Indonesia)', en: '(Indonesian)' },
  en: { id: '(Inggris)', en: '(English)' },
}

/** What to call the field at `path` of `draft`, in the interface language. */
export function fieldLabel(path: string, draft: Definition): string {
  const parts = path.split('.')
  const language = LANGUAGE[parts.at(-1)!] && parts.length > 1 ? parts.pop()! : undefined
  const suffix = language ? ` ${t(LANGUAGE[language]!)}` : ''
  if (parts[0] !== 'sections' || parts.length < 3)
    return t(TOP[parts[0]!] ?? TOP.sections!) + suffix
  const s = Number(parts[1])
  const section = t({ id: `Bagian ${s + 1}`, en: `Section ${s + 1}` })
  if (parts[2] !== 'questions') return `${section} · ${t(PART[parts[2]!] ?? PART.title!)}${suffix}`
  const code = draft.sections[s]?.questions[Number(parts[3])]?.code ?? '?'
  const rest = parts.slice(4)
  let what = rest.length === 0 ? '' : t(PART[rest[0]!] ?? { id: rest[0]!, en: rest[0]! })
  if (rest[0] === 'options' && rest[1] !== undefined)
    what = t({ id: `pilihan ${Number(rest[1]) + 1}`, en: `option ${Number(rest[1]) + 1}` })
  if (rest[0] === 'scale' && rest[1] === 'labels')
    what = t({ id: `label skala ${Number(rest[2]) + 1}`, en: `scale label ${Number(rest[2]) + 1}` })
  return `${code}${what ? ` · ${what}` : ''}${suffix}`
}
