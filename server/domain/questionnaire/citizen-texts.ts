// The texts of a definition that citizens read (title, introduction, privacy notice, thank-you,
// sections, questions, help, options, scale labels), each with its path in the definition and a
// key that survives reordering (by section id and question code), and the languages the citizen
// form can offer: English only when every one of them has an English text.
import type { Definition, Question, Text } from './definition'

export interface CitizenText {
  /** Where the text is in the definition, e.g. `sections.1.questions.0.options.2.label`. */
  path: string
  /** The same text by section id and question code, e.g. `question:U1.option:a`. */
  key: string
  text: Text
}

function questionTexts(q: Question, at: string): CitizenText[] {
  const key = `question:${q.code}`
  const texts: CitizenText[] = [{ path: `${at}.text`, key: `${key}.text`, text: q.text }]
  if (q.help) texts.push({ path: `${at}.help`, key: `${key}.help`, text: q.help })
  if ('options' in q)
    q.options.forEach((o, i) =>
      texts.push({
        path: `${at}.options.${i}.label`,
        key: `${key}.option:${o.value}`,
        text: o.label,
      }),
    )
  if (q.type === 'likert')
    q.scale.labels?.forEach((label, i) =>
      texts.push({ path: `${at}.scale.labels.${i}`, key: `${key}.label:${i}`, text: label }),
    )
  return texts
}

/** Every citizen-facing text of `def`, in reading order. */
export function citizenTexts(def: Definition): CitizenText[] {
  const texts: CitizenText[] = [{ path: 'title', key: 'title', text: def.title }]
  for (const field of ['description', 'privacyNotice', 'thankYou'] as const) {
    const text = def[field]
    if (text) texts.push({ path: field, key: field, text })
  }
  def.sections.forEach((section, s) => {
    const at = `sections.${s}`
    const key = `section:${section.id}`
    texts.push({ path: `${at}.title`, key: `${key}.title`, text: section.title })
    if (section.description)
      texts.push({
        path: `${at}.description`,
        key: `${key}.description`,
        text: section.description,
      })
    section.questions.forEach((q, i) => texts.push(...questionTexts(q, `${at}.questions.${i}`)))
  })
  return texts
}

/** Whether a text has a (non-blank) English version. */
export const hasEnglish = (text: Text) => (text.en ?? '').trim() !== ''

/** The languages the citizen form offers: Indonesian, and English when every text has it. */
export function citizenLanguages(def: Definition): ('id' | 'en')[] {
  return citizenTexts(def).every((entry) => hasEnglish(entry.text)) ? ['id', 'en'] : ['id']
}
