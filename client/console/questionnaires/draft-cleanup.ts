// What the builder sends: the edited draft without the blanks its inputs leave behind (an empty
// English text, an empty optional help or description), so an untouched field changes nothing.
import type { Definition } from '../../../server/domain/questionnaire'
import { copyOf } from './draft-operations'

type Json = Record<string, unknown>

const isBlank = (text: unknown) => typeof text !== 'string' || text.trim() === ''

function dropBlankEnglish(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(dropBlankEnglish)
  if (typeof value !== 'object' || value === null) return
  const object = value as Json
  if ('id' in object && object.en === '') delete object.en
  Object.values(object).forEach(dropBlankEnglish)
}

function dropBlankText(owner: Json, key: string): void {
  const text = owner[key] as { id?: string; en?: string } | undefined
  if (text && isBlank(text.id) && isBlank(text.en)) delete owner[key]
}

/** A plain copy of the draft, cleaned of blank optional texts. */
export function cleanDraft(draft: Definition): Definition {
  const def = copyOf(draft)
  dropBlankText(def as unknown as Json, 'description')
  dropBlankText(def as unknown as Json, 'thankYou')
  for (const section of def.sections) {
    dropBlankText(section as unknown as Json, 'description')
    for (const question of section.questions) dropBlankText(question as unknown as Json, 'help')
  }
  dropBlankEnglish(def)
  return def
}
